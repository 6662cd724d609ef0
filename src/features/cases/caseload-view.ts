/**
 * Searching and sorting the caseload: pure, so it is unit tested and cheap enough to run
 * on every keystroke over 1,000 cases.
 */
import type { CaseSummary } from '../../db';
import { GOAL_NOT_RATED_WEEKS, type AnyRecord } from '../../domain';

/** Cases shown at first, and added by "show more": a long caseload stays quick to open. */
export const PAGE_SIZE = 100;

export const CASELOAD_SORTS = ['name', 'review', 'updated'] as const;
export type CaseloadSort = (typeof CASELOAD_SORTS)[number];

export interface CaseloadQuery {
  search: string;
  sort: CaseloadSort;
  includeClosed: boolean;
  /** For name order in the person's language (e.g. Welsh "ll" and "ch"). */
  locale: string;
}

const nameOf = (c: CaseSummary): string => String(c.record.preferredName ?? '');
const reviewOf = (c: CaseSummary): string | undefined =>
  typeof c.record.nextReviewOn === 'string' ? c.record.nextReviewOn : undefined;

/**
 * The service's choice of weeks before an unrated active goal is flagged (the
 * organisation's `goalNotRatedWeeks`, set on the admin page), or the default
 * GOAL_NOT_RATED_WEEKS (domain/kinds/organisation.ts says why six).
 */
export function goalNotRatedWeeksOf(organisation: AnyRecord | null | undefined): number {
  const weeks = organisation?.['goalNotRatedWeeks'];
  return typeof weeks === 'number' && Number.isInteger(weeks) && weeks > 0
    ? weeks
    : GOAL_NOT_RATED_WEEKS;
}

/** A safety plan whose review date is this close (or has passed) needs attention. */
export const SAFETY_PLAN_REVIEW_NOTICE_DAYS = 7;

/** Why a case needs attention, in the order the caseload shows them. */
export type AttentionReason =
  | { kind: 'conflicts'; count: number }
  | { kind: 'refused'; count: number }
  | { kind: 'review-passed'; date: string }
  | { kind: 'goal-not-rated'; since: string; weeks: number }
  | { kind: 'safety-plan-review'; date: string; passed: boolean };

/** `date` (YYYY-MM-DD) moved by `days` (calendar arithmetic in UTC), as YYYY-MM-DD. */
export function addDays(date: string, days: number): string {
  const t = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(t)) throw new RangeError(`Not a calendar date: ${date}`);
  return new Date(t + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * What needs attention: a conflict to settle, a refused change, a review date passed, an
 * active goal not rated for `notRatedWeeks` (or never rated since it was made that long
 * ago), or an agreed safety plan whose review date has passed or is within
 * SAFETY_PLAN_REVIEW_NOTICE_DAYS. `today` is YYYY-MM-DD on the device.
 */
export function attentionReasons(
  c: CaseSummary,
  today: string,
  notRatedWeeks: number = GOAL_NOT_RATED_WEEKS,
): AttentionReason[] {
  const reasons: AttentionReason[] = [];
  if (c.conflicts > 0) reasons.push({ kind: 'conflicts', count: c.conflicts });
  if (c.refused > 0) reasons.push({ kind: 'refused', count: c.refused });
  const review = reviewOf(c);
  if (review !== undefined && review < today) reasons.push({ kind: 'review-passed', date: review });
  if (c.goalsRatedSince !== undefined && c.goalsRatedSince <= addDays(today, -7 * notRatedWeeks)) {
    reasons.push({ kind: 'goal-not-rated', since: c.goalsRatedSince, weeks: notRatedWeeks });
  }
  if (
    c.safetyPlanReviewBy !== undefined &&
    c.safetyPlanReviewBy <= addDays(today, SAFETY_PLAN_REVIEW_NOTICE_DAYS)
  ) {
    reasons.push({
      kind: 'safety-plan-review',
      date: c.safetyPlanReviewBy,
      passed: c.safetyPlanReviewBy < today,
    });
  }
  return reasons;
}

/** Whether anything in the case needs attention (see attentionReasons). */
export function needsAttention(c: CaseSummary, today: string): boolean {
  return attentionReasons(c, today).length > 0;
}

export function viewCaseload(cases: CaseSummary[], query: CaseloadQuery): CaseSummary[] {
  const collator = new Intl.Collator(query.locale, { sensitivity: 'base' });
  const search = query.search.trim().toLocaleLowerCase(query.locale);
  const shown = cases.filter(
    (c) =>
      (query.includeClosed || c.record.status !== 'closed') &&
      (search === '' || nameOf(c).toLocaleLowerCase(query.locale).includes(search)),
  );
  const byName = (a: CaseSummary, b: CaseSummary) => collator.compare(nameOf(a), nameOf(b));
  const compare: Record<CaseloadSort, (a: CaseSummary, b: CaseSummary) => number> = {
    name: byName,
    // Soonest review first; cases with no review date after those with one.
    review: (a, b) => {
      const ra = reviewOf(a);
      const rb = reviewOf(b);
      if (ra === rb) return byName(a, b);
      if (ra === undefined) return 1;
      if (rb === undefined) return -1;
      return ra < rb ? -1 : 1;
    },
    updated: (a, b) =>
      a.record.updatedAt === b.record.updatedAt
        ? byName(a, b)
        : a.record.updatedAt < b.record.updatedAt
          ? 1
          : -1,
  };
  return shown.sort(compare[query.sort]);
}
