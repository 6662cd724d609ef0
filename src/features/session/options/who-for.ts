/**
 * Who the grids are picked for: the case's agreed grouping and the young person's age, so
 * the grids written for them come first (the rest stay a tap away: the grouping guides,
 * it never limits what can be talked about).
 */
import type { AnyRecord, Grouping } from '../../../domain';

/** The grouping agreed most recently on the case, if any. */
export function currentGroupingOf(decisions: readonly AnyRecord[]): Grouping | undefined {
  const latest = [...decisions]
    .filter((d) => !d.deleted)
    .sort(
      (a, b) =>
        String(b['agreedOn']).localeCompare(String(a['agreedOn'])) ||
        b.updatedAt.localeCompare(a.updatedAt),
    )[0];
  return latest === undefined ? undefined : (latest['grouping'] as Grouping);
}

/** Age in whole years from the date of birth, when the case has one. */
export function caseAge(caseRecord: AnyRecord, today: Date = new Date()): number | undefined {
  const dob = caseRecord['dateOfBirth'];
  if (typeof dob !== 'string') return undefined;
  const [y, m, d] = dob.split('-').map(Number) as [number, number, number];
  let age = today.getFullYear() - y;
  if (today.getMonth() + 1 < m || (today.getMonth() + 1 === m && today.getDate() < d)) age -= 1;
  return age;
}
