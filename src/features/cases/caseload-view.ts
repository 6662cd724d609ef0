/**
 * Searching and sorting the caseload: pure, so it is unit tested and cheap enough to run
 * on every keystroke over 1,000 cases.
 */
import type { CaseSummary } from '../../db';

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

/** Needs attention: a conflict to settle, a refused change, or a review date passed. */
export function needsAttention(c: CaseSummary, today: string): boolean {
  const review = reviewOf(c);
  return c.conflicts > 0 || c.refused > 0 || (review !== undefined && review < today);
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
