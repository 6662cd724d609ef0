/**
 * The sync benchmark on one backend: start the real server, make the accounts through
 * the API, seed the caseload, then measure (1) the initial pull by a fresh device,
 * (2) 50-change syncs, (3) concurrent devices; stop the server and check its store.
 * Prints its own tables and returns the checks and figures, names prefixed by backend.
 */
import type { Backend } from '../../src/server/store/store.ts';
import { heading, median, ms, percentile, table, type BenchResult, type Check } from './report.ts';
import { addPractitioner, setUpAdmin, type Person } from './sync-accounts.ts';
import { measureConcurrentSyncs } from './sync-concurrent.ts';
import { CASELOAD_CASE } from './sync-data.ts';
import { deleteEngineDevices } from './sync-device.ts';
import { measureInitialPull } from './sync-pull.ts';
import { seedCaseload } from './sync-seed.ts';
import { startSyncBenchServer } from './sync-server.ts';
import { CHANGES_PER_SYNC, measureSmallSyncs } from './sync-small.ts';
import { checkStore } from './sync-verify.ts';

export interface SyncBenchOptions {
  cases: number;
  runs: number;
  warmUp: number;
  devices: number;
  rounds: number;
  httpPulls: number;
}

export const SMALL_SYNC_TARGET_MS = 150;
export const INITIAL_PULL_TARGET_MS = 5_000;

const n = (value: number) => Math.round(value).toLocaleString('en-GB');
const s = (seconds: number) => `${seconds.toFixed(1)} s`;

export async function runSyncBench(backend: Backend, o: SyncBenchOptions): Promise<BenchResult> {
  heading(`sync on ${backend}`);
  const server = await startSyncBenchServer(backend);
  try {
    const admin = await setUpAdmin(server.url, server.setupToken);
    const people: Person[] = [];
    for (const name of ['small', 'caseload', 'a', 'b', 'c', 'd'])
      people.push(await addPractitioner(admin, `${name}@bench.example.org`));
    const [small, caseload, ...team] = people as [Person, Person, ...Person[]];

    const seeded = await seedCaseload(server.url, caseload, o.cases, CASELOAD_CASE);
    console.log(
      `Seeded ${n(seeded.records)} records in ${n(seeded.cases)} cases: ${seeded.pushes} pushes, ` +
        `${s(seeded.seconds)} (${n(seeded.records / seeded.seconds)} records/s)`,
    );
    const pull = await measureInitialPull(server.url, caseload, seeded.records, o.httpPulls);
    const syncs = await measureSmallSyncs(server.url, small, o.runs, o.warmUp);
    await deleteEngineDevices();
    const load = await measureConcurrentSyncs(server.url, team, o.devices, o.rounds);
    await server.stop();
    const store = await server.inspect((st) => checkStore(st, load.sentIds));

    const p = `${backend}: `;
    const checks: Check[] = [
      {
        name: `${p}${CHANGES_PER_SYNC}-change sync, median`,
        actual: ms(median(syncs.total)),
        target: `< ${ms(SMALL_SYNC_TARGET_MS)}`,
        ok: median(syncs.total) < SMALL_SYNC_TARGET_MS,
      },
      {
        name: `${p}initial pull, ${n(o.cases)} cases`,
        actual: ms(pull.deviceMs),
        target: `< ${ms(INITIAL_PULL_TARGET_MS)}`,
        ok: pull.deviceMs < INITIAL_PULL_TARGET_MS,
      },
      {
        name: `${p}${o.devices} devices: each mutation once`,
        actual: store.problems.length === 0 ? 'yes' : store.problems[0]!,
        target: 'yes',
        ok: store.problems.length === 0,
      },
    ];
    const figures = [
      { name: `${p}seeding`, value: `${n(seeded.records)} records, ${s(seeded.seconds)}` },
      { name: `${p}50-change sync, p95`, value: ms(percentile(syncs.total, 95)) },
      { name: `${p}50-change sync, HTTP median`, value: ms(median(syncs.http)) },
      { name: `${p}initial pull, HTTP only`, value: ms(pull.httpMs) },
      { name: `${p}initial pull, records/s`, value: n(pull.records / (pull.deviceMs / 1000)) },
      { name: `${p}${o.devices} devices, mutations/s`, value: n(load.mutations / load.seconds) },
      { name: `${p}${o.devices} devices, requests/s`, value: n(load.requests / load.seconds) },
      {
        name: `${p}${o.devices} devices, connection errors (retried)`,
        value: String(load.connectionErrors.length),
      },
      {
        name: `${p}${o.devices} devices, latency median / p95`,
        value: `${ms(load.medianMs)} / ${ms(load.p95Ms)}`,
      },
    ];

    console.log(
      table(
        ['figure', ' median', ' p95', ' n', 'notes'],
        [
          [
            `${CHANGES_PER_SYNC}-change sync (device)`,
            ms(median(syncs.total)),
            ms(percentile(syncs.total, 95)),
            String(syncs.total.length),
            `target median < ${ms(SMALL_SYNC_TARGET_MS)}; ${o.warmUp} warm-up runs left out`,
          ],
          [
            `${CHANGES_PER_SYNC}-change sync (HTTP)`,
            ms(median(syncs.http)),
            ms(percentile(syncs.http, 95)),
            String(syncs.http.length),
            'POST /api/sync round trip only',
          ],
          [
            'initial pull (device)',
            ms(pull.deviceMs),
            '',
            '1',
            `${n(pull.records)} records, ${pull.rounds} rounds (${ms(pull.deviceHttpMs)} HTTP), ` +
              `${n(pull.records / (pull.deviceMs / 1000))} records/s; target < ${ms(INITIAL_PULL_TARGET_MS)}`,
          ],
          [
            'initial pull (HTTP only)',
            ms(pull.httpMs),
            '',
            String(o.httpPulls),
            `${n(pull.records / (pull.httpMs / 1000))} records/s`,
          ],
          [
            `${o.devices} devices × ${o.rounds} syncs`,
            ms(load.medianMs),
            ms(load.p95Ms),
            String(load.requests),
            `${n(load.mutations)} mutations in ${s(load.seconds)}: ${n(load.mutations / load.seconds)}/s, ` +
              `${n(load.requests / load.seconds)} requests/s; ` +
              `${load.connectionErrors.length} connection errors, retried` +
              (load.connectionErrors[0] ? ` (${load.connectionErrors[0]})` : ''),
          ],
          [
            'store check',
            '',
            '',
            String(store.partitions),
            store.problems.length === 0
              ? `${n(store.applied)} applied mutations, versions 1..n in every partition`
              : store.problems.slice(0, 3).join('; '),
          ],
        ],
      ),
    );
    return { checks, figures };
  } catch (error) {
    console.error(`The ${backend} server said:\n${server.output().slice(-3000)}`);
    throw error;
  } finally {
    await deleteEngineDevices();
    await server.stop();
    await server.cleanUp();
  }
}
