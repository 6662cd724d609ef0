/**
 * What the demo's three cases hold, as the mutations a practitioner's device would push.
 * Every person and detail is made up; phone numbers of people are from Ofcom's range for
 * drama (07700 900xxx), so none reaches anyone. The national helplines on the safety plan
 * are the real, public ones, as a real plan would list them.
 *
 * Dates are relative to the day the demo is seeded, so "next review" and "agreed on"
 * look sensible whenever it is tried.
 */
import { WORRY_AND_PANIC_GRID } from '../../content/option-grids/worry-and-panic';
import {
  SCHEMA_VERSION,
  agreementSnapshot,
  uuidv7,
  type BackupTeamInput,
  type HybridClock,
  type Mutation,
  type PlanItemInput,
} from '../../domain';

/** The device the seeding pushes as (a real device id shape, so the audit log can name it). */
export const DEMO_DEVICE_ID = 'demo-seed';

/** Account ids the case records point at. */
export interface DemoAccountIds {
  lead: string;
  colleague: string;
  kit: string;
  jamie: string;
  rowan: string;
  morgan: string;
}

/** One case's mutations, in the order they must be applied (a rating after its goal). */
export interface DemoCase {
  name: string;
  mutations: Mutation[];
}

const DAY_MS = 24 * 60 * 60 * 1000;

export class DemoWriter {
  constructor(
    private readonly by: string,
    private readonly clock: HybridClock,
    private readonly now: number,
  ) {}

  create(kind: string, caseId: string | null, set: Record<string, unknown>): Mutation {
    const recordId = uuidv7(this.now);
    return {
      id: uuidv7(this.now),
      deviceId: DEMO_DEVICE_ID,
      schemaVersion: SCHEMA_VERSION,
      recordId,
      kind,
      caseId: kind === 'case' ? recordId : caseId,
      op: 'create',
      hlc: this.clock.now(),
      by: this.by,
      at: new Date(this.now).toISOString(),
      set,
      base: {},
    };
  }

  /** A calendar date `days` from today (negative: in the past). */
  day(days: number): string {
    return new Date(this.now + days * DAY_MS).toISOString().slice(0, 10);
  }

  /** A moment `days` from now, for date-times such as when a goal was rated. */
  moment(days: number): string {
    return new Date(this.now + days * DAY_MS).toISOString();
  }
}

/** A new referral: the case's details and the young person on it, nothing more yet. */
function newReferral(w: DemoWriter, ids: DemoAccountIds): DemoCase {
  const kase = w.create('case', null, {
    preferredName: 'Kit',
    ageBand: '11-13',
    pronouns: 'they/them',
    involved: [{ name: 'Sam Example', relationship: 'Grandparent' }],
    consentToRecord: true,
    nextReviewOn: w.day(6),
    status: 'open',
  });
  const caseId = kase.recordId;
  return {
    name: 'Kit',
    mutations: [
      kase,
      w.create('case-membership', caseId, { userId: ids.kit, role: 'young-person', active: true }),
    ],
  };
}

