// Goals Based Outcomes across a service (issue #6): per grouping and in total, goals,
// rated goals, and reliable improvement / no reliable change / reliable deterioration.
import { describe, expect, it } from 'vitest';
import {
  GROUPINGS,
  OUTCOME_GROUPS,
  goalProgress,
  serviceOutcomes,
  type Grouping,
  type GoalStatus,
  type OutcomeGoalInput,
  type RatingInput,
} from '../../../src/domain';

let n = 0;
function rating(goalId: string, value: number, day: number, extra: Partial<RatingInput> = {}) {
  n += 1;
  return {
    id: extra.id ?? `r${n}`,
    goalId,
    rating: value,
    ratedOn: `2026-11-${String(day).padStart(2, '0')}T10:00:00.000Z`,
    ratedBy: 'young-person',
    ...extra,
  } satisfies RatingInput;
}
const goal = (
  id: string,
  caseId: string,
  baselineRating: number,
  status: GoalStatus = 'active',
  deleted = false,
): OutcomeGoalInput => ({ id, caseId, baselineRating, status, deleted });

describe('serviceOutcomes on a hand-worked caseload', () => {
  // Cases and their agreed groupings:
  //   c1, c2 getting-help; c3 getting-more-help; c6 getting-advice;
  //   c4 not in the map → none; c5 in the map with no grouping → none.
  //   Nobody is in thriving or getting-risk-support.
  const groupingByCase = new Map<string, Grouping | undefined>([
    ['c1', 'getting-help'],
    ['c2', 'getting-help'],
    ['c3', 'getting-more-help'],
    ['c5', undefined],
    ['c6', 'getting-advice'],
  ]);
  const goals = [
    goal('g1', 'c1', 2), //              ratings 5 then 7: 7 − 2 = +5 → reliable improvement
    goal('g2', 'c1', 6), //              rating 5: −1 → no reliable change
    goal('g3', 'c1', 4), //              no ratings → counted in goals, not rated
    goal('g4', 'c2', 7), //              rating 3: −4 → reliable deterioration
    goal('g5', 'c2', 3, 'ended'), //     rating 6: +3 → reliable improvement (ended still counts)
    goal('g6', 'c3', 1), //              9 was a mistake, corrected to 2: +1 → no reliable change
    goal('g7', 'c3', 0, 'active', true), // deleted → left out entirely (its 10 too)
    goal('g8', 'c4', 5, 'paused'), //    rating 8: +3 → reliable improvement (paused counts)
    goal('g9', 'c5', 5), //              only rating deleted → not rated
    goal('g10', 'c6', 3, 'achieved'), // rating 5: +2 → below 2.45 → no reliable change
  ];
  const ratings = [
    rating('g1', 5, 1),
    rating('g1', 7, 8),
    rating('g2', 5, 2),
    rating('g4', 3, 3),
    rating('g5', 6, 4),
    rating('g6', 9, 5, { id: 'mistake' }),
    rating('g6', 2, 6, { correctsRatingId: 'mistake' }),
    rating('g7', 10, 7),
    rating('g8', 8, 5),
    rating('g9', 9, 7, { deleted: true }),
    rating('g10', 5, 9),
    rating('no-such-goal', 10, 9), // a rating of a goal not in the set is ignored
  ];
  const result = serviceOutcomes({ goals, ratings, groupingByCase });

  it('counts getting-help: 5 goals, 4 rated (g3 not), 2 improved, 1 unchanged, 1 worse', () => {
    // Shares of the 4 rated goals: 2/4, 1/4, 1/4.
    expect(result.byGroup['getting-help']).toEqual({
      goals: 5,
      rated: 4,
      reliableImprovement: 2,
      noReliableChange: 1,
      reliableDeterioration: 1,
      shares: { reliableImprovement: 0.5, noReliableChange: 0.25, reliableDeterioration: 0.25 },
    });
  });

  it('counts getting-more-help without the deleted goal, from the corrected rating', () => {
    // g6 only (g7 deleted); its counted change is +1, so 1 of 1 shows no reliable change.
    expect(result.byGroup['getting-more-help']).toEqual({
      goals: 1,
      rated: 1,
      reliableImprovement: 0,
      noReliableChange: 1,
      reliableDeterioration: 0,
      shares: { reliableImprovement: 0, noReliableChange: 1, reliableDeterioration: 0 },
    });
  });

  it('counts cases with no agreed grouping under none', () => {
    // g8 (c4, not in the map) improved; g9 (c5, no grouping) has no counted rating.
    expect(result.byGroup.none).toEqual({
      goals: 2,
      rated: 1,
      reliableImprovement: 1,
      noReliableChange: 0,
      reliableDeterioration: 0,
      shares: { reliableImprovement: 1, noReliableChange: 0, reliableDeterioration: 0 },
    });
  });

  it('counts getting-advice: a change of 2 is not reliable', () => {
    expect(result.byGroup['getting-advice']).toMatchObject({
      goals: 1,
      rated: 1,
      noReliableChange: 1,
    });
  });

  it('gives groupings with no goals zero counts and null shares', () => {
    for (const g of ['thriving', 'getting-risk-support'] as const) {
      expect(result.byGroup[g]).toEqual({
        goals: 0,
        rated: 0,
        reliableImprovement: 0,
        noReliableChange: 0,
        reliableDeterioration: 0,
        shares: { reliableImprovement: null, noReliableChange: null, reliableDeterioration: null },
      });
    }
  });

  it('totals: 9 goals, 7 rated, 3 improved, 3 unchanged, 1 worse', () => {
    // goals 5 + 1 + 2 + 1 = 9; rated 4 + 1 + 1 + 1 = 7;
    // improved g1, g5, g8 = 3; unchanged g2, g6, g10 = 3; worse g4 = 1. Shares of 7.
    expect(result.total).toEqual({
      goals: 9,
      rated: 7,
      reliableImprovement: 3,
      noReliableChange: 3,
      reliableDeterioration: 1,
      shares: {
        reliableImprovement: 3 / 7,
        noReliableChange: 3 / 7,
        reliableDeterioration: 1 / 7,
      },
    });
  });

  it('reports every grouping and none, in that order', () => {
    expect(Object.keys(result.byGroup)).toEqual([...GROUPINGS, 'none']);
    expect(OUTCOME_GROUPS).toEqual([...GROUPINGS, 'none']);
  });

  it('gives null total shares with nothing rated', () => {
    const empty = serviceOutcomes({ goals: [], ratings: [], groupingByCase: new Map() });
    expect(empty.total.shares.reliableImprovement).toBeNull();
    expect(empty.total.goals).toBe(0);
  });
});

