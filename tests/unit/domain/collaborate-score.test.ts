// CollaboRATE scoring (issue #5 item 5): the top score is all three answers 9; figures by
// month; which responses count for a practitioner; who answers on a case.
import { describe, expect, it } from 'vitest';
import {
  collaborateRespondentFor,
  hasAnswered,
  isTopScore,
  responsesForPractitioner,
  sessionLedBy,
  topScoreByMonth,
  topScoreRate,
  type AnyRecord,
} from '../../../src/domain';
import { OTHER_ID, USER_ID, envelope } from './helpers';

const response = (answers: number[], completedOn = '2026-11-05T10:00:00.000Z') => ({
  answers,
  completedOn,
});

function record(kind: 'session' | 'collaborate-response' | 'case-membership', data: object) {
  return { ...envelope(kind), ...data } as AnyRecord;
}

describe('isTopScore', () => {
  it('is true only when all three answers are 9', () => {
    expect(isTopScore([9, 9, 9])).toBe(true);
    expect(isTopScore([9, 9, 8])).toBe(false);
    expect(isTopScore([0, 9, 9])).toBe(false);
    expect(isTopScore([9, 9])).toBe(false);
  });
});

describe('topScoreRate', () => {
  it('gives null, not 0, when there are no responses', () => {
    expect(topScoreRate([])).toEqual({ responses: 0, topScores: 0, rate: null });
  });

  it('counts the share of responses that are top scores', () => {
    // 4 responses, 3 top scores → 3/4 = 0.75
    expect(
      topScoreRate([
        response([9, 9, 9]),
        response([9, 9, 9]),
        response([9, 8, 9]),
        response([9, 9, 9]),
      ]),
    ).toEqual({ responses: 4, topScores: 3, rate: 0.75 });
    // 3 responses, 1 top score → 1/3
    const third = topScoreRate([response([9, 9, 9]), response([0, 0, 0]), response([5, 9, 9])]);
    expect(third.topScores).toBe(1);
    expect(third.rate).toBeCloseTo(1 / 3, 10);
  });
});

describe('topScoreByMonth', () => {
  it('groups by the YYYY-MM of completedOn, oldest month first', () => {
    expect(
      topScoreByMonth([
        response([9, 9, 9], '2026-11-30T23:30:00.000+00:00'),
        response([8, 9, 9], '2026-10-02T09:00:00.000+01:00'),
        response([9, 9, 9], '2026-10-20T09:00:00.000+01:00'),
        response([1, 2, 3], '2026-11-01T00:10:00.000+00:00'),
        // Local calendar month as written: 1 Dec in London although still 30 Nov in UTC-5.
        response([9, 9, 9], '2026-12-01T00:30:00.000+00:00'),
      ]),
    ).toEqual([
      { month: '2026-10', responses: 2, topScores: 1, rate: 0.5 },
      { month: '2026-11', responses: 2, topScores: 1, rate: 0.5 },
      { month: '2026-12', responses: 1, topScores: 1, rate: 1 },
    ]);
  });

  it('is empty with no responses', () => {
    expect(topScoreByMonth([])).toEqual([]);
  });
});

describe('which responses count for a practitioner', () => {
  const mine = record('session', { createdBy: USER_ID, attendees: [] });
  const attended = record('session', {
    createdBy: OTHER_ID,
    attendees: [{ role: 'practitioner', userId: USER_ID }],
  });
  const theirs = record('session', {
    createdBy: OTHER_ID,
    attendees: [{ role: 'young-person' }],
  });
  const deleted = record('session', { createdBy: USER_ID, attendees: [], deleted: true });

  it('is a session the practitioner created or attended by user id', () => {
    expect(sessionLedBy(mine, USER_ID)).toBe(true);
    expect(sessionLedBy(attended, USER_ID)).toBe(true);
    expect(sessionLedBy(theirs, USER_ID)).toBe(false);
  });

  it('keeps responses about live sessions they led', () => {
    const about = (s: AnyRecord, extra: object = {}) =>
      record('collaborate-response', { sessionId: s.id, answers: [9, 9, 9], ...extra });
    const responses = [
      about(mine),
      about(attended),
      about(theirs),
      about(deleted),
      about(mine, { deleted: true }),
      record('collaborate-response', { sessionId: 'not-on-device', answers: [9, 9, 9] }),
    ];
    const counted = responsesForPractitioner(responses, [mine, attended, theirs, deleted], USER_ID);
    expect(counted).toEqual([responses[0], responses[1]]);
  });
});

describe('who answers on a case', () => {
  const membership = (role: string, extra: object = {}) =>
    record('case-membership', { userId: USER_ID, role, active: true, ...extra });

  it('follows the membership on the case', () => {
    expect(collaborateRespondentFor([membership('young-person')], USER_ID, [])).toBe(
      'young-person',
    );
    expect(collaborateRespondentFor([membership('carer')], USER_ID, ['young-person'])).toBe(
      'parent-carer',
    );
    expect(collaborateRespondentFor([membership('practitioner')], USER_ID, ['carer'])).toBeNull();
  });

  it('falls back to the account roles without a live membership', () => {
    const ended = membership('carer', { active: false });
    expect(collaborateRespondentFor([ended], USER_ID, ['young-person'])).toBe('young-person');
    expect(collaborateRespondentFor([], USER_ID, ['carer'])).toBe('parent-carer');
    expect(collaborateRespondentFor([], USER_ID, ['practitioner', 'carer'])).toBeNull();
    expect(collaborateRespondentFor([], USER_ID, [])).toBeNull();
  });

  it('knows when this person already answered for a session', () => {
    const given = (respondent: string, createdBy: string) =>
      record('collaborate-response', { sessionId: 's1', respondent, createdBy });
    // The young person's answer on the practitioner's tablet counts as theirs.
    expect(hasAnswered([given('young-person', OTHER_ID)], 's1', 'young-person', USER_ID)).toBe(
      true,
    );
    expect(hasAnswered([given('young-person', USER_ID)], 's2', 'young-person', USER_ID)).toBe(
      false,
    );
    // Another carer's answer is not this carer's.
    expect(hasAnswered([given('parent-carer', OTHER_ID)], 's1', 'parent-carer', USER_ID)).toBe(
      false,
    );
    expect(hasAnswered([given('parent-carer', USER_ID)], 's1', 'parent-carer', USER_ID)).toBe(true);
  });
});
