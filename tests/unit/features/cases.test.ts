// The case screens' pure parts: caseload search and sort, and the case form's mapping.
import { describe, expect, it } from 'vitest';
import type { CaseSummary } from '../../../src/db';
import type { AnyRecord } from '../../../src/domain';
import {
  caseDataFrom,
  caseDetailsFormSchema,
  newCaseFormSchema,
} from '../../../src/features/cases/case-form';
import { GOAL_NOT_RATED_WEEKS } from '../../../src/domain';
import {
  SAFETY_PLAN_REVIEW_NOTICE_DAYS,
  addDays,
  attentionReasons,
  goalNotRatedWeeksOf,
  needsAttention,
  viewCaseload,
} from '../../../src/features/cases/caseload-view';
import {
  checklistAnswer,
  goalDaysOf,
  type Words,
} from '../../../src/features/cases/overview/checklist-words';
import { buildTimeline } from '../../../src/features/cases/overview/timeline';
import { appAreaPath } from '../../../src/ui/app-area-links';
import { APP_AREAS, bestPracticeChecklist, type BestPracticeInput } from '../../../src/domain';

function summary(fields: Record<string, unknown>, extra: Partial<CaseSummary> = {}): CaseSummary {
  return {
    record: {
      status: 'open',
      updatedAt: '2026-01-01T00:00:00.000Z',
      ...fields,
    } as unknown as AnyRecord,
    conflicts: 0,
    refused: 0,
    ...extra,
  };
}

const query = { search: '', sort: 'name' as const, includeClosed: false, locale: 'en-GB' };

describe('viewCaseload', () => {
  const cases = [
    summary({ id: '1', preferredName: 'Zoë', nextReviewOn: '2026-05-01' }),
    summary({ id: '2', preferredName: 'alex', updatedAt: '2026-03-01T00:00:00.000Z' }),
    summary({ id: '3', preferredName: 'Émile', nextReviewOn: '2026-02-01' }),
    summary({ id: '4', preferredName: 'Bo', status: 'closed' }),
  ];
  const ids = (list: CaseSummary[]) => list.map((c) => c.record.id);

  it('sorts by name in the language’s order, ignoring case and accents, without closed cases', () => {
    expect(ids(viewCaseload(cases, query))).toEqual(['2', '3', '1']);
    expect(ids(viewCaseload(cases, { ...query, includeClosed: true }))).toEqual([
      '2',
      '4',
      '3',
      '1',
    ]);
  });

  it('puts the soonest review first and cases with no review date last', () => {
    expect(ids(viewCaseload(cases, { ...query, sort: 'review' }))).toEqual(['3', '1', '2']);
  });

  it('puts the most recently changed first', () => {
    expect(ids(viewCaseload(cases, { ...query, sort: 'updated' }))[0]).toBe('2');
  });

  it('finds names by any part, in any case', () => {
    expect(ids(viewCaseload(cases, { ...query, search: ' MIL ' }))).toEqual(['3']);
    expect(viewCaseload(cases, { ...query, search: 'nobody' })).toEqual([]);
  });

  it('does not change the list it was given', () => {
    const before = ids(cases);
    viewCaseload(cases, { ...query, sort: 'review' });
    expect(ids(cases)).toEqual(before);
  });
});

describe('needsAttention', () => {
  it('flags conflicts, refused changes and a review date that has passed', () => {
    const today = '2026-04-01';
    expect(needsAttention(summary({ nextReviewOn: '2026-05-01' }), today)).toBe(false);
    expect(needsAttention(summary({ nextReviewOn: '2026-03-31' }), today)).toBe(true);
    expect(needsAttention(summary({}, { conflicts: 1 }), today)).toBe(true);
    expect(needsAttention(summary({}, { refused: 2 }), today)).toBe(true);
  });
});

