// Pure parts: the backoff schedule and the status line the person reads.
import { describe, expect, it } from 'vitest';
import {
  backoffCeiling,
  backoffDelay,
  statusLine,
  SyncStatusStore,
  type SyncStatus,
} from '../../src/sync';

describe('backoff', () => {
  it('doubles from 1 s to a 5 minute ceiling', () => {
    expect([1, 2, 3, 4, 9, 10, 50, 5000].map((n) => backoffCeiling(n))).toEqual([
      1_000, 2_000, 4_000, 8_000, 256_000, 300_000, 300_000, 300_000,
    ]);
    expect(backoffCeiling(0)).toBe(0);
  });

  it('waits a random time up to the ceiling (full jitter)', () => {
    expect(backoffDelay(3, () => 0)).toBe(0);
    expect(backoffDelay(3, () => 0.5)).toBe(2_000);
    expect(backoffDelay(3, () => 0.999_999)).toBe(3_999);
  });
});

describe('SyncStatusStore', () => {
  it('notifies only on a real change, with a new snapshot each time', () => {
    const store = new SyncStatusStore();
    const seen: SyncStatus[] = [];
    const unsubscribe = store.subscribe(() => seen.push(store.getSnapshot()));
    const first = store.getSnapshot();
    store.update({ waiting: 0 });
    expect(seen).toHaveLength(0);
    expect(store.getSnapshot()).toBe(first);
    store.update({ state: 'problem', problem: { key: 'serverError' } });
    store.update({ state: 'idle', problem: undefined });
    expect(seen.map((s) => s.state)).toEqual(['problem', 'idle']);
    expect(store.getSnapshot()).not.toHaveProperty('problem');
    unsubscribe();
    store.update({ waiting: 3 });
    expect(seen).toHaveLength(2);
  });
});

describe('statusLine', () => {
  const base: SyncStatus = { state: 'idle', waiting: 0, rejected: 0 };
  it('says what the person needs most first', () => {
    expect(statusLine(base)).toEqual({ key: 'savedOnDevice' });
    expect(statusLine({ ...base, lastSyncedAt: '2026-01-01T10:00:00.000Z' })).toEqual({
      key: 'syncedAt',
      at: '2026-01-01T10:00:00.000Z',
    });
    expect(statusLine({ ...base, waiting: 2, lastSyncedAt: 'x' })).toEqual({
      key: 'waiting',
      waiting: 2,
    });
    expect(statusLine({ ...base, state: 'syncing', waiting: 2 })).toEqual({ key: 'syncing' });
    expect(statusLine({ ...base, state: 'offline', waiting: 2 })).toEqual({
      key: 'offline',
      waiting: 2,
    });
    expect(statusLine({ ...base, state: 'problem', problem: { key: 'serverError' } })).toEqual({
      key: 'problem',
      problem: 'serverError',
    });
    expect(statusLine({ ...base, state: 'signedOut', waiting: 5 })).toEqual({ key: 'signedOut' });
  });
});
