/**
 * What the young person's and carer's goal screens need to know about a goal and its
 * ratings (issue #6 items 2–3), built on the domain's progress rules
 * (domain/goal-progress.ts), which decide which ratings count.
 *
 * Design choices:
 * - Who is rating comes from the person's membership of the case (as CollaboRATE's answer
 *   page decides it), falling back to the account's roles; staff are neither here.
 * - "You've moved from 2 to 6" is about the person's own ratings: a young person's and a
 *   carer's views of the same goal are different series (Goals Based Outcomes asks each
 *   rater), so each sees the change in theirs, from the goal's baseline. A carer looking
 *   at a goal only the young person rates sees the young person's series, by name.
 *   Corrections are applied across all ratings first, so a practitioner's counts too.
 * - A carer may rate only goals they set (setBy 'carer', or a goal they wrote), as the
 *   server's write policy allows; a young person may rate every goal on their plan.
 * - A rating marked as a mistake is corrected by a new rating with the right number,
 *   `correctsRatingId` naming the wrong one and the same `ratedOn`, since it says how
 *   close they felt at that moment; the envelope's createdAt/createdBy record who
 *   corrected it and when. (Keeping `ratedOn` matters: a correction dated "now" would
 *   become the latest rating and hide any rating made since.) When there is no right
 *   number (rated twice by mistake), the correction carries no number at all: it takes the
 *   wrong one out of the counting and adds nothing.
 */
import {
  countedRatings,
  goalProgress,
  goalSummary,
  type AnyRecord,
  type ContributorRole,
  type GoalStatus,
  type GoalSummary,
  type RatingInput,
} from '../../../domain';

export type Rater = Extract<ContributorRole, 'young-person' | 'carer'>;

/** The person's role on this case for rating goals, or null when they do not rate here. */
export function raterFor(
  memberships: readonly AnyRecord[],
  userId: string,
  accountRoles: readonly string[],
): Rater | null {
  const mine = memberships.filter(
    (m) => !m.deleted && m['userId'] === userId && m['active'] === true,
  );
  if (mine.length > 0) {
    if (mine.some((m) => m['role'] === 'young-person')) return 'young-person';
    if (mine.some((m) => m['role'] === 'carer')) return 'carer';
    return null;
  }
  if (accountRoles.includes('practitioner') || accountRoles.includes('admin')) return null;
  if (accountRoles.includes('young-person')) return 'young-person';
  if (accountRoles.includes('carer')) return 'carer';
  return null;
}

/** Whether this person may rate this goal (mirrors the server's write policy). */
export function mayRate(goal: AnyRecord, rater: Rater | null, userId: string): boolean {
  if (rater === 'young-person') return true;
  if (rater === 'carer') return goal['setBy'] === 'carer' || goal.createdBy === userId;
  return false;
}

/**
 * Whose ratings a summary is about: the person's own when they rate this goal; otherwise
 * (a carer looking at a goal the young person rates) the young person's, said by name.
 */
export function seriesFor(rater: Rater | null, canRate: boolean): Rater {
  return canRate && rater ? rater : 'young-person';
}

/** A goal-rating record as the progress rules read it. */
export function asRating(r: AnyRecord): RatingInput {
  return {
    id: r.id,
    goalId: String(r['goalId']),
    // A correction that only takes a mistaken rating away has no number.
    rating: typeof r['rating'] === 'number' ? r['rating'] : undefined,
    ratedOn: String(r['ratedOn']),
    ratedBy: r['ratedBy'] as ContributorRole,
    comment: typeof r['comment'] === 'string' ? r['comment'] : undefined,
    correctsRatingId: typeof r['correctsRatingId'] === 'string' ? r['correctsRatingId'] : undefined,
    deleted: r.deleted,
  };
}

export interface MyProgress {
  summary: GoalSummary;
  /** The latest rating that counts in this series. */
  latest: RatingInput | undefined;
}

/**
 * Progress on a goal in one person's series of ratings (the goal's baseline, then their
 * latest counted rating), as the domain's plain-words summary data (domain/goal-summary.ts).
 */
export function myProgress(
  goal: { id: string; baselineRating: number; status: GoalStatus },
  ratings: readonly RatingInput[],
  series: ContributorRole,
): MyProgress {
  // Corrections first, across everyone's ratings; then this person's series.
  const theirs = countedRatings(goal.id, ratings).filter((r) => r.ratedBy === series);
  const progress = goalProgress(goal, theirs);
  return { summary: goalSummary(goal, progress), latest: progress.latest };
}

/** Every rating of a goal, newest first, each with whether a later one corrected it. */
export function ratingHistory(
  goalId: string,
  ratings: readonly RatingInput[],
): { rating: RatingInput; corrected: boolean }[] {
  const mine = ratings.filter((r) => r.goalId === goalId && r.deleted !== true);
  const corrected = new Set(mine.map((r) => r.correctsRatingId).filter(Boolean));
  return mine
    .sort((a, b) => b.ratedOn.localeCompare(a.ratedOn) || b.id.localeCompare(a.id))
    .map((rating) => ({ rating, corrected: corrected.has(rating.id) }));
}

/** Goals in their agreed order (then oldest first). */
export function byOrder(a: AnyRecord, b: AnyRecord): number {
  return (
    Number(a['order'] ?? 0) - Number(b['order'] ?? 0) || a.createdAt.localeCompare(b.createdAt)
  );
}
