/**
 * Sync figures (issue 3, DESIGN.md §5 and §7 "Fast"), against the real server over HTTP
 * on loopback, on PGlite and, when TEST_DATABASE_URL is set, on PostgreSQL (a fresh
 * schema): a sync carrying 50 changes (target: median < 150 ms), the initial pull of a
 * 300-case caseload of about 30,000 records by a fresh device (target: < 5 s), and 100
 * devices syncing at once (throughput and latency; every mutation applied exactly once).
 * See sync-run.ts for the steps.
 *
 * Environment: BENCH_SYNC_CASES (300), BENCH_SYNC_RUNS (30), BENCH_SYNC_DEVICES (100),
 * BENCH_SYNC_ROUNDS (3 syncs per concurrent device), BENCH_SYNC_BACKENDS (e.g. "pglite").
 *
 * Run alone: npx tsx tests/bench/sync.ts
 */
import type { Backend } from '../../src/server/store/store.ts';
import { isMain, runStandalone, type BenchResult, type Benchmark } from './report.ts';
import { runSyncBench, type SyncBenchOptions } from './sync-run.ts';

function whole(name: string, fallback: number, min: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min)
    throw new Error(`${name} must be a whole number ≥ ${min} (got "${raw}")`);
  return value;
}

function backends(): Backend[] {
  const all: Backend[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
  const only = process.env.BENCH_SYNC_BACKENDS?.split(',').map((b) => b.trim());
  return only ? all.filter((b) => only.includes(b)) : all;
}

export const syncBench: Benchmark = {
  name: 'sync',
  async run(): Promise<BenchResult> {
    const options: SyncBenchOptions = {
      cases: whole('BENCH_SYNC_CASES', 300, 1),
      runs: whole('BENCH_SYNC_RUNS', 30, 1),
      warmUp: 5,
      devices: whole('BENCH_SYNC_DEVICES', 100, 1),
      rounds: whole('BENCH_SYNC_ROUNDS', 3, 1),
      httpPulls: 3,
    };
    const result: BenchResult = { checks: [], figures: [] };
    for (const backend of backends()) {
      const one = await runSyncBench(backend, options);
      result.checks.push(...one.checks);
      result.figures.push(...one.figures);
    }
    return result;
  },
};

if (isMain(import.meta.url)) await runStandalone(syncBench);
