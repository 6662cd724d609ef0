/**
 * Refused changes (DESIGN.md §5 "Authority"): the server said no, with a reason. They are
 * never dropped by the engine; the person sees each one and chooses.
 *
 * - retry: the same change is queued again as a new mutation (new id, new clock, the same
 *   fields and the same base). Useful once the reason has gone away (the device clock
 *   was fixed, access was granted). Written against the same base, it cannot silently
 *   overwrite what others saved meanwhile: a concurrent edit becomes a kept conflict.
 * - discard: the change is forgotten. Until then the device keeps showing the person's
 *   value; on discard the server's version comes back: the partition's checkpoint is
 *   dropped so the next sync pulls the case again and stores the server's copies (with
 *   any other pending edits on top), and a refused creation that nothing else waits on
 *   is removed from the device, since the server never had it.
 */
import { ORG_PARTITION, applyMutation, uuidv7, type Mutation } from '../domain';
import { isStoredKind, nextClock, type OurPlanDatabase, type RejectedEntry } from '../db';
import { readCheckpoint, writeCheckpoint } from './sync-meta';

/** Refused changes, oldest first. */
export function listRejected(db: OurPlanDatabase): Promise<RejectedEntry[]> {
  return db.rejected.orderBy('rejectedAt').toArray();
}

export async function discardRejected(db: OurPlanDatabase, id: string): Promise<boolean> {
  const entry = await db.rejected.get(id);
  if (!entry) return false;
  const kind = entry.mutation.kind;
  const tables = isStoredKind(kind)
    ? [db.rejected, db.outbox, db.meta, db.recordTable(kind)]
    : [db.rejected, db.outbox, db.meta];
  return db.transaction('rw', tables, async () => {
    const current = await db.rejected.get(id);
    if (!current) return false; // another tab settled it first
    await db.rejected.delete(id);
    if (entry.mutation.op === 'create' && isStoredKind(kind)) {
      const stillWaiting =
        (await db.outbox.where('recordId').equals(entry.recordId).count()) +
        (await db.rejected.where('recordId').equals(entry.recordId).count());
      if (stillWaiting === 0) await db.recordTable(kind).delete(entry.recordId);
    }
    const checkpoint = await readCheckpoint(db);
    delete checkpoint[entry.caseId ?? ORG_PARTITION];
    await writeCheckpoint(db, checkpoint);
    return true;
  });
}

export async function retryRejected(
  db: OurPlanDatabase,
  id: string,
  deviceId: string,
  wallClock: () => number = Date.now,
): Promise<Mutation | undefined> {
  const entry = await db.rejected.get(id);
  if (!entry) return undefined;
  const kind = entry.mutation.kind;
  const tables = isStoredKind(kind)
    ? [db.rejected, db.outbox, db.meta, db.recordTable(kind)]
    : [db.rejected, db.outbox, db.meta];
  return db.transaction('rw', tables, async () => {
    const current = await db.rejected.get(id);
    if (!current) return undefined;
    const hlc = await nextClock(db, deviceId, wallClock);
    const at = new Date(wallClock()).toISOString();
    const mutation: Mutation = { ...current.mutation, id: uuidv7(wallClock()), hlc, at, deviceId };
    if (isStoredKind(kind)) {
      // Show the retried change at once, like any local write (the server decides again).
      const table = db.recordTable(kind);
      const record = await table.get(mutation.recordId);
      try {
        await table.put(applyMutation(record, mutation));
      } catch {
        // Cannot be merged here (e.g. another kind under that id): the server will say why.
      }
    }
    await db.outbox.add({
      id: mutation.id,
      recordId: mutation.recordId,
      caseId: mutation.caseId,
      mutation,
      queuedAt: at,
    });
    await db.rejected.delete(id);
    return mutation;
  });
}
