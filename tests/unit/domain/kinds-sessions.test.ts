/** session, respect-item, grouping-decision, grouping-history-entry, current-view. */
import { describe, expect, it } from 'vitest';
import { validateRecord } from '../../../src/domain/registry';
import { invalid, recordOf } from './helpers';

describe('session', () => {
  it('lets a planned session be in the future, not a completed one', () => {
    expect(() =>
      validateRecord(recordOf('session', { date: '2999-01-01', status: 'planned' })),
    ).not.toThrow();
    expect(invalid('session', { date: '2999-01-01' })).toEqual(['date:dateInFuture']);
  });
  it('accepts a session with only the required fields', () => {
    expect(() =>
      validateRecord(
        recordOf('session', {
          mode: undefined,
          location: undefined,
          summary: undefined,
          plainWordsSummary: undefined,
          nextSteps: undefined,
          attendees: [],
        }),
      ),
    ).not.toThrow();
  });
  it('refuses a bad mode, a long summary and an attendee without a known role', () => {
    expect(invalid('session', { mode: 'carrier-pigeon' })).toEqual(['mode:notAnOption']);
    expect(invalid('session', { plainWordsSummary: 'x'.repeat(5001) })).toEqual([
      'plainWordsSummary:tooLong',
    ]);
    expect(invalid('session', { attendees: [{ name: 'Jo' }] })).toEqual([
      'attendees.0.role:required',
    ]);
    expect(invalid('session', { attendees: [{ role: 'carer', age: 40 }] })).toEqual([
      'attendees.0.age:unknownField',
    ]);
  });
});

describe('respect-item', () => {
  it('refuses an item id that is not a content id, and an unknown status', () => {
    expect(invalid('respect-item', { itemId: 'Review Options' })).toEqual(['itemId:invalidFormat']);
    expect(invalid('respect-item', { status: 'done' })).toEqual(['status:notAnOption']);
    expect(invalid('respect-item', { sessionId: 'abc' })).toEqual(['sessionId:invalidId']);
  });
});

describe('grouping-decision', () => {
  it('refuses a grouping that is not one of the five', () => {
    expect(invalid('grouping-decision', { grouping: 'tier-3' })).toEqual(['grouping:notAnOption']);
  });
  it('needs at least one person who agreed it', () => {
    expect(invalid('grouping-decision', { agreedBy: [] })).toEqual(['agreedBy:required']);
  });
  it('refuses a review date before the agreement and an agreement in the future', () => {
    expect(invalid('grouping-decision', { reviewBy: '2024-04-29' })).toEqual([
      'reviewBy:reviewDateBeforeAgreed',
    ]);
    expect(invalid('grouping-decision', { agreedOn: '2999-01-01', reviewBy: undefined })).toEqual([
      'agreedOn:dateInFuture',
    ]);
  });
  it('refuses blank reasons', () => {
    expect(invalid('grouping-decision', { reasons: ' ' })).toEqual(['reasons:required']);
  });
});

describe('grouping-history-entry', () => {
  it('accepts a move from one grouping to another', () => {
    expect(() =>
      validateRecord(recordOf('grouping-history-entry', { from: 'getting-advice' })),
    ).not.toThrow();
  });
  it('needs `from` to be present (null for the first) and a grouping', () => {
    expect(invalid('grouping-history-entry', { from: undefined })).toEqual(['from:required']);
    expect(invalid('grouping-history-entry', { from: 'tier-2' })).toEqual(['from:notAnOption']);
  });
});

describe('current-view', () => {
  it('accepts problem ids it has never heard of (the list is content)', () => {
    expect(() =>
      validateRecord(
        recordOf('current-view', { presentingProblems: { 'a-new-problem': 'severe' } }),
      ),
    ).not.toThrow();
  });
  it('refuses a bad problem id, a bad rating and a complexity answer that is a rating', () => {
    expect(invalid('current-view', { presentingProblems: { 'Low Mood': 'mild' } })).toEqual([
      'presentingProblems.Low Mood:invalidFormat',
    ]);
    expect(invalid('current-view', { presentingProblems: { 'low-mood': 'very-bad' } })).toEqual([
      'presentingProblems.low-mood:notAnOption',
    ]);
    expect(invalid('current-view', { complexityFactors: { 'young-carer': 'mild' } })).toEqual([
      'complexityFactors.young-carer:notAnOption',
    ]);
  });
  it('needs every contextual and education rating', () => {
    expect(
      invalid('current-view', {
        contextualProblems: { home: 'mild', school: 'mild', community: 'mild' },
      }),
    ).toEqual(['contextualProblems.serviceEngagement:required']);
    expect(
      invalid('current-view', {
        education: { attendance: 'mild', attainment: 'mild', grades: 'A' },
      }),
    ).toEqual(['education.grades:unknownField']);
  });
  it('bounds the number of rated problems', () => {
    const many = Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`p-${i}`, 'none']));
    expect(invalid('current-view', { presentingProblems: many })).toEqual([
      'presentingProblems:tooMany',
    ]);
  });
});