describe('attentionReasons', () => {
  const today = '2026-04-01';
  const kinds = (c: CaseSummary) => attentionReasons(c, today).map((r) => r.kind);

  it('names the constants it uses: six weeks for goals, seven days for safety plans', () => {
    expect(GOAL_NOT_RATED_WEEKS).toBe(6);
    expect(SAFETY_PLAN_REVIEW_NOTICE_DAYS).toBe(7);
    expect(addDays('2026-03-01', 31)).toBe('2026-04-01');
    expect(addDays(today, -42)).toBe('2026-02-18');
  });

  it('flags an active goal not rated for six weeks or more, and not one rated since', () => {
    expect(kinds(summary({}, { goalsRatedSince: '2026-02-18' }))).toEqual(['goal-not-rated']);
    expect(kinds(summary({}, { goalsRatedSince: '2026-01-02' }))).toEqual(['goal-not-rated']);
    expect(kinds(summary({}, { goalsRatedSince: '2026-02-19' }))).toEqual([]);
    expect(attentionReasons(summary({}, { goalsRatedSince: '2026-01-02' }), today)).toEqual([
      { kind: 'goal-not-rated', since: '2026-01-02', weeks: 6 },
    ]);
  });

  it("uses the service's own number of weeks when it has chosen one", () => {
    const organisation = { goalNotRatedWeeks: 2 } as unknown as AnyRecord;
    const weeks = goalNotRatedWeeksOf(organisation);
    expect(weeks).toBe(2);
    expect(goalNotRatedWeeksOf(null)).toBe(6);
    // Two weeks before 1 April is 18 March.
    const reasons = (since: string) =>
      attentionReasons(summary({}, { goalsRatedSince: since }), today, weeks);
    expect(reasons('2026-03-18')).toEqual([
      { kind: 'goal-not-rated', since: '2026-03-18', weeks: 2 },
    ]);
    expect(reasons('2026-03-19')).toEqual([]);
  });

  it('flags a safety plan whose review date has passed or is within seven days', () => {
    expect(attentionReasons(summary({}, { safetyPlanReviewBy: '2026-03-31' }), today)).toEqual([
      { kind: 'safety-plan-review', date: '2026-03-31', passed: true },
    ]);
    expect(attentionReasons(summary({}, { safetyPlanReviewBy: today }), today)).toEqual([
      { kind: 'safety-plan-review', date: today, passed: false },
    ]);
    expect(kinds(summary({}, { safetyPlanReviewBy: '2026-04-08' }))).toEqual([
      'safety-plan-review',
    ]);
    expect(kinds(summary({}, { safetyPlanReviewBy: '2026-04-09' }))).toEqual([]);
  });

  it('lists every reason, in the caseload’s order', () => {
    const all = summary(
      { nextReviewOn: '2026-03-01' },
      { conflicts: 2, refused: 1, goalsRatedSince: '2026-01-01', safetyPlanReviewBy: '2026-04-02' },
    );
    expect(kinds(all)).toEqual([
      'conflicts',
      'refused',
      'review-passed',
      'goal-not-rated',
      'safety-plan-review',
    ]);
    expect(needsAttention(all, today)).toBe(true);
    expect(needsAttention(summary({}, { goalsRatedSince: '2026-03-30' }), today)).toBe(false);
  });
});

