/**
 * Starts and stops syncing for this page (DESIGN.md §5). Sync needs a signed-in person:
 * it starts after sign-in, setup or activation, and at start-up when the device
 * remembers someone; it stops at sign-out. Loaded on demand so the shell carries no
 * Dexie or sync code.
 */
import { localStore, readAccount, setActor } from '../../db';
import { httpTransport, SyncEngine, SyncScheduler } from '../../sync';
import { syncStatus } from './sync-status';

let scheduler: SyncScheduler | undefined;

export async function startSyncIfSignedIn(): Promise<boolean> {
  const { db } = localStore();
  const account = await readAccount(db);
  // Nothing syncs while locked: pulled records could not be sealed nor the outbox read.
  if (!account || !db.keys.unlocked) return false;
  setActor(account.userId);
  if (scheduler) {
    scheduler.resume();
    return true;
  }
  const engine = new SyncEngine({ db, transport: httpTransport() });
  scheduler = new SyncScheduler({
    engine,
    status: syncStatus,
    // A device session revoked from elsewhere empties this device (issue #10 item 4).
    onSignedOut: (key) => {
      if (key === 'sessionRevoked') {
        void import('../lock/lock-runtime').then((lock) => lock.wipeDevice('revoked'));
      }
    },
  });
  scheduler.start();
  return true;
}

export function stopSync(): void {
  scheduler?.stop();
  scheduler = undefined;
}

/** Sync now and wait for it (e.g. before signing out, to send what is waiting). */
export async function syncNow(): Promise<void> {
  await scheduler?.syncNow();
}
