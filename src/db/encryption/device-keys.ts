/**
 * The keys this page holds in memory for one database (issue #10). The data key opens
 * everything encrypted at rest; without it the database is *locked* and any read or
 * write of case data throws DeviceLockedError, so a screen can never show (or a sync
 * write) half-decrypted records.
 *
 * Why raw bytes and not a WebCrypto CryptoKey: rows are sealed synchronously inside the
 * database middleware (encryption-middleware.ts), because an IndexedDB transaction
 * commits at the first await on anything that is not IndexedDB (DESIGN.md §9), and
 * WebCrypto is asynchronous. The bytes live only in this object; they are dropped on lock.
 */

/** A read or write of encrypted data while the device is locked. */
export class DeviceLockedError extends Error {
  constructor() {
    super('OurPlan is locked on this device: unlock it to read or change case data.');
    this.name = 'DeviceLockedError';
  }
}

export const DATA_KEY_BYTES = 32;

type Listener = () => void;

export class DeviceKeys {
  #dataKey: Uint8Array | undefined;
  /** Rows opened with this key (sealed-row.ts); emptied with the key. */
  readonly opened: Map<string, string> = new Map();
  readonly #listeners = new Set<Listener>();

  /** Hold the data key (after unlocking, or a new one at first sign-in). */
  useDataKey(raw: Uint8Array): void {
    if (raw.length !== DATA_KEY_BYTES) throw new Error('A data key is 32 bytes.');
    this.opened.clear();
    this.#dataKey = Uint8Array.from(raw);
    this.#notify();
  }

  /** Drop the key: from now on case data can be neither read nor written. */
  forget(): void {
    this.opened.clear();
    if (!this.#dataKey) return;
    this.#dataKey.fill(0);
    this.#dataKey = undefined;
    this.#notify();
  }

  get unlocked(): boolean {
    return this.#dataKey !== undefined;
  }

  /** The data key, or DeviceLockedError. For the middleware and for re-wrapping only. */
  dataKey(): Uint8Array {
    if (!this.#dataKey) throw new DeviceLockedError();
    return this.#dataKey;
  }

  /** Told whenever the device locks or unlocks. Returns the way to stop listening. */
  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #notify(): void {
    for (const listener of this.#listeners) listener();
  }
}
