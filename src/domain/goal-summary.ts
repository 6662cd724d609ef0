/**
 * What a young person is told about a goal's progress (issue #6; domain/THRIVE.md §7), as
 * data the UI words through locales/: no English here.
 *
 * Design choices:
 * - Before any rating after the baseline there is nothing to compare: `not-rated-yet`
 *   with the starting point, never "no change".
 * - Otherwise `moved` from the baseline to the latest counted rating. `direction` is the
 *   plain fact (up is closer to the goal on the 0–10 scale, since higher is better);
 *   `reliable` says whether the change is big enough to be more than the ups and downs of
 *   rating (|change| ≥ GBO_RELIABLE_CHANGE), so the UI can say "a real step" without
 *   over-claiming small moves. A change of 0 is `same` and never reliable.
 * - The goal's status travels with the summary, so an achieved or ended goal can be
 *   worded as such; the numbers are the same either way.
 */
import type { ContributorRole } from './kinds/vocabulary';
import type { GoalStatus } from './kinds/goal';
import { GBO_RELIABLE_CHANGE, type GoalProgress } from './goal-progress';

export type GoalDirection = 'up' | 'down' | 'same';

export type GoalSummary =
  | { kind: 'not-rated-yet'; baseline: number; status: GoalStatus }
  | {
      kind: 'moved';
      from: number;
      to: number;
      /** to − from. */
      change: number;
      direction: GoalDirection;
      reliable: boolean;
      /** When and by whom the latest counted rating was given. */
      lastRatedOn: string;
      lastRatedBy: ContributorRole;
      /** How many ratings count (corrected ones left out). */
      ratings: number;
      status: GoalStatus;
    };

export function goalSummary(goal: { status: GoalStatus }, progress: GoalProgress): GoalSummary {
  const { latest, baseline } = progress;
  if (latest === undefined) return { kind: 'not-rated-yet', baseline, status: goal.status };
  const change = latest.rating - baseline;
  return {
    kind: 'moved',
    from: baseline,
    to: latest.rating,
    change,
    direction: change > 0 ? 'up' : change < 0 ? 'down' : 'same',
    reliable: Math.abs(change) >= GBO_RELIABLE_CHANGE,
    lastRatedOn: latest.ratedOn,
    lastRatedBy: latest.ratedBy,
    ratings: progress.points.length,
    status: goal.status,
  };
}
