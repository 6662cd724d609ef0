/**
 * Sync figure 2: the initial pull of a whole caseload by a fresh device. Timed from an
 * empty local store to fully pulled (the engine follows `more` round after round):
 *
 * - device: a real client (new fake-indexeddb database, SyncEngine over HTTP), so the
 *   time includes validating and storing every record in IndexedDB;
 * - HTTP only: a store-less client pulling the same (request, server, JSON parse).
 *
 * Both must receive every record of the caseload (and nothing twice).
 */
import { median } from './report.ts';
import type { Person } from './sync-accounts.ts';
import { engineDevice } from './sync-device.ts';
import { WireDevice } from './sync-wire.ts';

export interface PullResult {
  /** Device: empty to fully pulled and stored (ms). */
  deviceMs: number;
  /** Of which POST /api/sync round trips (ms). */
  deviceHttpMs: number;
  rounds: number;
  /** HTTP-only pulls, median of `httpRuns` (ms). */
  httpMs: number;
  records: number;
}

function checkCount(what: string, got: number, expected: number): void {
  if (got !== expected) throw new Error(`${what} pulled ${got} records, expected ${expected}`);
}

export async function measureInitialPull(
  url: string,
  person: Person,
  expectedRecords: number,
  httpRuns: number,
): Promise<PullResult> {
  const http: number[] = [];
  for (let i = 0; i < httpRuns; i++) {
    const device = new WireDevice(url, person);
    const t0 = performance.now();
    const records = await device.pullAll();
    http.push(performance.now() - t0);
    checkCount('an HTTP-only device', new Set(records.map((r) => r.id)).size, expectedRecords);
    checkCount('an HTTP-only device (with repeats)', records.length, expectedRecords);
  }

  let deviceHttpMs = 0;
  const device = await engineDevice(url, person, (ms) => (deviceHttpMs += ms));
  const t0 = performance.now();
  const result = await device.engine.syncOnce();
  const deviceMs = performance.now() - t0;
  checkCount('a fresh device', result.stored, expectedRecords);
  return {
    deviceMs,
    deviceHttpMs,
    rounds: result.rounds,
    httpMs: median(http),
    records: expectedRecords,
  };
}
