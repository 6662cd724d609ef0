/** The sync status for React screens: re-renders only when the status changes. */
import { useSyncExternalStore } from 'react';
import type { SyncStatus, SyncStatusStore } from './status';

export function useSyncStatus(store: SyncStatusStore): SyncStatus {
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
}
