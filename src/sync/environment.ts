/**
 * What the scheduler needs from the page, behind an interface so tests can drive time,
 * connectivity, visibility and locks by hand, and the engine can run in Node.
 */
export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface SyncEnvironment {
  timers: Timers;
  now(): number;
  /** [0, 1), for the backoff jitter. */
  random(): number;
  /** navigator.onLine: `false` is reliable ("surely offline"), `true` only means "maybe". */
  isOnline(): boolean;
  /** Subscriptions return their own unsubscribe. */
  onOnline(listener: () => void): () => void;
  onVisible(listener: () => void): () => void;
  /**
   * document.visibilityState !== 'hidden'. The periodic sync runs only while visible.
   * Optional: where it is missing (Node), the page counts as always visible.
   */
  isVisible?(): boolean;
  /**
   * Runs `task` while holding the named cross-tab lock (DESIGN.md §9 "Several tabs"), and
   * keeps holding it until `task` settles. Undefined where there are no Web Locks: then
   * every tab runs its own engine, which is safe (pushes are idempotent), only wasteful.
   */
  withLock?(name: string, signal: AbortSignal, task: () => Promise<void>): Promise<void>;
}

/** The real page: window events, document visibility, navigator.locks when present. */
export function browserEnvironment(): SyncEnvironment {
  const hasWindow = typeof window !== 'undefined';
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  return {
    timers: {
      setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
      clearTimeout: (handle) =>
        globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
    },
    now: () => Date.now(),
    random: () => Math.random(),
    isOnline: () => (typeof navigator !== 'undefined' ? navigator.onLine !== false : true),
    onOnline(listener) {
      if (!hasWindow) return () => undefined;
      window.addEventListener('online', listener);
      return () => window.removeEventListener('online', listener);
    },
    onVisible(listener) {
      if (typeof document === 'undefined') return () => undefined;
      const handler = () => {
        if (document.visibilityState === 'visible') listener();
      };
      document.addEventListener('visibilitychange', handler);
      return () => document.removeEventListener('visibilitychange', handler);
    },
    isVisible: () => typeof document === 'undefined' || document.visibilityState !== 'hidden',
    withLock: locks
      ? async (name, signal, task) => {
          await locks.request(name, { signal }, () => task());
        }
      : undefined,
  };
}
