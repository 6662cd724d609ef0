// Before anything validates in the browser: no eval under our CSP.
import './zod-csp';
// The local store's public API: what sync, features and the app shell may use.
export {
  OurPlanDatabase,
  DATABASE_NAME,
  isStoredKind,
  type OutboxEntry,
  type MetaEntry,
  type RejectedEntry,
} from './database';
export { TABLE_FOR_KIND, type StoredKind, type RecordTableName } from './tables';
export { RecordRepository, type ActorSource, type SeenClocks } from './repository';
export { ensureDeviceId, nextClock, observeClock } from './device';
export { localStore, setActor, deviceActor, type LocalStore } from './local-store';
export {
  useRecord,
  useCaseRecords,
  useOutboxCount,
  useSignedInAccount,
  useCaseload,
  useCaseConflicts,
  useCaseRejected,
} from './hooks';
export {
  readCaseload,
  readCaseConflicts,
  type CaseSummary,
  type FieldConflict,
} from './case-queries';
export {
  StorageError,
  onStorageProblem,
  reportStorageProblem,
  toStorageError,
  type StorageProblemCode,
} from './storage-errors';
export {
  requestPersistentStorage,
  readStorageStatus,
  type PersistOutcome,
  type StorageStatus,
} from './persistence';
export {
  readAccount,
  saveAccount,
  forgetAccount,
  signedInAccountSchema,
  type SignedInAccount,
} from './account';
