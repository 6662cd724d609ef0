/**
 * A person's access to one case, derived from the case's records about them (pure: the
 * SQL that finds those records is in load.ts). DESIGN.md §1, issue 3 item 3.
 *
 * - Access comes only from an active, not deleted `case-membership` naming the user.
 * - Acting as the care team (role practitioner or lead-practitioner) also needs a staff
 *   account: a membership wrongly given to a family account must not open the case up.
 * - Several memberships: the widest wins (care team > young person > carer).
 * - A carer's view is the `sharing-settings` record naming them; none means nothing shared.
 */
import type { AnyRecord, CaseRole } from '../../domain';
import { currentSettings, sectionsOf } from '../../domain/carer-sharing';
import type { Actor } from '../auth/actor';

export type AccessRole = 'care-team' | 'young-person' | 'carer';

export interface SharedSections {
  goals: boolean;
  safetyPlan: boolean;
  decisions: boolean;
  notes: boolean;
}

export interface CaseAccess {
  role: AccessRole;
  /** The membership role, as the audit log names it. */
  caseRole: CaseRole;
  /** What the young person shares with this carer (carers only). */
  sections: SharedSections;
}

export const NOTHING_SHARED: SharedSections = {
  goals: false,
  safetyPlan: false,
  decisions: false,
  notes: false,
};

const RANK: Record<AccessRole, number> = { 'care-team': 3, 'young-person': 2, carer: 1 };

export function isStaff(actor: Pick<Actor, 'roles'>): boolean {
  return actor.roles.includes('practitioner') || actor.roles.includes('admin');
}

function accessRoleOf(role: unknown, actor: Actor): AccessRole | undefined {
  if (role === 'practitioner' || role === 'lead-practitioner')
    return isStaff(actor) ? 'care-team' : undefined;
  if (role === 'young-person') return 'young-person';
  if (role === 'carer') return 'carer';
  return undefined;
}

/**
 * The actor's access to a case from the records of that case about them (memberships
 * with their userId, sharing settings with their carerUserId); null when they have none.
 */
export function caseAccessFrom(actor: Actor, records: Iterable<AnyRecord>): CaseAccess | null {
  let best: CaseAccess | null = null;
  const sharing: AnyRecord[] = [];
  for (const r of records) {
    if (r.deleted) continue;
    if (r.kind === 'sharing-settings' && r['carerUserId'] === actor.userId) {
      sharing.push(r);
      continue;
    }
    if (r.kind !== 'case-membership' || r['userId'] !== actor.userId || r['active'] !== true)
      continue;
    const role = accessRoleOf(r['role'], actor);
    if (role && (!best || RANK[role] > RANK[best.role])) {
      best = { role, caseRole: r['role'] as CaseRole, sections: NOTHING_SHARED };
    }
  }
  // Two phones offline can each have made a record for this carer: the current one is the
  // same one the screens show (src/domain/carer-sharing.ts).
  const current = currentSettings(sharing, actor.userId);
  const sections = current ? sectionsOf(current) : NOTHING_SHARED;
  return best && { ...best, sections: best.role === 'carer' ? sections : NOTHING_SHARED };
}

/** Whether a record is one that defines someone's access (membership or sharing). */
export function isAccessRecord(record: AnyRecord): boolean {
  return record.kind === 'case-membership' || record.kind === 'sharing-settings';
}

/** Whether a record is about this actor's own access. */
export function isActorAccessRecord(actor: Actor, record: AnyRecord): boolean {
  return (
    (record.kind === 'case-membership' && record['userId'] === actor.userId) ||
    (record.kind === 'sharing-settings' && record['carerUserId'] === actor.userId)
  );
}
