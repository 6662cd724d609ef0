/**
 * Sync figure 1: one sync carrying 50 changes. A real client device (fake-indexeddb,
 * repository, SyncEngine over HTTP) holds a case with 50 goals; each run edits all 50
 * goals through the repository (not timed), then times one syncOnce(): push, server
 * apply, pull of the changes, and storing the answer in IndexedDB. The HTTP round trip
 * alone is timed as well. Warm-up runs are left out of the figures.
 */
import { goalData, validCase } from '../sync/helpers/device.ts';
import type { Person } from './sync-accounts.ts';
import { engineDevice } from './sync-device.ts';

export const CHANGES_PER_SYNC = 50;

export interface SmallSyncResult {
  /** syncOnce() from start to stored, per run (ms). */
  total: number[];
  /** The POST /api/sync round trip alone, per run (ms). */
  http: number[];
}

export async function measureSmallSyncs(
  url: string,
  person: Person,
  runs: number,
  warmUp: number,
): Promise<SmallSyncResult> {
  const roundTrips: number[] = [];
  const device = await engineDevice(url, person, (ms) => roundTrips.push(ms));
  const kase = await device.records.createCase({ ...validCase });
  const goals: string[] = [];
  for (let i = 0; i < CHANGES_PER_SYNC; i++)
    goals.push((await device.records.create('goal', kase.id, goalData(`Goal ${i}`, i))).id);
  await device.engine.syncOnce();

  const result: SmallSyncResult = { total: [], http: [] };
  for (let run = 0; run < warmUp + runs; run++) {
    for (const [i, id] of goals.entries())
      await device.records.update('goal', id, { text: `Goal ${i}, edit ${run}` });
    roundTrips.length = 0;
    const t0 = performance.now();
    const sync = await device.engine.syncOnce();
    const total = performance.now() - t0;
    if (sync.accepted !== CHANGES_PER_SYNC || sync.rejected !== 0 || sync.rounds !== 1)
      throw new Error(`a 50-change sync did not go through whole: ${JSON.stringify(sync)}`);
    if (run < warmUp) continue;
    result.total.push(total);
    result.http.push(roundTrips.reduce((a, b) => a + b, 0));
  }
  return result;
}
