/**
 * What every benchmark returns, and the small printing helpers they share. A benchmark
 * prints its own detail while it runs and returns its checks (budgets and targets, each
 * passed or missed) and headline figures for the summary `run-all.ts` prints at the end.
 */
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The repository root (tests/bench/ is two levels down). */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The build measured: dist/ (what `npm run bench` builds), or BENCH_DIST, e.g. a copy
 * of a build kept still while other work rebuilds dist/.
 */
export const DIST = process.env.BENCH_DIST ? resolve(process.env.BENCH_DIST) : join(ROOT, 'dist');

/** A budget or target: missing one makes `npm run bench` exit non-zero. */
export interface Check {
  name: string;
  actual: string;
  target: string;
  ok: boolean;
}

/** A measured figure with no target, shown in the summary for context. */
export interface Figure {
  name: string;
  value: string;
}

export interface BenchResult {
  checks: Check[];
  figures: Figure[];
}

export interface Benchmark {
  name: string;
  run: () => Promise<BenchResult>;
}

/** Sizes are in kilobytes of 1,000 bytes (not KiB), as the budget in DESIGN.md §7. */
export function kb(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} KB`;
}

export function ms(value: number): string {
  return `${Math.round(value).toLocaleString('en-GB')} ms`;
}

export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The p-th percentile (0-100) by nearest rank: the smallest value with p % of values at or below it. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] as number;
}

/** A plain text table; columns whose header starts with a space are right-aligned. */
export function table(header: string[], rows: string[][]): string {
  const right = header.map((h) => h.startsWith(' '));
  const cells = [header.map((h) => h.trim()), ...rows];
  const widths = header.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length)));
  const line = (row: string[]) =>
    row
      .map((cell, i) => (right[i] ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(cells[0] ?? []), rule, ...cells.slice(1).map(line)].join('\n');
}

export function heading(text: string): void {
  console.log(`\n=== ${text} ${'='.repeat(Math.max(0, 76 - text.length))}`);
}

export function printChecks(checks: Check[]): void {
  if (checks.length === 0) return;
  console.log(
    table(
      ['check', ' measured', ' target', 'result'],
      checks.map((c) => [c.name, c.actual, c.target, c.ok ? 'ok' : 'MISSED']),
    ),
  );
}

/** True when the module at `importMetaUrl` is the script node/tsx was asked to run. */
export function isMain(importMetaUrl: string): boolean {
  const script = process.argv[1];
  return script !== undefined && pathToFileURL(resolve(script)).href === importMetaUrl;
}

/** Runs one benchmark on its own (`tsx tests/bench/<name>.ts`), exiting 1 on a miss. */
export async function runStandalone(bench: Benchmark): Promise<void> {
  try {
    const result = await bench.run();
    heading(`${bench.name}: checks`);
    printChecks(result.checks);
    if (result.checks.some((c) => !c.ok)) process.exitCode = 1;
  } catch (error) {
    console.error(error);
    process.exitCode = 1;
  }
}
