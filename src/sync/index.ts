// The sync layer's public API (DESIGN.md §3: imports domain and db; used by app and features).
export { SyncEngine, type SyncEngineOptions, type SyncResult } from './engine';
export {
  DEFAULT_PERIOD_MS,
  SyncScheduler,
  SYNC_LOCK_NAME,
  type SchedulerOptions,
} from './scheduler';
export {
  SyncStatusStore,
  statusLine,
  type SyncState,
  type SyncStatus,
  type StatusLine,
} from './status';
export { SyncFailure, toSyncFailure, type SyncFailureKind, type Transport } from './transport';
export { httpTransport, DEFAULT_SYNC_URL, type HttpTransportOptions } from './http-transport';
export { backoffDelay, backoffCeiling, DEFAULT_BACKOFF, type BackoffPolicy } from './backoff';
export { browserEnvironment, type SyncEnvironment, type Timers } from './environment';
export { listRejected, discardRejected, retryRejected } from './rejected';
export { rebase } from './rebase';
export { createSync, type SyncClient } from './create-sync';
export { readLocalFacts, watchLocalFacts, type LocalFacts } from './local-facts';
