/**
 * Progress on a goal (Goals Based Outcomes; issue #6 item 3; domain/THRIVE.md §7): which
 * ratings count, the change from the baseline, and whether that change is reliable.
 *
 * Design choices:
 * - Ratings are append-only. A rating entered by mistake is corrected by a later rating
 *   whose `correctsRatingId` names it; the corrected one is left out everywhere. A
 *   correction may itself be corrected.
 * - The change is the latest counted rating minus the baseline set with the goal. With
 *   no rating after the baseline there is no change to speak of (null), not a change of 0.
 * - A change is reliable when it is at least GBO_RELIABLE_CHANGE points either way.
 * - A goal ended early or paused keeps its ratings: its change is what happened while it
 *   was worked on, and the service figures count it like any other goal with ratings.
 */
import type { ContributorRole } from './kinds/vocabulary';

/**
 * The reliable change index for Goals Based Outcomes: a change of 2.45 points or more on
 * the 0–10 scale is unlikely to be measurement error (Edbrooke-Childs J, Jacob J, Law D,
 * Deighton J, Wolpert M. Interpreting standardized and idiographic outcome measures in
 * CAMHS: what does change mean and how does it relate to functioning and experience?
 * Child and Adolescent Mental Health 2015;20(3):142–148). One named constant, so a
 * service that adopts another threshold changes it here.
 */
export const GBO_RELIABLE_CHANGE = 2.45;

/** The fields of a goal-rating record that progress needs. */
export interface RatingInput {
  id: string;
  goalId: string;
  /** Left out only by a correction that removes a mistaken rating without a new number. */
  rating?: number | undefined;
  ratedOn: string;
  ratedBy: ContributorRole;
  comment?: string | undefined;
  correctsRatingId?: string | undefined;
  deleted?: boolean;
}

/** A rating that counts: it has a number. */
export type CountedRating = RatingInput & { rating: number };

export type ChangeCategory =
  'reliable-improvement' | 'no-reliable-change' | 'reliable-deterioration';

export interface GoalProgress {
  baseline: number;
  /** The ratings that count, oldest first. */
  points: CountedRating[];
  latest: CountedRating | undefined;
  /** Latest minus baseline; null with no rating after the baseline. */
  change: number | null;
  category: ChangeCategory | null;
}

/**
 * The ratings of one goal that count, oldest first: none corrected, none deleted, and no
 * correction that only removed a mistaken rating (it has no number of its own).
 */
export function countedRatings(goalId: string, ratings: readonly RatingInput[]): CountedRating[] {
  const mine = ratings.filter((r) => r.goalId === goalId && r.deleted !== true);
  const corrected = new Set(
    mine.map((r) => r.correctsRatingId).filter((id): id is string => id !== undefined),
  );
  return mine
    .filter((r): r is CountedRating => !corrected.has(r.id) && typeof r.rating === 'number')
    .sort((a, b) => a.ratedOn.localeCompare(b.ratedOn) || a.id.localeCompare(b.id));
}

export function changeCategory(change: number): ChangeCategory {
  if (change >= GBO_RELIABLE_CHANGE) return 'reliable-improvement';
  if (change <= -GBO_RELIABLE_CHANGE) return 'reliable-deterioration';
  return 'no-reliable-change';
}

export function goalProgress(
  goal: { id: string; baselineRating: number },
  ratings: readonly RatingInput[],
): GoalProgress {
  const points = countedRatings(goal.id, ratings);
  const latest = points[points.length - 1];
  const change = latest === undefined ? null : latest.rating - goal.baselineRating;
  return {
    baseline: goal.baselineRating,
    points,
    latest,
    change,
    category: change === null ? null : changeCategory(change),
  };
}
