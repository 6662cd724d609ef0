// Before anything validates in the browser: no eval under our CSP.
import '../domain/zod-jitless';
// The local store's public API: what sync, features and the app shell may use.
export {
  OurPlanDatabase,
  DATABASE_NAME,
  isStoredKind,
  type OutboxEntry,
  type MetaEntry,
  type RejectedEntry,
  type DraftEntry,
} from './database';
export { readDraft, saveDraft, clearDraft } from './drafts';
export {
  useHandOver,
  readHandOver,
  startHandOver,
  endHandOver,
  handOverPath,
  type HandOverState,
  type HandOverPart,
} from './hand-over';
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
export { readCaseOverview, useCaseOverview, type CaseOverview } from './case-overview';
export {
  readCaseload,
  readGoalRatingAges,
  useGoalRatingAges,
  readCaseConflicts,
  type CaseSummary,
  type FieldConflict,
} from './case-queries';
export { readOrganisation, useOrganisation } from './organisation';
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
export {
  setPasscode,
  hasPasscode,
  verifyPasscode,
  clearPasscode,
  passcodeWait,
  passcodeProblem,
  confirmationProblem,
  normalisePasscode,
  passcodeAesKey,
  delayAfterFailures,
  WeakPasscodeError,
  PASSCODE_ITERATIONS,
  PASSCODE_MIN_LENGTH,
  PASSCODE_MAX_LENGTH,
  PASSCODE_DELAYS_MS,
  type PasscodeProblem,
  type PasscodeVerdict,
  type PasscodeOptions,
} from './passcode';
export {
  readOrganisationGrids,
  useOrganisationGrids,
  readGridVersions,
  useGridVersions,
} from './option-grids';
export {
  readCollaborateData,
  useCollaborateData,
  saveCollaborateResponse,
  localDateTime,
  type CollaborateData,
} from './collaborate';
export {
  readOutcomeInputs,
  readOutcomeSummaries,
  useOutcomeSummaries,
  currentGroupings,
  type OutcomeSummaries,
} from './outcomes';
export { DeviceKeys, DeviceLockedError } from './encryption/device-keys';
export {
  addServerWrap,
  createDataKey,
  hasDataKey,
  hasServerWrap,
  lockNow,
  recoverWithServerKey,
  rememberUnlock,
  extendUnlock,
  restoreUnlock,
  unlockEndsAt,
  unlockWithPasscode,
} from './encryption/key-store';
export { CLEAR_TABLES } from './encryption/table-policy';
export {
  LOCK_AFTER_CHOICES,
  defaultLockAfter,
  readLockAfter,
  saveLockAfter,
  readSafetyPlanOpen,
  saveSafetyPlanOpen,
  type LockAfterMinutes,
} from './lock-settings';
export {
  saveOpenPlan,
  readOpenPlans,
  deleteOpenPlans,
  type OpenPlanCopy,
  type OpenPlans,
} from './open-safety-plan';
