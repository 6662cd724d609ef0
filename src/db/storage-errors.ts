/**
 * Storage failures are shown to the person, never swallowed (issue #2). Repositories turn
 * Dexie/IndexedDB errors into a StorageError and report it here; the app shell listens
 * and shows what happened and what to do.
 */
export type StorageProblemCode = 'quota' | 'unavailable' | 'failed';

export class StorageError extends Error {
  constructor(
    readonly code: StorageProblemCode,
    cause?: unknown,
  ) {
    super(`Storage ${code}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'StorageError';
  }
}

type Listener = (error: StorageError) => void;
const listeners = new Set<Listener>();

export function onStorageProblem(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function reportStorageProblem(error: StorageError): void {
  for (const l of listeners) l(error);
}

function errorNames(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && depth < 4; depth++) {
    if (typeof current === 'object' && current !== null && 'name' in current) {
      names.push(String((current as { name: unknown }).name));
    }
    current =
      typeof current === 'object' && current !== null && 'inner' in current
        ? (current as { inner: unknown }).inner
        : undefined;
  }
  return names;
}

/** Classify an error thrown by Dexie or IndexedDB. */
export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const names = errorNames(error);
  if (names.includes('QuotaExceededError')) return new StorageError('quota', error);
  if (
    names.some((n) =>
      [
        'MissingAPIError',
        'OpenFailedError',
        'DatabaseClosedError',
        'InvalidStateError',
        'VersionError',
      ].includes(n),
    )
  ) {
    return new StorageError('unavailable', error);
  }
  return new StorageError('failed', error);
}