/** Mid-way: grouped as Getting Help four weeks ago, two goals rated over time, a carer. */
function midWay(w: DemoWriter, ids: DemoAccountIds): DemoCase {
  const kase = w.create('case', null, {
    preferredName: 'Jamie',
    ageBand: '14-15',
    pronouns: 'he/him',
    involved: [{ name: 'Morgan Example', relationship: 'Mum' }],
    consentToRecord: true,
    nextReviewOn: w.day(14),
    status: 'open',
    understanding:
      'Worry has been getting in the way of school since the move to secondary. Mornings are hardest. You want to be back in class for whole days, and to worry less about what others think.',
  });
  const caseId = kase.recordId;
  const c = (kind: string, set: Record<string, unknown>) => w.create(kind, caseId, set);

  const jamie = c('case-membership', { userId: ids.jamie, role: 'young-person', active: true });
  const morgan = c('case-membership', {
    userId: ids.morgan,
    role: 'carer',
    relationship: 'Mum',
    active: true,
  });
  // Jamie chose to let his mum see his goals and decisions, not his notes or safety plan.
  const sharing = c('sharing-settings', {
    carerUserId: ids.morgan,
    sections: { goals: true, safetyPlan: false, decisions: true, notes: false },
    decidedBy: 'young-person',
  });
  const attendees = [
    { role: 'young-person' },
    { role: 'carer', name: 'Morgan Example', userId: ids.morgan },
    { role: 'practitioner', name: 'Alex Demo', userId: ids.lead },
  ];
  const first = c('session', {
    date: w.day(-28),
    mode: 'in-person',
    location: 'Demo CAMHS clinic (fictional)',
    attendees,
    summary:
      'First session. Jamie has missed a lot of school since the spring: mornings are the hardest part. Agreed Getting Help, with two goals.',
    plainWordsSummary:
      'I talked about school and mornings. We agreed what I want to work on and how we will know it is getting better.',
    nextSteps: 'Meet every two weeks. Jamie to rate his goals on his phone between sessions.',
    decided:
      'Getting Help: fortnightly sessions on worry and getting back to school. No medication.',
    actions: [
      { what: 'Rate both goals on his phone each week', who: 'Jamie', by: w.day(-14) },
      { what: 'Ask school about a quiet start to the day', who: 'Morgan', by: w.day(-21) },
      { what: 'Send the worry and panic option grid', who: 'Alex Demo', by: w.day(-25) },
    ],
    nextReviewOn: w.day(-14),
    outcome: {
      successLooksLike: 'Jamie at school for whole days, three days a week, and mornings calmer.',
      likelihood: 'likely',
      byWhen: w.day(42),
      ifNotBetter:
        'We will look at the plan again together, talk with school about a shorter timetable, and think about other kinds of help.',
    },
    status: 'completed',
  });
  const reasons =
    'Jamie and his mum want help with going back to school; worries are affecting every morning but there is no risk to his safety.';
  const grouping = c('grouping-decision', {
    grouping: 'getting-help',
    agreedOn: w.day(-28),
    reasons,
    youngPersonView: 'I want to try some sessions. I do not want medication.',
    youngPersonGrouping: 'getting-help',
    familyView: 'We have tried the school’s ideas; he needs more than advice now.',
    familyGrouping: 'getting-help',
    practitionerView:
      'Worry is affecting most days; goals are clear and Jamie is keen to work on them.',
    practitionerGrouping: 'getting-help',
    agreedBy: attendees,
    sessionId: first.recordId,
    reviewBy: w.day(28),
  });
  const history = c('grouping-history-entry', {
    grouping: 'getting-help',
    from: null,
    decisionId: grouping.recordId,
    agreedOn: w.day(-28),
    reasons,
  });
  const school = c('goal', {
    text: 'Go back to school for whole days, three days a week',
    theme: 'impact-on-life',
    setBy: 'young-person',
    baselineRating: 2,
    targetDate: w.day(42),
    ifNotReached: 'Talk with school about a shorter timetable for a while.',
    status: 'active',
    order: 1,
  });
  const mornings = c('goal', {
    text: 'Feel less panicky in the mornings',
    carerText: 'Mornings calmer for the whole family',
    theme: 'symptom-change',
    setBy: 'jointly',
    baselineRating: 3,
    targetDate: w.day(42),
    status: 'active',
    order: 2,
  });
  const rate = (goal: Mutation, rating: number, days: number, ratedBy: string, comment: string) =>
    c('goal-rating', {
      goalId: goal.recordId,
      rating,
      ratedOn: w.moment(days),
      ratedBy,
      comment,
    });
  const second = c('session', {
    date: w.day(-14),
    mode: 'video',
    attendees: [{ role: 'young-person' }, { role: 'practitioner', userId: ids.lead }],
    summary: 'Reviewed the goals. Two full days at school last week. Practised the breathing plan.',
    plainWordsSummary: 'I went in for two whole days. We practised breathing for the mornings.',
    nextSteps: 'Try the breathing plan before leaving the house.',
    status: 'completed',
  });
  // The Current View from the first session: worry and panic in the mornings, school.
  const currentView = c('current-view', {
    completedOn: w.day(-28),
    sessionId: first.recordId,
    presentingProblems: {
      'anxious-generally': 'moderate',
      panics: 'moderate',
      'anxious-in-social-situations': 'mild',
      'depression-low-mood': 'mild',
      'eating-issues': 'none',
      'self-harm': 'none',
    },
    contextualProblems: {
      home: 'mild',
      school: 'moderate',
      community: 'none',
      serviceEngagement: 'none',
    },
    education: { attendance: 'moderate', attainment: 'not-known' },
    complexityFactors: { 'young-carer-status': 'no', 'parental-health-issues': 'not-known' },
  });
  // RESPECT items talked about at the first session, some in Jamie's words.
  const respect: [string, string, string?][] = [
    ['review-options', 'talked-about', 'I want to know if there is a group.'],
    ['select-choices', 'talked-about', 'I do not want medication.'],
    ['progress-goals', 'talked-about'],
    ['progress-if-not-better', 'talked-about', 'Ask school about part-time for a bit.'],
    ['expression-listened-to', 'talked-about'],
    ['clarity-information', 'not-yet'],
    ['transition-further-help', 'not-relevant-today'],
  ];
  const respectItems = respect.map(([itemId, status, words]) =>
    c('respect-item', {
      itemId,
      status,
      ...(words ? { youngPersonWords: words } : {}),
      sessionId: first.recordId,
    }),
  );
  // Comparing options at the first session, with the bundled worry and panic grid.
  const decision = c('option-grid-decision', {
    gridId: WORRY_AND_PANIC_GRID.id,
    gridVersion: WORRY_AND_PANIC_GRID.data.version,
    sessionId: first.recordId,
    consideredOptionIds: ['guided-self-help', 'cbt', 'parent-led-cbt'],
    hiddenOptionIds: ['wait-and-see'],
    starredQuestionIds: ['how-long', 'what-might-be-hard'],
    ownQuestions: ['Can sessions be after school?'],
    optionNotes: [
      { optionId: 'cbt', note: 'Fortnightly sessions at the clinic; after-school times.' },
    ],
    chosenOptionIds: ['cbt'],
    whatMattersMost: 'Not missing more school, and no tablets.',
    youngPersonWords: 'I want to try talking sessions. I do not want tablets.',
    reasons: 'Jamie wants to work on the mornings with someone; waiting has not helped so far.',
    reviewOn: w.day(14),
    goalIds: [school.recordId, mornings.recordId],
    decidedOn: w.day(-28),
    decidedWith: attendees,
  });
  const note = c('note', {
    body: 'Jamie asked whether his form tutor could know about the plan. To talk about next time.',
    audience: 'young-person-and-care-team',
    purpose: 'session-note',
    sessionId: second.recordId,
  });
  return {
    name: 'Jamie',
    mutations: [
      kase,
      jamie,
      morgan,
      sharing,
      first,
      grouping,
      history,
      currentView,
      ...respectItems,
      school,
      mornings,
      decision,
      rate(school, 3, -21, 'young-person', 'Went in on Monday and Tuesday.'),
      rate(mornings, 3, -21, 'carer', 'Still hard most days.'),
      second,
      rate(school, 4, -14, 'practitioner', 'Two full days last week.'),
      rate(school, 6, -5, 'young-person', 'Three days this week!'),
      rate(mornings, 5, -5, 'young-person', 'The breathing helps a bit.'),
      note,
    ],
  };
}

