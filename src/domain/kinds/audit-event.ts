/**
 * One entry in the audit log: who read or changed what, when (DESIGN.md §6, §10). The
 * young person sees the entries about their case in plain words ("who has looked at my
 * plan"); admins see sign-ins and exports.
 *
 * Design choices:
 * - Written by the server only, append-only, and chained: each entry carries the hash of
 *   the one before (`prevHash`; the first uses AUDIT_GENESIS_HASH) and its own `hash`,
 *   so a removed or altered entry is detectable. The hash is SHA-256 over
 *   `auditHashInput(entry)` (hashing needs WebCrypto or node:crypto, outside the domain).
 * - Scope `case-or-organisation`: about a case when caseId is set (it then syncs to that
 *   case), about the organisation otherwise (sign-in, export of service figures).
 * - No content of what was read or written: only the kind and id of the target.
 */
import { z } from 'zod';
import { defineKind, type DataOf, type RecordOf } from '../kind';
import { canonicalJson } from '../merge';
import { actorIdSchema } from '../record';
import { dateTime, oneOf, ref, sha256Hex } from './fields';

export const AUDIT_ACTIONS = [
  'read',
  'create',
  'update',
  'delete',
  'sign-in',
  'sign-in-failed',
  'sign-out',
  'export',
  'invite-created',
  'invite-redeemed',
  'access-granted',
  'access-removed',
  'sharing-changed',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_ACTOR_ROLES = [
  'admin',
  'practitioner',
  'lead-practitioner',
  'young-person',
  'carer',
  'system',
] as const;

/** The prevHash of the first entry in a chain. */
export const AUDIT_GENESIS_HASH = '0'.repeat(64);

export const auditEventKind = defineKind({
  kind: 'audit-event',
  family: 'append-only',
  scope: 'case-or-organisation',
  description: 'A tamper-evident entry in the audit log: who did what to which record, when.',
  data: z
    .strictObject({
      actorId: actorIdSchema,
      actorRole: oneOf(AUDIT_ACTOR_ROLES),
      deviceId: z
        .string()
        .regex(/^[A-Za-z0-9_-]{1,64}$/, { message: 'invalidFormat' })
        .optional(),
      action: oneOf(AUDIT_ACTIONS),
      targetKind: z
        .string()
        .regex(/^[a-z]+(?:-[a-z]+)*$/, { message: 'invalidFormat' })
        .max(64, { message: 'tooLong' })
        .optional(),
      targetId: ref.optional(),
      at: dateTime,
      prevHash: sha256Hex,
      hash: sha256Hex,
    })
    .refine((e) => e.targetId === undefined || e.targetKind !== undefined, {
      message: 'required',
      path: ['targetKind'],
    }),
});

export type AuditEventData = DataOf<typeof auditEventKind>;
export type AuditEventRecord = RecordOf<typeof auditEventKind>;

/**
 * What an entry's hash covers: its id, case and every data field except `hash` itself,
 * as canonical JSON (key order does not matter), including `prevHash`, which makes the
 * chain.
 */
export function auditHashInput(
  entry: {
    id: string;
    caseId: string | null;
  } & Omit<AuditEventData, 'hash'>,
): string {
  const { id, caseId, actorId, actorRole, deviceId, action, targetKind, targetId, at, prevHash } =
    entry;
  return canonicalJson({
    id,
    caseId,
    actorId,
    actorRole,
    deviceId,
    action,
    targetKind,
    targetId,
    at,
    prevHash,
  });
}
