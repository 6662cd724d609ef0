/**
 * Storing the server's answer (DESIGN.md §5) in ONE Dexie transaction, so a crash or a
 * closed tab leaves either the whole round or none of it: never an outbox emptied of
 * changes whose records were not updated, nor a checkpoint ahead of the records.
 *
 * Everything awaited inside is Dexie (DESIGN.md §9, "Transactions end at the first
 * foreign await"): the network call is finished before this starts.
 *
 * - accepted: the entries leave the outbox.
 * - rejected: the entries move to the `rejected` table with the reason, for the person to
 *   retry or discard. The record keeps showing their value until then (see rejected.ts).
 * - removed, applied first: the partition's records leave the device. Either the user
 *   lost access (the partition is gone from the new checkpoint), or what they may see
 *   inside the case changed and the server sends the whole visible case again in this
 *   answer (a reset: the partition is still in the new checkpoint). Outbox entries stay
 *   either way: unsent work is never deleted by sync. After a loss of access the server
 *   refuses them next round, so they end up in `rejected`, visible, where the person can
 *   copy or discard them; after a reset, records the person created and has not yet had
 *   accepted are rebuilt from their pending mutations, so they do not vanish meanwhile.
 * - changes: each record is stored as the server sent it, with the mutations still in the
 *   outbox for it applied on top (rebase), so unsent edits stay visible. That includes
 *   edits made while this round was on the network: they are not in `accepted`, so they
 *   stay in the outbox and go next round.
 */
import {
  applyMutation,
  type AnyRecord,
  type Checkpoint,
  type Mutation,
  type SyncResponse,
} from '../domain';
import {
  isStoredKind,
  observeClock,
  type OurPlanDatabase,
  type OutboxEntry,
  type StoredKind,
} from '../db';
import type { Table } from 'dexie';
import { rebase } from './rebase';
import { deletePartitionRecords, recordTables } from './record-tables';
import { readCheckpoint, writeCheckpoint, writeLastSyncedAt } from './sync-meta';

export interface AppliedRound {
  accepted: number;
  rejected: number;
  /** Records stored from the answer. */
  stored: number;
  /** Records the answer held that this app cannot store (a kind it does not know). */
  skipped: number;
  removedRecords: number;
}

export async function applyResponse(
  db: OurPlanDatabase,
  deviceId: string,
  response: SyncResponse,
  wallClock: () => number,
): Promise<AppliedRound> {
  const result: AppliedRound = {
    accepted: 0,
    rejected: 0,
    stored: 0,
    skipped: 0,
    removedRecords: 0,
  };
  const tables = [...recordTables(db), db.outbox, db.rejected, db.meta];
  await db.transaction('rw', tables, async () => {
    if (response.accepted.length > 0) {
      result.accepted = await db.outbox.where('id').anyOf(response.accepted).delete();
    }
    const now = new Date(wallClock()).toISOString();
    for (const rejection of response.rejected) {
      const entry = await db.outbox.where('id').equals(rejection.id).first();
      if (!entry) continue; // not ours, or already settled by an earlier answer
      const { id: _id, ...reason } = rejection;
      await db.rejected.put({
        id: entry.id,
        recordId: entry.recordId,
        caseId: entry.caseId,
        mutation: entry.mutation,
        reason,
        queuedAt: entry.queuedAt,
        rejectedAt: now,
      });
      await db.outbox.where('id').equals(entry.id).delete();
      result.rejected++;
    }

    for (const partition of response.removed) {
      result.removedRecords += await deletePartitionRecords(db, partition);
    }
    const pending = await pendingByRecord(db, response.changes);
    // One bulkPut per table rather than a put per record: a first pull brings thousands of
    // records a round, and each put is a request of its own (in fake-indexeddb and in
    // browsers alike). Same outcome: a repeated id in one answer ends as its last copy.
    const byTable = new Map<Table<AnyRecord, string>, AnyRecord[]>();
    for (const change of response.changes) {
      if (!isStorable(change)) {
        result.skipped++;
        continue;
      }
      const waiting = pending.get(change.id);
      const table = db.recordTable(change.kind);
      const records = byTable.get(table) ?? [];
      records.push(waiting ? rebaseSafely(change, waiting) : change);
      byTable.set(table, records);
      result.stored++;
    }
    for (const [table, records] of byTable) await table.bulkPut(records);
    const resets = response.removed.filter((p) => Object.hasOwn(response.checkpoint, p));
    await rebuildPendingCreations(db, resets, response.changes);

    await writeCheckpoint(db, nextCheckpoint(await readCheckpoint(db), response));
    await observeClock(db, deviceId, response.serverClock, wallClock);
    await writeLastSyncedAt(db, now);
  });
  return result;
}