/** Getting Risk Support: grouped two days ago, with an agreed safety plan. */
function riskSupport(w: DemoWriter, ids: DemoAccountIds): DemoCase {
  const kase = w.create('case', null, {
    preferredName: 'Rowan',
    ageBand: '16-17',
    pronouns: 'she/her',
    involved: [{ name: 'Jo Example', relationship: 'Aunt' }],
    consentToRecord: true,
    nextReviewOn: w.day(3),
    status: 'open',
  });
  const caseId = kase.recordId;
  const c = (kind: string, set: Record<string, unknown>) => w.create(kind, caseId, set);
  const attendees = [
    { role: 'young-person' },
    { role: 'practitioner', name: 'Priya Sample', userId: ids.colleague },
    { role: 'other-professional', name: 'School nurse (fictional)' },
  ];
  const session = c('session', {
    date: w.day(-2),
    mode: 'in-person',
    location: 'Demo Sixth Form College (fictional)',
    attendees,
    summary:
      'Rowan told the school nurse she has had thoughts of ending her life. Seen the same day; wrote a safety plan together.',
    plainWordsSummary:
      'I talked about how bad things have been. We wrote my safety plan together, in my words where I wanted.',
    nextSteps: 'Priya to phone Rowan tomorrow. Review the plan within a week.',
    decided: 'Getting Risk Support, with a written safety plan and Priya as coordinator.',
    actions: [
      { what: 'Phone Rowan', who: 'Priya Sample', by: w.day(-1) },
      { what: 'Keep medicines locked away', who: 'Aunt Jo' },
      { what: 'Review the safety plan together', who: 'Rowan and Priya', by: w.day(5) },
    ],
    nextReviewOn: w.day(5),
    status: 'completed',
  });
  const reasons =
    'Rowan is not ready to start therapy right now, and safety comes first: a plan, regular contact and a coordinator.';
  const grouping = c('grouping-decision', {
    grouping: 'getting-risk-support',
    agreedOn: w.day(-2),
    reasons,
    youngPersonView: 'I agree to the plan and the phone calls.',
    agreedBy: attendees,
    sessionId: session.recordId,
    reviewBy: w.day(5),
  });
  const history = c('grouping-history-entry', {
    grouping: 'getting-risk-support',
    from: null,
    decisionId: grouping.recordId,
    agreedOn: w.day(-2),
    reasons,
  });
  const plan = c('safety-plan', {
    status: 'agreed',
    agreedOn: w.day(-2),
    reviewBy: w.day(5),
    coordinatorName: 'Priya Sample',
    coordinatorContact: 'Demo CAMHS duty line (fictional) 07700 900123',
    writtenByYoungPerson: ['warning-signs', 'reasons-for-living'],
  });
  const items: [string, string, string, string?][] = [
    ['warning-signs', 'young-person', 'Not answering messages and staying in my room all day'],
    ['coping-alone', 'young-person', 'Headphones on, my calm playlist, a hot shower'],
    ['distractions', 'young-person', 'Walk the dog round the park'],
    ['people-to-ask', 'practitioner', 'Aunt Jo (fictional)', '07700 900456'],
    ['professionals', 'practitioner', 'Demo CAMHS duty line (fictional)', '07700 900123'],
    ['professionals', 'practitioner', 'Samaritans, any time, free', '116 123'],
    ['safer-surroundings', 'practitioner', 'Aunt Jo keeps the medicines locked away'],
    ['reasons-for-living', 'young-person', 'My dog, and seeing my little brother grow up'],
  ];
  const itemMutations = items.map(([section, addedByRole, text, phone], order) =>
    c('safety-plan-item', {
      planId: plan.recordId,
      section,
      text,
      ...(phone ? { phone } : {}),
      order: order + 1,
      addedByRole,
    }),
  );
  const action = c('backup-team-action', {
    planId: plan.recordId,
    who: 'Aunt Jo (fictional)',
    role: 'Aunt',
    action: 'Stay with Rowan and phone the duty line',
    appliesWhen: 'If Rowan says she cannot keep herself safe',
    phone: '07700 900456',
    order: 1,
  });
  // The plan as agreed two days ago: version 1, with who was there.
  const asInput = <T>(m: Mutation) => ({ id: m.recordId, ...m.set }) as T;
  const version = c(
    'safety-plan-version',
    agreementSnapshot(
      { id: plan.recordId, ...plan.set },
      itemMutations.map((m) => asInput<PlanItemInput>(m)),
      [asInput<BackupTeamInput>(action)],
      [],
      {
        agreedOn: w.day(-2),
        reviewBy: w.day(5),
        present: [
          { role: 'young-person', name: 'Rowan' },
          { role: 'practitioner', name: 'Priya Sample' },
        ],
      },
    ),
  );
  return {
    name: 'Rowan',
    mutations: [
      kase,
      c('case-membership', { userId: ids.rowan, role: 'young-person', active: true }),
      c('case-membership', { userId: ids.colleague, role: 'practitioner', active: true }),
      session,
      grouping,
      history,
      plan,
      ...itemMutations,
      action,
      version,
    ],
  };
}

export function demoCases(w: DemoWriter, ids: DemoAccountIds): DemoCase[] {
  return [newReferral(w, ids), midWay(w, ids), riskSupport(w, ids)];
}
