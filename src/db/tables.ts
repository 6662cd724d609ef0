/**
 * Which Dexie table holds which record kind, and the indexes each needs for the queries
 * the screens make (DESIGN.md §4). One table per kind keeps indexes specific; the sync
 * engine finds the table through TABLE_FOR_KIND.
 *
 * Changing an index means a new Dexie version in database.ts, never editing an old one.
 */
export const TABLE_FOR_KIND = {
  organisation: 'organisations',
  user: 'users',
  case: 'cases',
  'case-membership': 'memberships',
  session: 'sessions',
  'respect-item': 'respectItems',
  'grouping-decision': 'groupingDecisions',
  'grouping-history-entry': 'groupingHistory',
  'current-view': 'currentViews',
  'option-grid': 'optionGrids',
  'option-grid-decision': 'optionGridDecisions',
  goal: 'goals',
  'goal-rating': 'goalRatings',
  'outcome-measure-entry': 'outcomeMeasures',
  'collaborate-response': 'collaborateResponses',
  'safety-plan': 'safetyPlans',
  'safety-plan-item': 'safetyPlanItems',
  'backup-team-action': 'backupTeamActions',
  'safety-plan-version': 'safetyPlanVersions',
  'safety-plan-share': 'safetyPlanShares',
  'crisis-contact-list': 'crisisContactLists',
  'sharing-settings': 'sharingSettings',
  note: 'notes',
  'directory-resource': 'directoryResources',
  'signposting-event': 'signpostingEvents',
  'audit-event': 'auditEvents',
} as const;

export type StoredKind = keyof typeof TABLE_FOR_KIND;
export type RecordTableName = (typeof TABLE_FOR_KIND)[StoredKind];

/**
 * Version 5 (issue #7): agreed safety-plan versions and recorded consents to share the
 * plan (by case and plan; shares also by carer, whose phone is given the plan), and the
 * organisation's crisis lines. New tables only, so nothing to upgrade.
 */
export const RECORD_INDEXES_V5 = {
  safetyPlanVersions: 'id, caseId, planId',
  safetyPlanShares: 'id, caseId, planId, carerUserId',
  crisisContactLists: 'id',
} as const satisfies Partial<Record<RecordTableName, string>>;

/** Record tables that existed from version 1. */
type V1TableName = Exclude<RecordTableName, keyof typeof RECORD_INDEXES_V5>;

/** Indexes per table, version 1. `id` is the primary key everywhere. */
export const RECORD_INDEXES_V1: Record<V1TableName, string> = {
  organisations: 'id',
  users: 'id',
  cases: 'id, updatedAt, preferredName, nextReviewOn, status',
  memberships: 'id, caseId, userId, [userId+caseId]',
  sessions: 'id, caseId, [caseId+date]',
  respectItems: 'id, caseId, [caseId+itemId]',
  groupingDecisions: 'id, caseId, [caseId+agreedOn]',
  groupingHistory: 'id, caseId, [caseId+agreedOn]',
  currentViews: 'id, caseId',
  optionGrids: 'id, slug, updatedAt',
  optionGridDecisions: 'id, caseId, gridId',
  goals: 'id, caseId, [caseId+order]',
  goalRatings: 'id, caseId, goalId, [goalId+ratedOn]',
  outcomeMeasures: 'id, caseId, goalId, [caseId+recordedOn]',
  collaborateResponses: 'id, caseId, sessionId',
  safetyPlans: 'id, caseId',
  safetyPlanItems: 'id, caseId, planId, [planId+section]',
  backupTeamActions: 'id, caseId, planId',
  sharingSettings: 'id, caseId, carerUserId',
  notes: 'id, caseId, [caseId+createdAt]',
  directoryResources: 'id, *groupings, *topics',
  signpostingEvents: 'id, occurredOn',
  auditEvents: 'id, caseId, at',
};

/**
 * Version 6 (issue #10): encrypted tables keep their indexed fields in clear, so every
 * index that was not an id, a case id or a timestamp goes (none was queried). The
 * reference tables (optionGrids, directoryResources) are not encrypted and keep theirs.
 */
export const RECORD_INDEXES_V6 = {
  cases: 'id, updatedAt',
  sessions: 'id, caseId',
  respectItems: 'id, caseId',
  groupingDecisions: 'id, caseId',
  groupingHistory: 'id, caseId',
  goals: 'id, caseId',
  goalRatings: 'id, caseId, goalId',
  outcomeMeasures: 'id, caseId, goalId',
  safetyPlanItems: 'id, caseId, planId',
  notes: 'id, caseId',
} as const satisfies Partial<Record<RecordTableName, string>>;

/** The current indexes of every record table, whichever version added or changed it. */
export const RECORD_INDEXES: Record<RecordTableName, string> = {
  ...RECORD_INDEXES_V1,
  ...RECORD_INDEXES_V5,
  ...RECORD_INDEXES_V6,
};

/**
 * The outbox: mutations waiting for the server's acknowledgement, in the order they were
 * made (`seq`). `id` is the mutation id, unique, which makes pushes idempotent.
 */
export const OUTBOX_INDEXES_V1 = '++seq, &id, recordId, caseId';

/** Device facts (id, clock, preferences of the store itself), by key. */
export const META_INDEXES_V1 = 'key';

/**
 * Version 2: mutations the server refused (DESIGN.md §5 "Authority"). They leave the
 * outbox but are kept, with the reason, until the person retries or discards them, so a
 * refused change is never silently lost. Keyed by mutation id.
 */
export const REJECTED_INDEXES_V2 = 'id, recordId, caseId, rejectedAt';

/** Version 3: what was typed into a form and not yet saved, on this device only. */
export const DRAFT_INDEXES_V3 = 'key, caseId';