/** A small seeded generator (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function caseload(seed: number, cases: number, goalCount: number, ratingCount: number) {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const groupingByCase = new Map<string, Grouping | undefined>();
  for (let c = 0; c < cases; c += 1) {
    if (rnd() < 0.9) groupingByCase.set(`c${c}`, rnd() < 0.1 ? undefined : pick(GROUPINGS));
  }
  const statuses = ['active', 'paused', 'achieved', 'ended'] as const;
  const goals: OutcomeGoalInput[] = [];
  for (let g = 0; g < goalCount; g += 1) {
    goals.push({
      id: `g${g}`,
      caseId: `c${Math.floor(rnd() * cases)}`,
      baselineRating: Math.floor(rnd() * 11),
      status: pick(statuses),
      deleted: rnd() < 0.03,
    });
  }
  const ratings: RatingInput[] = [];
  for (let r = 0; r < ratingCount; r += 1) {
    const goalId = `g${Math.floor(rnd() * goalCount)}`;
    const earlier = ratings.length > 0 && rnd() < 0.05 ? pick(ratings) : undefined;
    ratings.push({
      id: `r${r}`,
      // A correction is for the same goal as the rating it corrects.
      goalId: earlier?.goalId ?? goalId,
      rating: Math.floor(rnd() * 11),
      ratedOn: new Date(Date.UTC(2026, 0, 1) + Math.floor(rnd() * 300 * 86_400_000)).toISOString(),
      ratedBy: 'young-person',
      correctsRatingId: earlier?.id,
      deleted: rnd() < 0.01,
    });
  }
  return { goals, ratings, groupingByCase };
}

describe('serviceOutcomes at size', () => {
  it('agrees with goalProgress goal by goal on a random caseload', () => {
    const input = caseload(7, 60, 200, 1_500);
    const result = serviceOutcomes(input);
    const expected = { goals: 0, rated: 0, improved: 0, same: 0, worse: 0 };
    for (const g of input.goals) {
      if (g.deleted === true) continue;
      expected.goals += 1;
      const { category } = goalProgress(g, input.ratings);
      if (category === null) continue;
      expected.rated += 1;
      if (category === 'reliable-improvement') expected.improved += 1;
      else if (category === 'reliable-deterioration') expected.worse += 1;
      else expected.same += 1;
    }
    expect(result.total).toMatchObject({
      goals: expected.goals,
      rated: expected.rated,
      reliableImprovement: expected.improved,
      noReliableChange: expected.same,
      reliableDeterioration: expected.worse,
    });
  });

  it('handles 1,000 cases, 3,000 goals and 20,000 ratings, and its groups add up', () => {
    const input = caseload(42, 1_000, 3_000, 20_000);
    const result = serviceOutcomes(input);
    const sum = (f: (c: (typeof result)['total']) => number) =>
      OUTCOME_GROUPS.reduce((s, g) => s + f(result.byGroup[g]), 0);
    expect(result.total.goals).toBe(input.goals.filter((g) => g.deleted !== true).length);
    expect(sum((c) => c.goals)).toBe(result.total.goals);
    expect(sum((c) => c.rated)).toBe(result.total.rated);
    expect(sum((c) => c.reliableImprovement)).toBe(result.total.reliableImprovement);
    const t = result.total;
    expect(t.reliableImprovement + t.noReliableChange + t.reliableDeterioration).toBe(t.rated);
    expect(t.rated).toBeGreaterThan(2_000);
    const shares = t.shares;
    expect(
      (shares.reliableImprovement ?? 0) +
        (shares.noReliableChange ?? 0) +
        (shares.reliableDeterioration ?? 0),
    ).toBeCloseTo(1, 10);
  });
});
