/**
 * Test helpers for the domain: a valid envelope for any kind, a valid example of each
 * kind's data, and a way to read the problems a refused record or write gives.
 */
import { expect } from 'vitest';
import { uuidv7 } from '../../../src/domain/ids';
import { kindDefinition, validateRecord, type KindName } from '../../../src/domain/registry';
import type { AnyRecord } from '../../../src/domain/record';
import { MESSAGE_KEYS, ValidationError, type Problem } from '../../../src/domain/validation';

export const CASE_ID = uuidv7(Date.UTC(2024, 0, 1));
export const USER_ID = uuidv7(Date.UTC(2024, 0, 2));
export const OTHER_ID = uuidv7(Date.UTC(2024, 0, 3));
export const GRID_ID = uuidv7(Date.UTC(2024, 0, 4));
export const SESSION_ID = uuidv7(Date.UTC(2024, 0, 5));
export const PLAN_ID = uuidv7(Date.UTC(2024, 0, 6));
export const AT = '2024-05-01T10:00:00.000Z';
export const HEX_A = 'a'.repeat(64);
export const HEX_B = '0123456789abcdef'.repeat(4);

/** A well-formed envelope for a record of `kind`, with the caseId its scope needs. */
export function envelope(kind: KindName, id: string = uuidv7()): AnyRecord {
  const scope = kindDefinition(kind)!.scope;
  const caseId =
    kind === 'case' ? id : scope === 'case' || scope === 'case-or-organisation' ? CASE_ID : null;
  return {
    id,
    caseId,
    kind,
    createdAt: AT,
    createdBy: USER_ID,
    updatedAt: AT,
    updatedBy: USER_ID,
    clock: {},
    writers: {},
    conflicts: [],
    superseded: {},
    deleted: false,
  };
}