describe('the case form', () => {
  const form = {
    preferredName: '  Sam ',
    ageBand: '',
    dateOfBirth: '2012-04-03',
    pronouns: ' ',
    involved: [
      { name: 'Chris', relationship: 'Dad' },
      { name: '', relationship: '' },
    ],
  };

  it('accepts a date of birth instead of an age range, and ignores blank rows of people', () => {
    expect(newCaseFormSchema.safeParse({ ...form, consentToRecord: true }).success).toBe(true);
  });

  it('needs an age range or a date of birth, and consent, and reports both at once', () => {
    const result = newCaseFormSchema.safeParse({
      ...form,
      dateOfBirth: '',
      preferredName: '',
      consentToRecord: false,
    });
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map((i) => [i.path.join('.'), i.message]);
    expect(messages).toEqual(
      expect.arrayContaining([
        ['preferredName', 'required'],
        ['consentToRecord', 'consentRequired'],
        ['ageBand', 'ageOrDateOfBirthRequired'],
      ]),
    );
  });

  it('refuses a future date of birth and a half-filled person', () => {
    const result = caseDetailsFormSchema.safeParse({
      ...form,
      dateOfBirth: '2999-01-01',
      involved: [{ name: 'Chris', relationship: '' }],
      nextReviewOn: 'soon',
    });
    const messages = result.error?.issues.map((i) => [i.path.join('.'), i.message]);
    expect(messages).toEqual(
      expect.arrayContaining([
        ['dateOfBirth', 'dateInFuture'],
        ['involved.0.relationship', 'required'],
        ['nextReviewOn', 'invalidDate'],
      ]),
    );
  });

  it('maps the form to record fields: trimmed, blanks cleared, blank rows dropped', () => {
    expect(caseDataFrom({ ...form, nextReviewOn: '' })).toEqual({
      preferredName: 'Sam',
      ageBand: undefined,
      dateOfBirth: '2012-04-03',
      pronouns: undefined,
      involved: [{ name: 'Chris', relationship: 'Dad' }],
      nextReviewOn: undefined,
    });
    expect(caseDataFrom(form)).not.toHaveProperty('nextReviewOn');
  });
});

describe('appAreaPath', () => {
  it('sends each area built today to its part of the session, and the rest nowhere yet', () => {
    const paths = Object.fromEntries(APP_AREAS.map((a) => [a, appAreaPath(a, 'c1')]));
    expect(paths).toEqual({
      grouping: '/practitioner/cases/c1/session?part=grouping',
      sessions: '/practitioner/cases/c1/session',
      'young-person-views': '/practitioner/cases/c1/session?part=respect',
      'ending-plan': '/practitioner/cases/c1/session?part=summary',
      formulation: '/practitioner/cases/c1/session?part=current-view',
      decisions: '/practitioner/cases/c1/session?part=options',
      goals: '/practitioner/cases/c1/session?part=goals',
      'access-record': undefined,
      signposting: undefined,
    });
  });
});

describe('buildTimeline', () => {
  const env = (id: string, createdAt: string) => ({ id, createdAt, deleted: false });
  type Input = Parameters<typeof buildTimeline>[0];
  const input = {
    sessions: [
      { ...env('s1', '2026-01-10T09:00:00.000Z'), date: '2026-01-10', status: 'completed' },
      { ...env('s2', '2026-03-03T09:00:00.000Z'), date: '2026-03-03', status: 'in-progress' },
    ],
    groupingHistory: [
      {
        ...env('h1', '2026-01-10T10:00:00.000Z'),
        grouping: 'getting-advice',
        from: null,
        agreedOn: '2026-01-10',
        reasons: 'Worries at school',
      },
    ],
    optionGridDecisions: [
      {
        ...env('d1', '2026-02-01T10:00:00.000Z'),
        chosenOptionIds: [],
        decidedOn: '2026-02-01',
        reasons: 'Wants to think',
      },
    ],
    goals: [{ ...env('g1', '2026-01-10T11:00:00.000Z'), text: 'Sleep', status: 'active' }],
    safetyPlans: [
      {
        ...env('p1', '2026-02-15T10:00:00.000Z'),
        status: 'draft',
        writtenByYoungPerson: [],
      },
    ],
    currentViews: [
      {
        ...env('v1', '2026-01-10T08:00:00.000Z'),
        completedOn: '2026-01-10',
        presentingProblems: { 'low-mood': 'moderate', anxiety: 'none', sleep: 'mild' },
      },
    ],
  } as unknown as Input;

  it('lists every kind newest first, later writes first within a day', () => {
    expect(buildTimeline(input).map((e) => `${e.date} ${e.kind}`)).toEqual([
      '2026-03-03 session',
      '2026-02-15 safety-plan',
      '2026-02-01 decision',
      '2026-01-10 goal',
      '2026-01-10 grouping',
      '2026-01-10 session',
      '2026-01-10 current-view',
    ]);
  });

  it('keeps what each entry shows', () => {
    const entries = buildTimeline(input);
    const byKind = Object.fromEntries(entries.map((e) => [e.kind, e]));
    expect(entries[0]).toMatchObject({ kind: 'session', id: 's2', status: 'in-progress' });
    expect(byKind.grouping).toMatchObject({ from: null, to: 'getting-advice' });
    expect(byKind.decision).toMatchObject({ chosen: false, reasons: 'Wants to think' });
    expect(byKind['safety-plan']).toMatchObject({ agreed: false });
    expect(byKind['current-view']).toMatchObject({ problemsRated: 2 });
  });
});