/** The outbox mutations still waiting for each incoming record, oldest first. */
async function pendingByRecord(
  db: OurPlanDatabase,
  changes: readonly AnyRecord[],
): Promise<Map<string, Mutation[]>> {
  const ids = changes.map((c) => c.id).filter((id) => typeof id === 'string');
  const byRecord = new Map<string, Mutation[]>();
  if (ids.length === 0) return byRecord;
  // The outbox is usually far smaller than a pull: reading it whole is one cursor, where
  // anyOf over thousands of incoming ids is thousands of index lookups.
  const waiting = await db.outbox.count();
  if (waiting === 0) return byRecord;
  let entries: OutboxEntry[];
  if (waiting <= ids.length) {
    const wanted = new Set(ids);
    entries = (await db.outbox.toArray()).filter((e) => wanted.has(e.recordId));
  } else {
    entries = await db.outbox.where('recordId').anyOf(ids).toArray();
  }
  entries.sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
  for (const e of entries) {
    const list = byRecord.get(e.recordId) ?? [];
    list.push(e.mutation);
    byRecord.set(e.recordId, list);
  }
  return byRecord;
}

function isStorable(change: AnyRecord): change is AnyRecord & { kind: StoredKind } {
  return (
    typeof change.id === 'string' &&
    typeof change.kind === 'string' &&
    isStoredKind(change.kind) &&
    typeof change.clock === 'object' &&
    change.clock !== null
  );
}

/**
 * After a reset of a case the device still sees, records created on this device and not
 * yet accepted (so absent from the server's copy of the case) are rebuilt from their
 * pending mutations. Only records whose creation is pending: an edit alone cannot rebuild
 * a record the server may now be hiding from this person.
 */
async function rebuildPendingCreations(
  db: OurPlanDatabase,
  partitions: readonly string[],
  changes: readonly AnyRecord[],
): Promise<void> {
  if (partitions.length === 0) return;
  const sent = new Set(changes.map((c) => c.id));
  const entries = await db.outbox.where('caseId').anyOf(partitions).sortBy('seq');
  const byRecord = new Map<string, Mutation[]>();
  for (const e of entries) {
    if (sent.has(e.recordId)) continue;
    byRecord.set(e.recordId, [...(byRecord.get(e.recordId) ?? []), e.mutation]);
  }
  for (const [, mutations] of byRecord) {
    const [first] = mutations;
    if (!first || first.op !== 'create' || !isStoredKind(first.kind)) continue;
    try {
      const record = mutations.reduce<AnyRecord | undefined>(
        (r, m) => applyMutation(r, m),
        undefined,
      );
      if (record) await db.recordTable(first.kind).put(record);
    } catch {
      // Cannot be rebuilt here; the mutations stay in the outbox for the server to judge.
    }
  }
}

/**
 * A pending mutation that cannot be merged into the server's copy (it names another kind,
 * say) must not take the whole round down with it: the server's copy is stored, and the
 * mutation stays in the outbox for the server to refuse with a reason the person sees.
 */
function rebaseSafely(server: AnyRecord, pending: readonly Mutation[]): AnyRecord {
  try {
    return rebase(server, pending);
  } catch {
    return server;
  }
}

/**
 * The server's versions, over what we had (whether it answers with the whole map or only
 * the partitions that moved). Removed partitions are forgotten unless the answer gives
 * them a version again (a reset), so that if access comes back the case is pulled whole.
 */
function nextCheckpoint(current: Checkpoint, response: SyncResponse): Checkpoint {
  const next: Checkpoint = { ...current };
  for (const partition of response.removed) delete next[partition];
  return { ...next, ...response.checkpoint };
}