/** A valid example of every kind's data fields. */
export const VALID: Record<KindName, Record<string, unknown>> = {
  organisation: { name: 'Riverside CAMHS', odsCode: 'RX4', defaultLanguage: 'en-GB' },
  user: {
    displayName: 'Ama Mensah',
    email: 'ama.mensah@example.nhs.uk',
    roles: ['practitioner'],
    active: true,
  },
  case: {
    preferredName: 'Sam',
    ageBand: '14-15',
    pronouns: 'they/them',
    involved: [{ name: 'Jo', relationship: 'Mum' }],
    consentToRecord: true,
    status: 'open',
  },
  'case-membership': { userId: USER_ID, role: 'carer', relationship: 'Mum', active: true },
  session: {
    date: '2024-04-30',
    mode: 'in-person',
    location: 'School',
    attendees: [{ role: 'young-person' }, { role: 'practitioner', userId: USER_ID }],
    summary: 'Talked about sleep and school.',
    plainWordsSummary: 'We talked about my sleep.',
    nextSteps: 'Try the wind-down routine.',
    status: 'completed',
  },
  'respect-item': {
    itemId: 'review-options',
    status: 'talked-about',
    youngPersonWords: 'I want to know what my choices are.',
    sessionId: SESSION_ID,
  },
  'grouping-decision': {
    grouping: 'getting-help',
    agreedOn: '2024-04-30',
    reasons: 'Low mood most days for two months.',
    youngPersonView: 'I want help with my mood.',
    agreedBy: [
      { role: 'young-person' },
      { role: 'carer', name: 'Jo' },
      { role: 'practitioner', userId: USER_ID },
    ],
    sessionId: SESSION_ID,
    reviewBy: '2024-07-30',
  },
  'grouping-history-entry': {
    grouping: 'getting-help',
    from: null,
    decisionId: OTHER_ID,
    agreedOn: '2024-04-30',
    reasons: 'Low mood most days.',
  },
  'current-view': {
    completedOn: '2024-04-30',
    presentingProblems: {
      'low-mood': 'moderate',
      'sleep-problems': 'mild',
      'anxious-generally': 'not-known',
    },
    contextualProblems: {
      home: 'mild',
      school: 'moderate',
      community: 'none',
      serviceEngagement: 'not-known',
    },
    education: { attendance: 'mild', attainment: 'none' },
    complexityFactors: { 'learning-disability': 'no', 'young-carer': 'yes' },
  },
  'option-grid': {
    topic: 'Low mood',
    slug: 'low-mood',
    audience: { minAge: 12, maxAge: 18, groupings: ['getting-help'] },
    options: [
      { id: 'talking-therapy', title: 'Talking therapy' },
      { id: 'guided-self-help', title: 'Guided self-help' },
    ],
    questions: [
      { id: 'what-is-it', text: 'What is it?' },
      { id: 'how-long', text: 'How long does it take?' },
    ],
    cells: [
      {
        questionId: 'what-is-it',
        optionId: 'talking-therapy',
        answer: 'Meeting a therapist to talk.',
        sourceIds: ['nice-ng134'],
      },
      {
        questionId: 'what-is-it',
        optionId: 'guided-self-help',
        answer: 'Working through a book with support.',
      },
      { questionId: 'how-long', optionId: 'talking-therapy', answer: 'About 8 to 12 weeks.' },
      { questionId: 'how-long', optionId: 'guided-self-help', answer: 'About 6 to 8 weeks.' },
    ],
    sources: [
      {
        id: 'nice-ng134',
        title: 'Depression in children and young people',
        publisher: 'NICE',
        url: 'https://www.nice.org.uk/guidance/ng134',
        section: '1.5',
      },
    ],
    authors: ['Example author'],
    publishedOn: '2024-01-01',
    reviewBy: '2025-01-01',
    version: 1,
    exampleContent: true,
    language: 'en-GB',
  },
  'option-grid-decision': {
    gridId: GRID_ID,
    gridVersion: 1,
    sessionId: SESSION_ID,
    whatMattersMost: 'Not missing school.',
    consideredOptionIds: ['talking-therapy', 'guided-self-help'],
    chosenOptionIds: ['guided-self-help'],
    reasons: 'I can do it at home.',
    decidedOn: '2024-04-30',
    decidedWith: [{ role: 'young-person' }, { role: 'practitioner' }],
  },
  goal: {
    text: 'Go to school every day',
    theme: 'impact-on-life',
    setBy: 'young-person',
    baselineRating: 3,
    targetDate: '2024-07-01',
    ifNotReached: 'We will talk about other options.',
    status: 'active',
    order: 1,
  },
  'goal-rating': {
    goalId: OTHER_ID,
    rating: 5,
    ratedOn: AT,
    ratedBy: 'young-person',
    comment: 'Better this week',
  },
  'outcome-measure-entry': {
    measureId: 'swemwbs',
    score: 21.5,
    min: 7,
    max: 35,
    higherIsBetter: true,
    recordedOn: '2024-04-30',
  },
  'collaborate-response': {
    sessionId: SESSION_ID,
    respondent: 'young-person',
    answers: [9, 7, 0],
    completedOn: AT,
  },
  'safety-plan': {
    status: 'agreed',
    agreedOn: '2024-04-30',
    reviewBy: '2024-05-30',
    coordinatorName: 'Ama',
    coordinatorContact: 'Clinic duty line 01632 960000',
    writtenByYoungPerson: ['warning-signs', 'reasons-for-living'],
  },
  'safety-plan-item': {
    planId: PLAN_ID,
    section: 'people-to-ask',
    text: 'Call Samaritans',
    phone: '116 123',
    order: 1.5,
    addedByRole: 'young-person',
  },
  'backup-team-action': {
    planId: PLAN_ID,
    who: 'Duty social worker',
    role: 'Children’s social care',
    action: 'Visit the same day',
    appliesWhen: 'If Sam does not come home by 10 p.m.',
    phone: '+44 1632 960000',
    order: 0,
  },
  'safety-plan-version': {
    planId: PLAN_ID,
    version: 1,
    agreedOn: '2024-04-30',
    reviewBy: '2024-05-30',
    present: [{ role: 'young-person' }, { role: 'practitioner', name: 'Ama' }],
    coordinatorName: 'Ama',
    writtenByYoungPerson: ['warning-signs'],
    items: [
      {
        id: OTHER_ID,
        section: 'people-to-ask',
        text: 'Call Samaritans',
        phone: '116 123',
        addedByRole: 'young-person',
      },
    ],
    backupTeam: [
      {
        id: SESSION_ID,
        who: 'Duty social worker',
        role: 'Children’s social care',
        action: 'Visit the same day',
        appliesWhen: 'If Sam does not come home by 10 p.m.',
      },
    ],
  },
  'safety-plan-share': {
    planId: PLAN_ID,
    personName: 'Jo',
    relationship: 'carer',
    carerUserId: USER_ID,
    consentGivenBy: 'young-person',
    consentOn: '2024-04-30',
  },
  'crisis-contact-list': {
    contacts: [
      {
        id: 'samaritans',
        name: 'Samaritans',
        description: 'Talk to someone about anything.',
        call: '116 123',
        hours: '24 hours a day',
        when: 'talk',
      },
      {
        id: 'shout',
        name: 'Shout',
        description: 'Text SHOUT to 85258.',
        text: { number: '85258', body: 'SHOUT' },
        hours: '24 hours a day, by text',
      },
    ],
    reviewBy: '2025-04-30',
    sources: [{ title: 'Samaritans', url: 'https://www.samaritans.org/' }],
    exampleContent: true,
  },
  'sharing-settings': {
    carerUserId: USER_ID,
    sections: { goals: true, safetyPlan: true, decisions: false, notes: false },
    decidedBy: 'young-person',
  },
  note: {
    body: 'I want to talk about exams next time.',
    audience: 'young-person-and-care-team',
    purpose: 'question',
    sessionId: SESSION_ID,
  },
  'directory-resource': {
    name: 'Kooth',
    description: 'Free online support for young people.',
    groupings: ['getting-advice', 'getting-help'],
    topics: ['low-mood', 'anxiety'],
    ageRange: { minAge: 11, maxAge: 25 },
    contact: { url: 'https://www.kooth.com' },
    openingHours: 'Every day',
    cost: 'free',
    exampleContent: true,
    reviewBy: '2025-04-30',
  },
  'signposting-event': {
    topicIds: ['low-mood'],
    ageBand: '14-15',
    immediateDanger: false,
    resourceIds: [OTHER_ID],
    occurredOn: '2024-04-30',
  },
  'audit-event': {
    actorId: USER_ID,
    actorRole: 'practitioner',
    deviceId: 'tablet-1',
    action: 'read',
    targetKind: 'safety-plan',
    targetId: PLAN_ID,
    at: AT,
    prevHash: HEX_A,
    hash: HEX_B,
  },
};

