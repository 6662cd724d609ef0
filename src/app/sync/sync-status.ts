/**
 * The page's one sync status store. It lives in the shell (the status bar reads it from
 * the first paint) and has no dependencies, so the shell stays small; the engine that
 * feeds it loads lazily once someone is signed in (./sync-runtime.ts).
 */
import { SyncStatusStore } from '../../sync/status';

export const syncStatus = new SyncStatusStore();
