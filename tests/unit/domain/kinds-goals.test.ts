/** goal, goal-rating, outcome-measure-entry, collaborate-response. */
import { describe, expect, it } from 'vitest';
import { validateRecord } from '../../../src/domain/registry';
import { invalid, problemsOf, recordOf } from './helpers';

describe('goal', () => {
  it('needs a reason when a goal has ended', () => {
    expect(invalid('goal', { status: 'ended' })).toEqual(['endReason:required']);
    expect(invalid('goal', { status: 'ended', endReason: ' ' })).toEqual(['endReason:required']);
    expect(() =>
      validateRecord(recordOf('goal', { status: 'ended', endReason: 'Moved to a different goal' })),
    ).not.toThrow();
  });
  it('keeps the baseline on the 0–10 scale, in whole numbers', () => {
    expect(invalid('goal', { baselineRating: 11 })).toEqual(['baselineRating:tooBig']);
    expect(invalid('goal', { baselineRating: -1 })).toEqual(['baselineRating:tooSmall']);
    expect(invalid('goal', { baselineRating: 2.5 })).toEqual(['baselineRating:wrongType']);
    expect(invalid('goal', { baselineRating: '3' })).toEqual(['baselineRating:wrongType']);
  });
  it('refuses an unknown theme, setter or status, and a long goal', () => {
    expect(invalid('goal', { theme: 'happiness' })).toEqual(['theme:notAnOption']);
    expect(invalid('goal', { setBy: 'practitioner' })).toEqual(['setBy:notAnOption']);
    expect(invalid('goal', { status: 'done' })).toEqual(['status:notAnOption']);
    expect(invalid('goal', { text: 'x'.repeat(501) })).toEqual(['text:tooLong']);
  });
  it('takes fractional order numbers but not negative ones', () => {
    expect(() => validateRecord(recordOf('goal', { order: 1.25 }))).not.toThrow();
    expect(invalid('goal', { order: -1 })).toEqual(['order:tooSmall']);
  });
});

describe('goal-rating', () => {
  it('accepts a correction of an earlier rating', () => {
    expect(() =>
      validateRecord(recordOf('goal-rating', { correctsRatingId: recordOf('goal').id })),
    ).not.toThrow();
  });
  it('lets only a correction leave the number out (a rating taken away as a mistake)', () => {
    const { rating: _rating, ...noNumber } = recordOf('goal-rating') as Record<string, unknown>;
    expect(() =>
      validateRecord({ ...noNumber, correctsRatingId: recordOf('goal').id } as never),
    ).not.toThrow();
    expect(problemsOf(() => validateRecord(noNumber as never))).toEqual([
      { path: ['rating'], key: 'required', params: {} },
    ]);
  });
  it('refuses ratings off the scale, a bad time and an unknown rater', () => {
    const p = problemsOf(() => validateRecord(recordOf('goal-rating', { rating: 12 })));
    expect(p).toEqual([{ path: ['rating'], key: 'tooBig', params: { maximum: 10 } }]);
    expect(invalid('goal-rating', { ratedOn: '2024-05-01' })).toEqual(['ratedOn:invalidDateTime']);
    expect(invalid('goal-rating', { ratedBy: 'teacher' })).toEqual(['ratedBy:notAnOption']);
  });
});

describe('outcome-measure-entry', () => {
  it('keeps the score within the scale', () => {
    const p = problemsOf(() => validateRecord(recordOf('outcome-measure-entry', { score: 40 })));
    expect(p).toEqual([
      { path: ['score'], key: 'scoreOutOfRange', params: { minimum: 7, maximum: 35 } },
    ]);
    expect(invalid('outcome-measure-entry', { score: 6.9 })).toEqual(['score:scoreOutOfRange']);
  });
  it('needs min below max', () => {
    expect(invalid('outcome-measure-entry', { min: 35, max: 35 })).toEqual(['min:minNotBelowMax']);
  });
  it('refuses a non-number score and a non-finite one', () => {
    expect(invalid('outcome-measure-entry', { score: '21' })).toEqual(['score:wrongType']);
    expect(invalid('outcome-measure-entry', { score: Number.POSITIVE_INFINITY })).toEqual([
      'score:wrongType',
    ]);
  });
});

describe('collaborate-response', () => {
  it('needs exactly three answers, each 0 to 9', () => {
    expect(invalid('collaborate-response', { answers: [1, 2] })).toEqual([
      'answers:answerEveryQuestion',
    ]);
    expect(invalid('collaborate-response', { answers: [1, 2, 3, 4] })).toEqual([
      'answers:answerEveryQuestion',
    ]);
    expect(invalid('collaborate-response', { answers: [1, 10, 3] })).toEqual(['answers.1:tooBig']);
    expect(invalid('collaborate-response', { answers: [1, 2.5, 3] })).toEqual([
      'answers.1:wrongType',
    ]);
  });
  it('refuses a respondent who is not the young person or a parent/carer', () => {
    expect(invalid('collaborate-response', { respondent: 'practitioner' })).toEqual([
      'respondent:notAnOption',
    ]);
  });
});
