/**
 * Stores one anonymous signposting count as a `signposting-event` record in the anonymous
 * partition, written by the server as a mutation like any other: validated by the domain,
 * given the partition's next version under its row lock, recorded as applied and in the
 * partition's audit chain, all inside one transaction. Admins' devices then receive it
 * through sync (read policy sends the anonymous partition to admins only).
 *
 * The same steps as invitations/membership.ts, kept here rather than shared because that
 * file is being reworked for another issue; only committed building blocks are used.
 *
 * What is stored is the count and nothing else: the record's author is "server" (never a
 * person or a device of a person), and the client address used for rate limiting never
 * reaches the record.
 */
import {
  HybridClock,
  SCHEMA_VERSION,
  uuidv7,
  validateMutation,
  type AnyRecord,
  type Mutation,
  type SignpostingEventData,
} from '../../domain';
import { ANONYMOUS_PARTITION } from '../access/partitions';
import { auditActionOf } from '../audit/actions';
import { appendAudit } from '../audit/store';
import type { Sql } from '../store/store';
import { mutationHash } from '../sync/prepare';
import { SERVER_ACTOR_ID, SERVER_DEVICE_ID } from '../sync/server-writes';
import { writeChanges } from '../sync/sql';

/**
 * The clock of these writes: a node of its own, so its stamps never equal those of the
 * sync service ('server') or of invitations ('server-invitations').
 */
const clock = new HybridClock('server-signposting');

const LOCK_PARTITION = `
INSERT INTO partitions (partition) VALUES ($1)
ON CONFLICT (partition) DO UPDATE SET partition = excluded.partition
RETURNING version`;

/** What happened to a count: stored now, stored before (a retry), or its id is taken. */
export type CountOutcome = 'stored' | 'duplicate' | 'conflict';

interface ExistingRow extends Record<string, unknown> {
  partition: string;
  kind: string;
  data: AnyRecord;
}

/** The count's own fields of a stored record, without the envelope. */
export function countFieldsOf(
  record: AnyRecord,
  fields: readonly string[],
): Record<string, unknown> {
  return Object.fromEntries(fields.filter((f) => f in record).map((f) => [f, record[f]]));
}

/** Same values, whatever the key order (jsonb does not keep it). */
function sameCount(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const canonical = (o: Record<string, unknown>) =>
    JSON.stringify(
      Object.keys(o)
        .sort()
        .map((k) => [k, o[k]]),
    );
  return canonical(a) === canonical(b);
}

function countMutation(recordId: string, count: SignpostingEventData, now: number): Mutation {
  return {
    id: uuidv7(now),
    deviceId: SERVER_DEVICE_ID,
    schemaVersion: SCHEMA_VERSION,
    recordId,
    kind: 'signposting-event',
    caseId: null,
    op: 'create',
    hlc: clock.now(),
    by: SERVER_ACTOR_ID,
    at: new Date(now).toISOString(),
    set: { ...count },
    base: {},
  };
}

/**
 * Writes the count under `recordId` inside `tx`. A record that already has the id is a
 * retry when it is the same count (nothing is written: 'duplicate'), otherwise the id is
 * someone else's ('conflict', nothing written). Throws a ValidationError before writing
 * anything when the domain refuses the count.
 */
export async function writeSignpostingCount(
  tx: Sql,
  recordId: string,
  count: SignpostingEventData,
  countFields: readonly string[],
): Promise<CountOutcome> {
  // The lock first: a retry racing the original waits here, then finds it stored.
  const [lock] = await tx.query<{ version: number }>(LOCK_PARTITION, [ANONYMOUS_PARTITION]);
  const [existing] = await tx.query<ExistingRow>(
    'SELECT partition, kind, data FROM records WHERE id = $1',
    [recordId],
  );
  if (existing) {
    const isRetry =
      existing.partition === ANONYMOUS_PARTITION &&
      existing.kind === 'signposting-event' &&
      sameCount(countFieldsOf(existing.data, countFields), { ...count });
    return isRetry ? 'duplicate' : 'conflict';
  }

  const now = Date.now();
  const mutation = countMutation(recordId, count, now);
  const record = validateMutation(undefined, mutation);
  const version = Number(lock?.version ?? 0) + 1;
  const written = await writeChanges(
    tx,
    ANONYMOUS_PARTITION,
    new Map([[record.id, { record, version }]]),
    [
      {
        id: mutation.id,
        recordId: record.id,
        version,
        userId: SERVER_ACTOR_ID,
        deviceId: SERVER_DEVICE_ID,
        hash: mutationHash(mutation),
      },
    ],
  );
  // Only when a record of another partition took the id between our read and write.
  if (!written) return 'conflict';
  await appendAudit(tx, [
    {
      id: mutation.id,
      partition: ANONYMOUS_PARTITION,
      caseId: null,
      actorId: SERVER_ACTOR_ID,
      actorRole: 'system',
      deviceId: SERVER_DEVICE_ID,
      action: auditActionOf(mutation, record),
      kind: mutation.kind,
      recordId: record.id,
      at: mutation.at,
    },
  ]);
  await tx.query('UPDATE partitions SET version = $2 WHERE partition = $1', [
    ANONYMOUS_PARTITION,
    version,
  ]);
  return 'stored';
}
