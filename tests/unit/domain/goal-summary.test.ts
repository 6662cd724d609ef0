// The young person's plain-words summary of a goal (issue #6), as data for i18n.
import { describe, expect, it } from 'vitest';
import { goalProgress, goalSummary, type RatingInput } from '../../../src/domain';

const goal = { id: 'g1', baselineRating: 4, status: 'active' as const };
const rating = (id: string, value: number, day: number, extra: Partial<RatingInput> = {}) =>
  ({
    id,
    goalId: 'g1',
    rating: value,
    ratedOn: `2026-11-${String(day).padStart(2, '0')}T10:00:00.000Z`,
    ratedBy: 'carer',
    ...extra,
  }) satisfies RatingInput;

const summary = (
  ratings: RatingInput[],
  g: typeof goal | { id: string; baselineRating: number; status: 'ended' } = goal,
) => goalSummary(g, goalProgress(g, ratings));

describe('goalSummary', () => {
  it('says a goal has not been rated yet, with its starting point', () => {
    expect(summary([])).toEqual({ kind: 'not-rated-yet', baseline: 4, status: 'active' });
  });

  it('says a goal moved up, reliably, from the baseline to the latest rating', () => {
    expect(summary([rating('r1', 5, 1), rating('r2', 8, 9)])).toEqual({
      kind: 'moved',
      from: 4,
      to: 8,
      change: 4,
      direction: 'up',
      reliable: true,
      lastRatedOn: '2026-11-09T10:00:00.000Z',
      lastRatedBy: 'carer',
      ratings: 2,
      status: 'active',
    });
  });

  it('says a small move down is not reliable', () => {
    expect(summary([rating('r1', 2, 1)])).toMatchObject({
      direction: 'down',
      change: -2,
      reliable: false,
    });
  });

  it('says "same" when the latest rating equals the baseline, never reliable', () => {
    expect(summary([rating('r1', 4, 1)])).toMatchObject({
      kind: 'moved',
      direction: 'same',
      change: 0,
      reliable: false,
    });
  });

  it('words from the corrected rating, not the mistake', () => {
    const s = summary([rating('r1', 10, 1), rating('c1', 5, 2, { correctsRatingId: 'r1' })]);
    expect(s).toMatchObject({ to: 5, ratings: 1, reliable: false });
  });

  it('carries an ended goal’s status with its numbers', () => {
    const ended = { id: 'g1', baselineRating: 4, status: 'ended' as const };
    expect(summary([rating('r1', 1, 1)], ended)).toMatchObject({
      status: 'ended',
      direction: 'down',
      reliable: true,
    });
  });
});
