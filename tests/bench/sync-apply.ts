/**
 * The client's share of an initial pull, without the server or the network: storing a
 * 300-case caseload (30,000 records, in answers of MAX_CHANGES_PER_PULL records, as the
 * server pages them) into a fresh local store (Dexie on fake-indexeddb) through the
 * engine's applyResponse. The full sync benchmark (sync-pull.ts) times the same work
 * together with HTTP; this isolates it, so changes to the client's storing can be
 * compared on a busy machine, where server timings wander.
 *
 * Environment: BENCH_APPLY_CASES (300), BENCH_APPLY_RUNS (3; the median is reported).
 *
 * Run alone: npx tsx tests/bench/sync-apply.ts
 */
import 'fake-indexeddb/auto';
import { formatHlc, MAX_CHANGES_PER_PULL, uuidv7, type AnyRecord } from '../../src/domain/index.ts';
import { applyResponse } from '../../src/sync/apply-response.ts';
import { deleteDevices, freshDevice } from '../sync/helpers/device.ts';
import {
  heading,
  isMain,
  median,
  ms,
  runStandalone,
  type BenchResult,
  type Benchmark,
} from './report.ts';

const CASES = Number(process.env.BENCH_APPLY_CASES ?? 300);
const RUNS = Number(process.env.BENCH_APPLY_RUNS ?? 3);
const USER = 'bench-user';

/** What the server sends for a record: the stored record, with clocks per field. */
function record(kind: string, caseId: string, fields: Record<string, unknown>): AnyRecord {
  const at = new Date(Date.UTC(2026, 0, 1)).toISOString();
  const hlc = formatHlc({ wall: Date.parse(at), counter: 0, node: 'dev' });
  const clock = Object.fromEntries(Object.keys(fields).map((f) => [f, hlc]));
  return {
    id: kind === 'case' ? caseId : uuidv7(),
    kind,
    caseId,
    createdAt: at,
    createdBy: USER,
    updatedAt: at,
    updatedBy: USER,
    clock,
    writers: {},
    conflicts: [],
    superseded: {},
    deleted: false,
    ...fields,
  } as AnyRecord;
}

/** About 100 records a case, of the kinds and sizes the sync benchmark's caseload has. */
function caseload(cases: number): AnyRecord[] {
  const all: AnyRecord[] = [];
  for (let c = 0; c < cases; c++) {
    const caseId = uuidv7();
    all.push(record('case', caseId, { preferredName: `Young person ${c}`, status: 'open' }));
    all.push(record('case-membership', caseId, { userId: USER, role: 'lead-practitioner' }));
    const plan = record('safety-plan', caseId, { status: 'draft' });
    all.push(plan);
    for (let i = 0; i < 14; i++)
      all.push(
        record('safety-plan-item', caseId, {
          planId: plan.id,
          section: 'warning-signs',
          text: `Item ${i}: call my aunt, or go for a walk with the dog`,
          order: i,
        }),
      );
    for (let g = 0; g < 10; g++) {
      const goal = record('goal', caseId, {
        text: `Goal ${g}: go back to school two days a week`,
        order: g,
      });
      all.push(goal);
      for (let r = 0; r < 5; r++)
        all.push(
          record('goal-rating', caseId, {
            goalId: goal.id,
            rating: r,
            ratedOn: new Date(Date.UTC(2026, 0, 1 + r)).toISOString(),
            comment: `Rating ${r}: a little better this week`,
          }),
        );
    }
    for (let n = 0; n < 20; n++)
      all.push(
        record('note', caseId, {
          body: `Note ${n}. We talked about what helps at school and what makes mornings hard.`,
        }),
      );
    for (let s = 0; s < 3; s++)
      all.push(record('session', caseId, { date: `2026-01-0${s + 1}`, summary: `Session ${s}` }));
  }
  return all;
}

async function storeOnce(records: readonly AnyRecord[]): Promise<number> {
  const device = await freshDevice(USER);
  const t0 = performance.now();
  for (let i = 0; i < records.length; i += MAX_CHANGES_PER_PULL) {
    const changes = records.slice(i, i + MAX_CHANGES_PER_PULL);
    await applyResponse(
      device.db,
      device.deviceId,
      {
        accepted: [],
        rejected: [],
        changes,
        removed: [],
        checkpoint: { org: 0 },
        more: i + MAX_CHANGES_PER_PULL < records.length,
        serverClock: formatHlc({ wall: Date.now(), counter: 0, node: 'server' }),
        serverTime: new Date().toISOString(),
      },
      Date.now,
    );
  }
  const elapsed = performance.now() - t0;
  const stored = await device.db.table('notes').count();
  if (stored !== CASES * 20) throw new Error(`stored ${stored} notes, expected ${CASES * 20}`);
  await deleteDevices();
  return elapsed;
}

export const syncApplyBench: Benchmark = {
  name: 'sync-apply',
  async run(): Promise<BenchResult> {
    heading('sync-apply: storing an initial pull on the device');
    const records = caseload(CASES);
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) times.push(await storeOnce(records));
    const value =
      `${ms(median(times))} (median of ${RUNS}; ${records.length.toLocaleString('en-GB')} ` +
      `records in ${CASES} cases)`;
    console.log(`applyResponse: ${value}; runs: ${times.map(ms).join(', ')}`);
    return { checks: [], figures: [{ name: 'initial pull, storing only', value }] };
  },
};

if (isMain(import.meta.url)) await runStandalone(syncApplyBench);
