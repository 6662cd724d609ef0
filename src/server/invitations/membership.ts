/**
 * The case membership an invitation grants, written by the server as a mutation like
 * any other (sync/server-writes.ts): validated by the domain, given the partition's next
 * version under the partition row lock, recorded as applied and in the audit chain, all
 * inside the caller's transaction. Access (access/load.ts) and sync (pull) then pick it
 * up: the person sees the case, and the care team's devices get the membership at their
 * next sync.
 */
import {
  HybridClock,
  SCHEMA_VERSION,
  uuidv7,
  validateMutation,
  type AnyRecord,
  type Mutation,
} from '../../domain';
import { auditActionOf } from '../audit/actions';
import { appendAudit } from '../audit/store';
import type { Sql } from '../store/store';
import { mutationHash } from '../sync/prepare';
import { SERVER_ACTOR_ID, SERVER_DEVICE_ID } from '../sync/server-writes';
import { writeChanges } from '../sync/sql';
import type { InvitedRole } from './store';

/**
 * The clock of the server's invitation writes. A node of its own, so its stamps can never
 * equal those of the sync service's clock ('server'); a new record's first stamp only
 * needs to be unique and close to real time.
 */
const clock = new HybridClock('server-invitations');

export interface Membership {
  caseId: string;
  userId: string;
  role: InvitedRole;
  relationship: string | null;
}

const LOCK_PARTITION = `
INSERT INTO partitions (partition) VALUES ($1)
ON CONFLICT (partition) DO UPDATE SET partition = excluded.partition
RETURNING version`;

/** The case record, when it exists and is not deleted (under the partition lock). */
async function liveCase(tx: Sql, caseId: string): Promise<AnyRecord | null> {
  const [row] = await tx.query<{ data: AnyRecord }>(
    `SELECT data FROM records WHERE id = $1 AND partition = $1 AND kind = 'case'`,
    [caseId],
  );
  return row && !row.data.deleted ? row.data : null;
}

function membershipMutation(m: Membership, now: number): Mutation {
  return {
    id: uuidv7(now),
    deviceId: SERVER_DEVICE_ID,
    schemaVersion: SCHEMA_VERSION,
    recordId: uuidv7(now),
    kind: 'case-membership',
    caseId: m.caseId,
    op: 'create',
    hlc: clock.now(),
    by: SERVER_ACTOR_ID,
    at: new Date(now).toISOString(),
    set: {
      userId: m.userId,
      role: m.role,
      active: true,
      ...(m.relationship !== null ? { relationship: m.relationship } : {}),
    },
    base: {},
  };
}

/**
 * Writes the membership inside `tx`; false (write nothing) when the case no longer
 * exists. Throws on anything unexpected, rolling the caller's transaction back.
 */
export async function writeMembership(tx: Sql, membership: Membership): Promise<boolean> {
  const partition = membership.caseId;
  const [lock] = await tx.query<{ version: number }>(LOCK_PARTITION, [partition]);
  if (!(await liveCase(tx, partition))) return false;
  const now = Date.now();
  const mutation = membershipMutation(membership, now);
  const record = validateMutation(undefined, mutation);
  const version = Number(lock?.version ?? 0) + 1;
  const ok = await writeChanges(tx, partition, new Map([[record.id, { record, version }]]), [
    {
      id: mutation.id,
      recordId: record.id,
      version,
      userId: SERVER_ACTOR_ID,
      deviceId: SERVER_DEVICE_ID,
      hash: mutationHash(mutation),
    },
  ]);
  if (!ok) throw new Error('membership ids already taken');
  await appendAudit(tx, [
    {
      id: mutation.id,
      partition,
      caseId: partition,
      actorId: SERVER_ACTOR_ID,
      actorRole: 'system',
      deviceId: SERVER_DEVICE_ID,
      action: auditActionOf(mutation, record),
      kind: mutation.kind,
      recordId: record.id,
      at: new Date(now).toISOString(),
    },
  ]);
  await tx.query('UPDATE partitions SET version = $2 WHERE partition = $1', [partition, version]);
  return true;
}
