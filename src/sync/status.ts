/**
 * What the person sees about sync (DESIGN.md §5): "saved on this device", "syncing",
 * "synced at HH:MM", "N changes waiting", "a problem, with what to do". A tiny external
 * store with subscribe/getSnapshot for React's useSyncExternalStore: snapshots are
 * immutable and replaced only when something changed, so React re-renders only then.
 */
export type SyncState = 'idle' | 'syncing' | 'offline' | 'problem' | 'signedOut';

export interface SyncStatus {
  state: SyncState;
  /** When the last successful sync finished (ISO), on this device or another tab. */
  lastSyncedAt?: string;
  /** Changes saved on this device and not yet accepted by the server. */
  waiting: number;
  /** Changes the server refused, kept for the person to retry or discard. */
  rejected: number;
  /** Why the last attempt failed: a message key (locales/<lang>/sync.json). */
  problem?: { key: string };
  /** The device clock is far from the server's (DESIGN.md §9 "Wrong clocks"). */
  clockWrong?: boolean;
}

type Listener = () => void;

export class SyncStatusStore {
  private snapshot: SyncStatus = { state: 'idle', waiting: 0, rejected: 0 };
  private readonly listeners = new Set<Listener>();

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): SyncStatus => this.snapshot;

  update(change: Partial<SyncStatus>): void {
    const next: SyncStatus = { ...this.snapshot, ...change };
    // `problem: undefined` in a change clears it; keep the snapshot free of such keys.
    for (const key of Object.keys(next) as (keyof SyncStatus)[]) {
      if (next[key] === undefined) delete next[key];
    }
    if (sameStatus(next, this.snapshot)) return;
    this.snapshot = next;
    for (const l of [...this.listeners]) l();
  }
}

function sameStatus(a: SyncStatus, b: SyncStatus): boolean {
  return (
    a.state === b.state &&
    a.lastSyncedAt === b.lastSyncedAt &&
    a.waiting === b.waiting &&
    a.rejected === b.rejected &&
    a.problem?.key === b.problem?.key &&
    a.clockWrong === b.clockWrong
  );
}

/** The one line the status bar shows, as a message key and its values. */
export type StatusLine =
  | { key: 'signedOut' }
  | { key: 'problem'; problem: string }
  | { key: 'syncing' }
  | { key: 'offline'; waiting: number }
  | { key: 'waiting'; waiting: number }
  | { key: 'syncedAt'; at: string }
  | { key: 'savedOnDevice' };

/**
 * Most urgent first: being signed out or refused stops sync, so it outranks the rest;
 * a person with changes waiting wants the count more than the time of the last sync.
 */
export function statusLine(s: SyncStatus): StatusLine {
  if (s.state === 'signedOut') return { key: 'signedOut' };
  if (s.state === 'problem') return { key: 'problem', problem: s.problem?.key ?? 'unexpected' };
  if (s.state === 'syncing') return { key: 'syncing' };
  if (s.state === 'offline') return { key: 'offline', waiting: s.waiting };
  if (s.waiting > 0) return { key: 'waiting', waiting: s.waiting };
  if (s.lastSyncedAt) return { key: 'syncedAt', at: s.lastSyncedAt };
  return { key: 'savedOnDevice' };
}
