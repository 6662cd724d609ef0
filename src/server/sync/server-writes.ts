/**
 * Writes the server makes itself, as mutations like any other (validated, versioned,
 * audited), so every device merges them the same way. Written with the server's HLC.
 */
import {
  SCHEMA_VERSION,
  uuidv7,
  validateMutation,
  type AnyRecord,
  type Hlc,
  type Mutation,
} from '../../domain';
import { auditActionOf } from '../audit/actions';
import { appendAudit } from '../audit/store';
import type { Sql } from '../store/store';
import { mutationHash } from './prepare';
import { writeChanges } from './sql';

/** Who the server's own writes are by (`createdBy`, `writers`, the audit log). */
export const SERVER_ACTOR_ID = 'server';
export const SERVER_DEVICE_ID = 'server';

/**
 * When a practitioner creates a case they become its lead practitioner, in the same
 * transaction: without a membership they could not see the case they just made.
 */
export function leadMembershipMutation(
  caseId: string,
  userId: string,
  hlc: Hlc,
  now: number,
): Mutation {
  return {
    id: uuidv7(now),
    deviceId: SERVER_DEVICE_ID,
    schemaVersion: SCHEMA_VERSION,
    recordId: uuidv7(now),
    kind: 'case-membership',
    caseId,
    op: 'create',
    hlc,
    by: SERVER_ACTOR_ID,
    at: new Date(now).toISOString(),
    set: { userId, role: 'lead-practitioner', active: true },
    base: {},
  };
}

const LOCK_PARTITION = `
INSERT INTO partitions (partition) VALUES ($1)
ON CONFLICT (partition) DO UPDATE SET partition = excluded.partition
RETURNING version`;

/**
 * Takes the partition's row lock (held until the caller's transaction ends) and returns
 * its version. Read what the write depends on only after this, so nothing changes under it.
 */
export async function lockPartition(tx: Sql, partition: string): Promise<number> {
  const [lock] = await tx.query<{ version: number }>(LOCK_PARTITION, [partition]);
  return Number(lock?.version ?? 0);
}

/**
 * Applies one server mutation inside `tx`, which already holds the partition lock at
 * `lockedVersion` (lockPartition): validated against `current` (throws a ValidationError
 * before writing anything, so the transaction stays usable), stored at the next version,
 * recorded as applied and in the partition's audit chain. Returns the new record.
 */
export async function writeServerMutation(
  tx: Sql,
  partition: string,
  lockedVersion: number,
  current: AnyRecord | undefined,
  mutation: Mutation,
): Promise<AnyRecord> {
  const record = validateMutation(current, mutation);
  const version = lockedVersion + 1;
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
  if (!ok) throw new Error(`${mutation.kind} ids already taken`);
  await appendAudit(tx, [
    {
      id: mutation.id,
      partition,
      caseId: mutation.caseId,
      actorId: SERVER_ACTOR_ID,
      actorRole: 'system',
      deviceId: SERVER_DEVICE_ID,
      action: auditActionOf(mutation, record),
      kind: mutation.kind,
      recordId: record.id,
      at: mutation.at,
    },
  ]);
  await tx.query('UPDATE partitions SET version = $2 WHERE partition = $1', [partition, version]);
  return record;
}
