// Goals Based Outcomes progress (issue #6; domain/THRIVE.md §7): which ratings count, the
// change from the baseline and whether it is reliable (GBO_RELIABLE_CHANGE = 2.45).
import { describe, expect, it } from 'vitest';
import {
  GBO_RELIABLE_CHANGE,
  changeCategory,
  countedRatings,
  goalProgress,
  type RatingInput,
} from '../../../src/domain';

const goal = { id: 'g1', baselineRating: 3 };

function rating(id: string, value: number, day: number, extra: Partial<RatingInput> = {}) {
  return {
    id,
    goalId: 'g1',
    rating: value,
    ratedOn: `2026-11-${String(day).padStart(2, '0')}T10:00:00.000Z`,
    ratedBy: 'young-person',
    ...extra,
  } satisfies RatingInput;
}

describe('goalProgress', () => {
  it('has no change (null, not 0) and no category with no ratings', () => {
    const p = goalProgress(goal, []);
    expect(p).toMatchObject({ baseline: 3, points: [], latest: undefined, change: null });
    expect(p.category).toBeNull();
  });

  it('ignores ratings of other goals', () => {
    expect(goalProgress(goal, [{ ...rating('x', 9, 1), goalId: 'g2' }]).change).toBeNull();
  });

  it('measures change from the baseline with one rating only', () => {
    const p = goalProgress(goal, [rating('r1', 7, 1)]);
    expect(p.change).toBe(4);
    expect(p.latest?.id).toBe('r1');
    expect(p.category).toBe('reliable-improvement');
  });

  it('uses the latest rating by date, whatever the input order', () => {
    const p = goalProgress(goal, [rating('r3', 2, 20), rating('r1', 8, 1), rating('r2', 5, 10)]);
    expect(p.points.map((r) => r.id)).toEqual(['r1', 'r2', 'r3']);
    expect(p.change).toBe(-1);
    expect(p.category).toBe('no-reliable-change');
  });

  it('leaves out a rating marked as a mistake, counting its correction', () => {
    const p = goalProgress(goal, [
      rating('r1', 9, 1),
      rating('c1', 4, 2, { correctsRatingId: 'r1' }),
    ]);
    expect(p.points.map((r) => r.id)).toEqual(['c1']);
    expect(p.change).toBe(1);
  });

  it('a correction with no number takes the mistaken rating away and counts for nothing', () => {
    const p = goalProgress(goal, [
      rating('r1', 5, 1),
      rating('r2', 9, 2),
      { ...rating('c1', 0, 2, { correctsRatingId: 'r2' }), rating: undefined },
    ]);
    expect(p.points.map((r) => r.id)).toEqual(['r1']);
    expect(p.latest?.rating).toBe(5);
    expect(p.change).toBe(2);
    expect(p.category).toBe('no-reliable-change');
    // Taking away the only rating leaves nothing to measure change by.
    const none = goalProgress(goal, [
      rating('r1', 9, 1),
      { ...rating('c1', 0, 1, { correctsRatingId: 'r1' }), rating: undefined },
    ]);
    expect(none.points).toEqual([]);
    expect(none.change).toBeNull();
  });

  it('when a correction is itself corrected, only the last correction counts', () => {
    const p = goalProgress(goal, [
      rating('r1', 9, 1),
      rating('c1', 0, 2, { correctsRatingId: 'r1' }),
      rating('c2', 6, 3, { correctsRatingId: 'c1' }),
    ]);
    expect(p.points.map((r) => r.id)).toEqual(['c2']);
    expect(p.change).toBe(3);
    expect(p.category).toBe('reliable-improvement');
  });

  it('leaves out deleted ratings, and a deleted correction corrects nothing', () => {
    const ratings = [
      rating('r1', 8, 1),
      rating('c1', 1, 2, { correctsRatingId: 'r1', deleted: true }),
    ];
    expect(countedRatings('g1', ratings).map((r) => r.id)).toEqual(['r1']);
    expect(goalProgress(goal, ratings).change).toBe(5);
  });

  it('counts an ended goal’s ratings like any other', () => {
    const ended = { ...goal, status: 'ended', endReason: 'moved away' };
    const p = goalProgress(ended, [rating('r1', 1, 1)]);
    expect(p.change).toBe(-2);
    expect(p.category).toBe('no-reliable-change');
  });

  it('only leaves out the rating a correction names', () => {
    // A correction of another goal naming an unknown id removes nothing here.
    const p = goalProgress(goal, [
      rating('r1', 5, 1),
      { ...rating('c1', 5, 2, { correctsRatingId: 'zz' }), goalId: 'g2' },
    ]);
    expect(p.points).toHaveLength(1);
  });
});

describe('changeCategory at the reliable-change boundary', () => {
  it('uses 2.45 points, the cited GBO reliable change index', () => {
    expect(GBO_RELIABLE_CHANGE).toBe(2.45);
  });

  it('counts exactly ±2.45 as reliable, and anything smaller as not', () => {
    expect(changeCategory(2.45)).toBe('reliable-improvement');
    expect(changeCategory(-2.45)).toBe('reliable-deterioration');
    expect(changeCategory(2.44)).toBe('no-reliable-change');
    expect(changeCategory(-2.44)).toBe('no-reliable-change');
    expect(changeCategory(0)).toBe('no-reliable-change');
  });

  it('on the whole-number GBO scale, 3 points is the smallest reliable change and 2 is not', () => {
    expect(goalProgress(goal, [rating('r1', 6, 1)]).category).toBe('reliable-improvement');
    expect(goalProgress(goal, [rating('r1', 5, 1)]).category).toBe('no-reliable-change');
    expect(goalProgress(goal, [rating('r1', 0, 1)]).category).toBe('reliable-deterioration');
    expect(goalProgress(goal, [rating('r1', 1, 1)]).category).toBe('no-reliable-change');
  });
});
