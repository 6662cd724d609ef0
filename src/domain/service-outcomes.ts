/**
 * Goals Based Outcomes across a service (issue #6; domain/THRIVE.md §7 and §8): for a set
 * of cases, per needs-based grouping and in total, how many goals there are, how many have
 * been rated since their baseline, and how many of those show reliable improvement, no
 * reliable change or reliable deterioration (GBO_RELIABLE_CHANGE, goal-progress.ts).
 *
 * Design choices:
 * - A goal counts under its case's current agreed grouping; a case with no agreed
 *   grouping (or not in the map) counts under 'none'. Figures follow the grouping now, not
 *   the grouping when the goal was set: a service reviews the cases it holds today.
 * - Deleted goals are left out entirely (they were never real goals). Ratings of deleted
 *   goals, deleted ratings and corrected ratings are left out (countedRatings).
 * - Ended, paused and achieved goals count like active ones: their change is what happened
 *   while they were worked on. Leaving out ended goals would flatter the figures.
 * - A goal with no rating after its baseline counts in `goals` but not in `rated` or the
 *   shares: there is no change to speak of yet, and calling it "no reliable change" would
 *   hide that nobody has reviewed it.
 * - Shares are fractions (0 to 1) of rated goals, unrounded; null when no goal is rated
 *   (so the UI says "not enough ratings yet" rather than 0 %).
 * - Cost: ratings are grouped by goal once, then each goal's own ratings are sorted, so
 *   the whole is O(n log n) in ratings and O(goals) otherwise.
 */
import { goalProgress, type ChangeCategory, type RatingInput } from './goal-progress';
import type { GoalStatus } from './kinds/goal';
import { GROUPINGS, type Grouping } from './kinds/vocabulary';

/** The fields of a goal record that the service figures need. */
export interface OutcomeGoalInput {
  id: string;
  caseId: string;
  baselineRating: number;
  status: GoalStatus;
  deleted?: boolean;
}

export interface ServiceOutcomesInput {
  goals: readonly OutcomeGoalInput[];
  ratings: readonly RatingInput[];
  /** Each case's current agreed grouping; a case missing here counts under 'none'. */
  groupingByCase: ReadonlyMap<string, Grouping | undefined>;
}

/** The five groupings, then 'none' for cases with no agreed grouping. */
export const OUTCOME_GROUPS = [...GROUPINGS, 'none'] as const;
export type OutcomeGroup = (typeof OUTCOME_GROUPS)[number];

export interface OutcomeShares {
  reliableImprovement: number | null;
  noReliableChange: number | null;
  reliableDeterioration: number | null;
}

export interface OutcomeCounts {
  /** Goals not deleted, rated or not. */
  goals: number;
  /** Goals with at least one counted rating after the baseline. */
  rated: number;
  reliableImprovement: number;
  noReliableChange: number;
  reliableDeterioration: number;
  /** Each count as a fraction of `rated`; all null when `rated` is 0. */
  shares: OutcomeShares;
}

export interface ServiceOutcomes {
  byGroup: Record<OutcomeGroup, OutcomeCounts>;
  total: OutcomeCounts;
}

interface Tally {
  goals: number;
  rated: number;
  reliableImprovement: number;
  noReliableChange: number;
  reliableDeterioration: number;
}

const emptyTally = (): Tally => ({
  goals: 0,
  rated: 0,
  reliableImprovement: 0,
  noReliableChange: 0,
  reliableDeterioration: 0,
});

function withShares(t: Tally): OutcomeCounts {
  const share = (n: number) => (t.rated === 0 ? null : n / t.rated);
  return {
    ...t,
    shares: {
      reliableImprovement: share(t.reliableImprovement),
      noReliableChange: share(t.noReliableChange),
      reliableDeterioration: share(t.reliableDeterioration),
    },
  };
}

/** One goal's place in the figures: its case, and its change category (null: not rated). */
export interface GoalOutcome {
  caseId: string;
  category: ChangeCategory | null;
  deleted?: boolean;
}

export function serviceOutcomes(input: ServiceOutcomesInput): ServiceOutcomes {
  const ratingsByGoal = new Map<string, RatingInput[]>();
  for (const r of input.ratings) {
    const list = ratingsByGoal.get(r.goalId);
    if (list === undefined) ratingsByGoal.set(r.goalId, [r]);
    else list.push(r);
  }
  const outcomes: GoalOutcome[] = input.goals.map((goal) => ({
    caseId: goal.caseId,
    deleted: goal.deleted,
    category: goalProgress(goal, ratingsByGoal.get(goal.id) ?? []).category,
  }));
  return tallyOutcomes(outcomes, input.groupingByCase);
}

/**
 * The figures from each goal's change category, already worked out (a device keeps them
 * per goal as ratings arrive, db/goal-summaries.ts; serviceOutcomes works them out here).
 */
export function tallyOutcomes(
  goals: readonly GoalOutcome[],
  groupingByCase: ReadonlyMap<string, Grouping | undefined>,
): ServiceOutcomes {
  const tallies = new Map<OutcomeGroup, Tally>(OUTCOME_GROUPS.map((g) => [g, emptyTally()]));
  const total = emptyTally();

  for (const goal of goals) {
    if (goal.deleted === true) continue;
    const group: OutcomeGroup = groupingByCase.get(goal.caseId) ?? 'none';
    const tally = tallies.get(group)!;
    tally.goals += 1;
    total.goals += 1;
    const { category } = goal;
    if (category === null) continue;
    const key =
      category === 'reliable-improvement'
        ? 'reliableImprovement'
        : category === 'reliable-deterioration'
          ? 'reliableDeterioration'
          : 'noReliableChange';
    for (const t of [tally, total]) {
      t.rated += 1;
      t[key] += 1;
    }
  }

  const byGroup = Object.fromEntries(
    OUTCOME_GROUPS.map((g) => [g, withShares(tallies.get(g)!)]),
  ) as Record<OutcomeGroup, OutcomeCounts>;
  return { byGroup, total: withShares(total) };
}