/** A full record of `kind`: the envelope plus (a copy of) the valid example, patched. */
export function recordOf(kind: KindName, patch: Record<string, unknown> = {}): AnyRecord {
  const data: Record<string, unknown> = { ...structuredClone(VALID[kind]), ...patch };
  for (const [k, v] of Object.entries(patch)) if (v === undefined) delete data[k];
  return { ...envelope(kind), ...data };
}

/** The problems of a call that must be refused with a ValidationError. */
export function problemsOf(fn: () => unknown): Problem[] {
  let thrown: unknown;
  try {
    fn();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(ValidationError);
  const problems = (thrown as ValidationError).problems;
  expect(problems.length).toBeGreaterThan(0);
  // Every key must have a text in locales/*/validation.json.
  for (const p of problems) expect(MESSAGE_KEYS, p.key).toContain(p.key);
  return problems;
}

/** Problems as `path:key` strings, easy to compare. */
export function keysOf(problems: Problem[]): string[] {
  return problems.map((p) => `${p.path.join('.')}:${p.key}`);
}

/** The `path:key` problems of validating `kind`'s valid example with `patch` applied. */
export function invalid(kind: KindName, patch: Record<string, unknown>): string[] {
  return keysOf(problemsOf(() => validateRecord(recordOf(kind, patch))));
}
