/**
 * How an accepted write reads in the audit log: access changes are named as such, so the
 * young person's "who has looked at my plan" can say "Sam was given access".
 */
import { ORG_PARTITION, type AnyRecord, type AuditAction, type Mutation } from '../../domain';
import type { AUDIT_ACTOR_ROLES } from '../../domain';
import type { CaseAccess } from '../access/case-access';
import type { Actor } from '../auth/actor';

export type AuditActorRole = (typeof AUDIT_ACTOR_ROLES)[number];

export function auditActionOf(m: Mutation, after: AnyRecord): AuditAction {
  if (m.kind === 'sharing-settings') return 'sharing-changed';
  if (m.kind === 'case-membership') {
    if (m.op === 'create' || m.set['active'] === true) return 'access-granted';
    if (m.op === 'delete' || after['active'] === false) return 'access-removed';
  }
  return m.op;
}

/** The role an actor acted in, as the audit log names it. */
export function auditRoleOf(
  actor: Actor,
  partition: string,
  access: CaseAccess | null,
): AuditActorRole {
  if (access) return access.caseRole;
  if (partition === ORG_PARTITION) return actor.roles.includes('admin') ? 'admin' : 'practitioner';
  // A new case (its creator is not a member yet) or a signposting count: a staff role.
  return actor.roles.includes('practitioner') ? 'practitioner' : 'admin';
}
