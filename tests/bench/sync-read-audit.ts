/**
 * The read audit under concurrent pulls of one case: 100 devices pull the same case at
 * once while 10 devices push into it (the service in process on a real store, no HTTP, so
 * only the server's work is timed). Each pull that returns records appends a read entry
 * to the case's audit chain; the chain must hold exactly one per pull and verify.
 *
 * Figures: wall time of a round (median), and on PGlite the fsyncs a round costs (each
 * commit is one or more), which does not depend on how busy the machine is.
 *
 * Environment: BENCH_READ_PULLERS (100), BENCH_READ_ROUNDS (5), BENCH_READ_BACKEND
 * (pglite or postgres; postgres needs TEST_DATABASE_URL).
 *
 * Run alone: npx tsx tests/bench/sync-read-audit.ts
 */
import { verifyChain } from '../../src/server/audit/chain.ts';
import { readChain } from '../../src/server/audit/store.ts';
import type { Backend, Store } from '../../src/server/store/store.ts';
import {
  Device,
  goalData,
  makeActor,
  noteData,
  openSyncFixture,
  seedCase,
} from '../server/helpers/sync-fixtures.ts';
import {
  heading,
  isMain,
  median,
  ms,
  runStandalone,
  type BenchResult,
  type Benchmark,
} from './report.ts';

const PULLERS = Number(process.env.BENCH_READ_PULLERS ?? 100);
const ROUNDS = Number(process.env.BENCH_READ_ROUNDS ?? 5);
const WRITERS = 10;
const BACKEND = (process.env.BENCH_READ_BACKEND ?? 'pglite') as Backend;

function fsyncs(store: Store): number | null {
  const counter = (store as Partial<{ fsyncCount(): number }>).fsyncCount;
  return typeof counter === 'function' ? counter.call(store) : null;
}

export const syncReadAuditBench: Benchmark = {
  name: 'sync-read-audit',
  async run(): Promise<BenchResult> {
    heading(`sync-read-audit on ${BACKEND}: ${PULLERS} pulls and ${WRITERS} pushes of one case`);
    const fx = await openSyncFixture(BACKEND);
    try {
      const actor = makeActor('practitioner');
      const lead = new Device(fx.service, actor);
      const { caseId } = await seedCase(lead);
      await lead.sync([lead.create('goal', caseId, goalData())]);
      const times: number[] = [];
      const commits: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const before = (await readChain(fx.store, caseId)).length;
        const pullers = Array.from({ length: PULLERS }, () => new Device(fx.service, actor));
        const writers = Array.from({ length: WRITERS }, () => new Device(fx.service, actor));
        const f0 = fsyncs(fx.store);
        const t0 = performance.now();
        await Promise.all([
          ...pullers.map((d) => d.pullAll()),
          ...writers.map((d) => d.sync([d.create('note', caseId, noteData('care-team'))])),
        ]);
        times.push(performance.now() - t0);
        const f1 = fsyncs(fx.store);
        if (f0 !== null && f1 !== null) commits.push(f1 - f0);
        const chain = await readChain(fx.store, caseId);
        const reads = chain.slice(before).filter((e) => e.action === 'read');
        // Writers pull too (their push's answer carries the case): one read each as well.
        if (reads.length !== PULLERS + WRITERS || !verifyChain(chain).ok)
          throw new Error(`round ${round}: ${reads.length} reads, chain ${verifyChain(chain).ok}`);
      }
      const line =
        `round median ${ms(median(times))} (${times.map(ms).join(', ')})` +
        (commits.length ? `; fsyncs per round median ${median(commits)}` : '');
      console.log(line);
      return {
        checks: [],
        figures: [
          { name: `${BACKEND}: ${PULLERS} pulls + ${WRITERS} pushes of one case`, value: line },
        ],
      };
    } finally {
      await fx.close();
    }
  },
};

if (isMain(import.meta.url)) await runStandalone(syncReadAuditBench);