describe('checklistAnswer', () => {
  const words: Words = { date: (d) => `<${d}>`, grouping: (g) => `[${g}]` };
  const today = '2026-04-01';
  const answers = (input: BestPracticeInput, goalDays = {}) =>
    Object.fromEntries(
      bestPracticeChecklist(input, { today }).items.map((item) => [
        item.id,
        checklistAnswer(item, goalDays, words),
      ]),
    );

  it('says what is missing when the record is empty', () => {
    expect(Object.values(answers({})).map((a) => a.key)).toEqual([
      'state-need.none',
      'address-need.needFirst',
      'clear-aim.none',
      'share-responsibility.noActiveGoal',
      'evidence-and-preferences.none',
      'agreed-goals.none',
      'review-progress.neither',
    ]);
  });

  it('gives the evidence with its counts and dates', () => {
    const goal = (id: string, status: 'active' | 'paused', ifNotReached?: string) => ({
      id,
      status,
      setBy: 'jointly' as const,
      deleted: false,
      ...(ifNotReached ? { ifNotReached } : {}),
    });
    const found = answers(
      {
        groupingDecisions: [
          {
            grouping: 'getting-help',
            agreedOn: '2026-03-03',
            reasons: 'Low mood',
            reviewBy: '2026-06-01',
            deleted: false,
          },
        ],
        sessions: [
          { date: '2026-03-03', status: 'completed', deleted: false },
          { date: '2026-03-17', status: 'completed', deleted: false },
        ],
        goals: [goal('g1', 'active', 'Try another kind of help'), goal('g2', 'active')],
        goalRatings: [{ goalId: 'g1', ratedOn: '2026-03-20T10:00:00.000Z', deleted: false }],
      },
      goalDaysOf([
        { createdAt: '2026-03-03T10:00:00.000Z' },
        { createdAt: '2026-03-03T11:00:00Z' },
      ]),
    );
    expect(found['state-need']).toEqual({
      key: 'state-need.grouping',
      values: { grouping: '[getting-help]', date: '<2026-03-03>' },
    });
    expect(found['address-need']).toEqual({
      key: 'address-need.met',
      values: { count: 2, date: '<2026-03-17>' },
    });
    expect(found['share-responsibility']).toEqual({
      key: 'share-responsibility.met',
      values: { count: 1, total: 2 },
    });
    expect(found['agreed-goals']).toEqual({
      key: 'agreed-goals.metOneDay',
      values: { count: 2, date: '<2026-03-03>' },
    });
    expect(found['review-progress']).toEqual({
      key: 'review-progress.metNext',
      values: { count: 1, weeks: 12, date: '<2026-03-20>', next: '<2026-06-01>' },
    });
  });

  it('gives goals agreed over several days as a range', () => {
    const found = answers(
      { goals: [{ id: 'g1', status: 'paused', setBy: 'young-person', deleted: false }] },
      { first: '2026-01-05', last: '2026-02-05' },
    );
    expect(found['agreed-goals']).toEqual({
      key: 'agreed-goals.metDays',
      values: { count: 1, first: '<2026-01-05>', last: '<2026-02-05>' },
    });
    expect(found['clear-aim']).toEqual({ key: 'clear-aim.noneActive', values: { count: 1 } });
  });
});
