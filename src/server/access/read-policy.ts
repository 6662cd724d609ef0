/**
 * What of a record reaches a device (DESIGN.md §5 Scope), as a pure function: the record
 * as this actor may see it, with fields stripped, or null when it must not reach them.
 *
 * - Care team: everything on their cases. Admins: organisation content and signposting
 *   counts, and no case data unless they are on the care team (then as care team).
 * - Young person: their case, except practitioner-only notes and the care team's session
 *   summary (they get the plain-words one).
 * - Carer: the case (without the other people involved: that can be a safeguarding
 *   matter), the care team's and young person's memberships and their own, their own
 *   sharing settings (without the practitioner's reason), sessions without any summary,
 *   what they wrote themselves, family goals (set by a carer), and the sections the young
 *   person shares with them (SECTION_KINDS). The safety plan's agreed versions go with
 *   the plan; the recorded consents to share it (safety-plan-share) are for the young
 *   person and the care team only.
 * - Organisation content (option grids, directory, crisis lines) reaches everyone in the
 *   organisation.
 * - Users (org): staff see every account; family see their own and staff names only.
 */
import { ORG_PARTITION, type AnyRecord } from '../../domain';
import type { Actor } from '../auth/actor';
import type { CaseAccess, SharedSections } from './case-access';
import { isStaff } from './case-access';
import { ANONYMOUS_PARTITION } from './partitions';

/** The kinds in each section a young person can share with a carer. */
export const SECTION_KINDS: Record<keyof SharedSections, readonly string[]> = {
  goals: ['goal', 'goal-rating', 'outcome-measure-entry'],
  safetyPlan: ['safety-plan', 'safety-plan-item', 'backup-team-action', 'safety-plan-version'],
  decisions: ['grouping-decision', 'grouping-history-entry', 'option-grid-decision'],
  notes: ['note'],
};

/** Fields that must not reach a role's device, per kind. */
const HIDDEN_FROM_YOUNG_PERSON: Readonly<Record<string, readonly string[]>> = {
  session: ['summary'],
};
const HIDDEN_FROM_CARER: Readonly<Record<string, readonly string[]>> = {
  // What was agreed in a session is the young person's to share (issue #8 adds sharing
  // of sessions); until then a carer sees that a session happened, not what was said.
  session: [
    'summary',
    'plainWordsSummary',
    'nextSteps',
    'decided',
    'actions',
    'outcome',
    'comeBack',
    'ending',
    'goalsReview',
  ],
  // What the care team understands is written for the young person, like their summary.
  case: ['involved', 'understanding'],
};

/** The record without `fields`: values, their clocks and writers, and their conflicts. */
export function stripFields(record: AnyRecord, fields: readonly string[]): AnyRecord {
  if (!fields.some((f) => Object.hasOwn(record, f) || Object.hasOwn(record.clock, f)))
    return record;
  const copy: AnyRecord = {
    ...record,
    clock: { ...record.clock },
    writers: { ...record.writers },
    superseded: { ...record.superseded },
    conflicts: record.conflicts.filter((c) => !fields.includes(c.field)),
  };
  for (const f of fields) {
    delete copy[f];
    delete copy.clock[f];
    delete copy.writers[f];
    delete copy.superseded[f];
  }
  return copy;
}

function userView(actor: Actor, record: AnyRecord): AnyRecord | null {
  if (isStaff(actor) || record.id === actor.userId) return record;
  const roles = Array.isArray(record['roles']) ? (record['roles'] as unknown[]) : [];
  const staff = roles.includes('practitioner') || roles.includes('admin');
  return staff ? stripFields(record, ['email']) : null;
}

function carerView(actor: Actor, access: CaseAccess, record: AnyRecord): AnyRecord | null {
  switch (record.kind) {
    case 'case':
    case 'session':
      return stripFields(record, HIDDEN_FROM_CARER[record.kind] ?? []);
    case 'case-membership':
      return record['role'] !== 'carer' || record['userId'] === actor.userId ? record : null;
    case 'sharing-settings':
      // The practitioner's reason for deciding can be a safeguarding matter about this
      // very carer: the carer sees what is shared and who decided, never why.
      return record['carerUserId'] === actor.userId ? stripFields(record, ['reason']) : null;
    default:
      break;
  }
  if (record.createdBy === actor.userId) return record;
  // A family goal (set by a carer) is the carer's own, like what they wrote themselves:
  // they see and rate it whatever the young person shares (DESIGN.md §1, issue #8 item 6).
  if (record.kind === 'goal' && record['setBy'] === 'carer') return record;
  for (const [section, kinds] of Object.entries(SECTION_KINDS)) {
    if (!kinds.includes(record.kind)) continue;
    if (!access.sections[section as keyof SharedSections]) return null;
    return record.kind === 'note' && record['audience'] === 'practitioner-only' ? null : record;
  }
  return null;
}

/**
 * The record as `actor` may see it, or null. `access` is their access to the record's
 * case (null for organisation content or when they have none).
 */
export function viewRecord(
  actor: Actor,
  partition: string,
  access: CaseAccess | null,
  record: AnyRecord,
): AnyRecord | null {
  if (partition === ORG_PARTITION) return record.kind === 'user' ? userView(actor, record) : record;
  if (record.kind === 'audit-event') return null; // served by the audit route, never synced
  if (access === null)
    return partition === ANONYMOUS_PARTITION && actor.roles.includes('admin') ? record : null;
  if (access.role === 'care-team') return record;
  if (access.role === 'young-person') {
    if (record.kind === 'note' && record['audience'] === 'practitioner-only') return null;
    return stripFields(record, HIDDEN_FROM_YOUNG_PERSON[record.kind] ?? []);
  }
  return carerView(actor, access, record);
}
