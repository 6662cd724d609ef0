/**
 * Persistent storage (DESIGN.md §9, "Safari evicts storage"): ask the browser not to
 * evict this site's data, and report what it said and how much space is used, so
 * settings can tell the person plainly.
 */
export type PersistOutcome = 'granted' | 'denied' | 'unsupported';

export interface StorageStatus {
  persisted: PersistOutcome;
  usageBytes?: number;
  quotaBytes?: number;
}

function storageManager(): StorageManager | undefined {
  return typeof navigator !== 'undefined' &&
    navigator.storage &&
    typeof navigator.storage.persist === 'function'
    ? navigator.storage
    : undefined;
}

export async function requestPersistentStorage(): Promise<PersistOutcome> {
  const storage = storageManager();
  if (!storage) return 'unsupported';
  if (await storage.persisted()) return 'granted';
  return (await storage.persist()) ? 'granted' : 'denied';
}

export async function readStorageStatus(): Promise<StorageStatus> {
  const storage = storageManager();
  if (!storage) return { persisted: 'unsupported' };
  const [persisted, estimate] = await Promise.all([
    storage.persisted(),
    typeof storage.estimate === 'function'
      ? storage.estimate()
      : Promise.resolve<StorageEstimate>({}),
  ]);
  return {
    persisted: persisted ? 'granted' : 'denied',
    usageBytes: estimate.usage,
    quotaBytes: estimate.quota,
  };
}
