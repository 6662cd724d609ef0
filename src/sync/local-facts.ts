/**
 * Facts about the local store the status and the scheduler follow: how many changes are
 * waiting or refused, when the last sync finished, and the newest outbox entry (a new one
 * means a local write, which asks for a sync a few seconds later). Dexie's liveQuery
 * follows changes made by this tab and by other tabs of the app, so a write in one tab
 * wakes the engine running in another.
 */
import { liveQuery } from 'dexie';
import type { OurPlanDatabase } from '../db';
import { readLastSyncedAt } from './sync-meta';

export interface LocalFacts {
  waiting: number;
  rejected: number;
  lastSyncedAt?: string;
  /** The seq of the newest outbox entry (0 when empty); it only grows with each write. */
  newestSeq: number;
}

export function readLocalFacts(db: OurPlanDatabase): Promise<LocalFacts> {
  return db.transaction('r', [db.outbox, db.rejected, db.meta], async () => {
    const [waiting, rejected, lastSyncedAt, newest] = await Promise.all([
      db.outbox.count(),
      db.rejected.count(),
      readLastSyncedAt(db),
      db.outbox.orderBy('seq').last(),
    ]);
    return { waiting, rejected, lastSyncedAt, newestSeq: newest?.seq ?? 0 };
  });
}

/** Calls `onFacts` now and whenever the facts change; returns the way to stop. */
export function watchLocalFacts(
  db: OurPlanDatabase,
  onFacts: (facts: LocalFacts) => void,
  onError: (error: unknown) => void = () => undefined,
): () => void {
  const subscription = liveQuery(() => readLocalFacts(db)).subscribe({
    next: onFacts,
    error: onError,
  });
  return () => subscription.unsubscribe();
}
