/**
 * `npm run bench`: runs every benchmark in turn, prints a summary of the figures and of
 * every budget and target, and exits non-zero naming each one missed (or each benchmark
 * that could not run). Add a benchmark by appending it to BENCHMARKS; BENCH_ONLY (a comma
 * separated list of names, e.g. BENCH_ONLY=bundle-size) runs a subset.
 */
import { bundleSize } from './bundle-size.ts';
import { caseOverviewBench } from './case-overview.ts';
import { encryptionBench } from './encryption.ts';
import { optionGridBench } from './option-grid.ts';
import { goalChartBench } from './goal-chart.ts';
import { caseloadBench } from './caseload.ts';
import { lighthouseBench } from './lighthouse.ts';
import { heading, table, type Benchmark, type BenchResult, type Check } from './report.ts';
import { safetyPlanOfflineBench } from './safety-plan-offline.ts';
import { serviceViewBench } from './service-view.ts';
import { syncApplyBench } from './sync-apply.ts';
import { syncBench } from './sync.ts';

const BENCHMARKS: Benchmark[] = [
  bundleSize,
  lighthouseBench,
  caseloadBench,
  caseOverviewBench,
  optionGridBench,
  goalChartBench,
  serviceViewBench,
  safetyPlanOfflineBench,
  syncBench,
  syncApplyBench,
  encryptionBench,
];

function selected(): Benchmark[] {
  const only = process.env.BENCH_ONLY?.split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  if (!only || only.length === 0) return BENCHMARKS;
  const unknown = only.filter((name) => !BENCHMARKS.some((b) => b.name === name));
  if (unknown.length > 0) {
    throw new Error(
      `BENCH_ONLY names unknown benchmarks: ${unknown.join(', ')}. ` +
        `Known: ${BENCHMARKS.map((b) => b.name).join(', ')}.`,
    );
  }
  return BENCHMARKS.filter((b) => only.includes(b.name));
}

const started = Date.now();
const outcomes: Array<{
  bench: Benchmark;
  result?: BenchResult;
  error?: unknown;
  seconds: number;
}> = [];
for (const bench of selected()) {
  const t0 = Date.now();
  try {
    outcomes.push({ bench, result: await bench.run(), seconds: (Date.now() - t0) / 1000 });
  } catch (error) {
    console.error(`\n${bench.name} could not run:`, error);
    outcomes.push({ bench, error, seconds: (Date.now() - t0) / 1000 });
  }
}

heading('Summary');
const figureRows = outcomes.flatMap(({ bench, result }) =>
  (result?.figures ?? []).map((f) => [bench.name, f.name, f.value]),
);
if (figureRows.length > 0) console.log(table(['benchmark', 'figure', ' value'], figureRows));

const checks: Array<Check & { bench: string }> = outcomes.flatMap(({ bench, result, error }) =>
  error !== undefined
    ? [
        {
          bench: bench.name,
          name: 'ran to completion',
          actual: error instanceof Error ? error.message.split('\n')[0]! : String(error),
          target: 'yes',
          ok: false,
        },
      ]
    : (result?.checks ?? []).map((c) => ({ ...c, bench: bench.name })),
);
console.log(
  '\n' +
    table(
      ['benchmark', 'budget / target', ' measured', ' target', 'result', ' time'],
      checks.map((c) => [
        c.bench,
        c.name,
        c.actual.length > 40 ? `${c.actual.slice(0, 37)}...` : c.actual,
        c.target,
        c.ok ? 'ok' : 'MISSED',
        `${outcomes.find((o) => o.bench.name === c.bench)?.seconds.toFixed(0) ?? '?'} s`,
      ]),
    ),
);

const missed = checks.filter((c) => !c.ok);
const total = ((Date.now() - started) / 1000).toFixed(0);
if (missed.length === 0) {
  console.log(`\nAll ${checks.length} budgets and targets met (${total} s).`);
} else {
  console.log(`\n${missed.length} of ${checks.length} budgets/targets MISSED (${total} s):`);
  for (const c of missed)
    console.log(`  - ${c.bench}: ${c.name}: ${c.actual} (target ${c.target})`);
  process.exitCode = 1;
}
