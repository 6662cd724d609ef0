/**
 * The cost of encryption at rest (issue #10): a local write, and opening a case with 50
 * sessions, each timed with the app's own local store over Chromium's real IndexedDB and
 * WebCrypto, once on an encrypted database and once on the unencrypted baseline
 * (`new OurPlanDatabase(name, { encrypt: false })`). Targets: encrypted at most 2× the
 * unencrypted median, and under 20 ms per write.
 *
 * Why not the built app: the figure wanted is the cost of the middleware, not of a screen,
 * and only the baseline database needs a switch the app does not have. So esbuild bundles
 * encryption-entry.ts (which imports src/db) in memory, and a throwaway node:http server
 * on 127.0.0.1 serves it with a blank page (IndexedDB needs a real origin).
 *
 * Scenarios, each on a fresh pair of databases (one per variant) timed alternately, the
 * order swapping every round, so load elsewhere on the machine falls on both alike:
 * 1. Local write: WRITES new sessions through the repository (each with its outbox entry,
 *    in one transaction, as the app writes), then WRITES edits of their summaries; the
 *    median and p95 ms per write of each.
 * 2. Opening a case: the case of case-overview.ts (50 sessions, five grouping changes,
 *    three goals rated fortnightly, an agreed safety plan with 15 items, a Current View,
 *    RESPECT items) written through the repository, then READS timed calls of
 *    readCaseOverview, the read the case overview screen makes (useCaseOverview); median.
 * A short warm-up of both variants runs first and is discarded, so neither pays alone for
 * the page's first compilation. Self-checks: the encrypted database holds none of the
 * records' text in clear while the baseline does, and both variants read the same case.
 *
 * BENCH_ENCRYPTION_RUNS changes the counts: "WRITES,READS" (default 200,15), or one number
 * for both. BENCH_ENCRYPTION_SESSIONS changes the number of sessions (default 50).
 *
 * Run alone: npx tsx tests/bench/encryption.ts
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';
import type { ByVariant, OpenRun, WriteRun } from './encryption-entry.ts';
import {
  heading,
  isMain,
  median,
  percentile,
  runStandalone,
  table,
  type BenchResult,
  type Benchmark,
  type Check,
  type Figure,
} from './report.ts';

const SESSIONS = Number(process.env.BENCH_ENCRYPTION_SESSIONS ?? 50);
const MAX_RATIO = 2;
const MAX_WRITE_MS = 20;
const WARM_UP = { writes: 20, reads: 3, sessions: 4 };

function counts(value: string | undefined): [number, number] {
  if (!value) return [200, 15];
  const parts = value.split(',').map((part) => Number(part.trim()));
  const [writes, reads = writes] = parts;
  const valid = (n: number | undefined): n is number => Number.isInteger(n) && (n ?? 0) > 0;
  if (parts.length > 2 || !valid(writes) || !valid(reads)) {
    throw new Error(`BENCH_ENCRYPTION_RUNS must be "WRITES,READS" or one number, not "${value}"`);
  }
  return [writes, reads];
}

/** Milliseconds to two decimals: a write takes a few, so whole milliseconds would hide the cost. */
function fmt(value: number): string {
  return `${value.toFixed(2)} ms`;
}

/** The encryption-entry bundle, built in memory: the app's src/db as the browser runs it. */
async function bundle(): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./encryption-entry.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error('esbuild produced no bundle for encryption-entry.ts');
  return output.text;
}

const PAGE =
  '<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Encryption bench</title><script src="/bench.js"></script></head><body></body></html>';

/** A loopback origin serving the blank page and the bundle, and nothing else. */
async function serve(script: string): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    if (path === '/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    } else if (path === '/bench.js') {
      response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(script);
    } else {
      // The browser asks for /favicon.ico; nothing else is served.
      response.writeHead(path === '/favicon.ico' ? 204 : 404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, server };
}

function runWrites(page: Page, writes: number): Promise<ByVariant<WriteRun>> {
  return page.evaluate(
    (options) => {
      const api = window.encryptionBench;
      if (!api) throw new Error('The encryption bench bundle did not load');
      return api.writes(options);
    },
    { writes },
  );
}

function runOpenCase(page: Page, sessions: number, reads: number): Promise<ByVariant<OpenRun>> {
  return page.evaluate(
    (options) => {
      const api = window.encryptionBench;
      if (!api) throw new Error('The encryption bench bundle did not load');
      return api.openCase(options);
    },
    { sessions, reads },
  );
}

interface Row {
  scenario: string;
  plain: number[];
  encrypted: number[];
  /** An upper bound on the encrypted median, besides the ratio (writes only). */
  maxMs?: number;
}

function rowChecks(row: Row): Check[] {
  const plain = median(row.plain);
  const encrypted = median(row.encrypted);
  const ratio = encrypted / plain;
  const checks: Check[] = [
    {
      name: `${row.scenario}: encrypted vs not (median)`,
      actual: `${ratio.toFixed(2)}×`,
      target: `≤ ${MAX_RATIO}×`,
      ok: ratio <= MAX_RATIO,
    },
  ];
  if (row.maxMs !== undefined) {
    checks.push({
      name: `${row.scenario}: encrypted median`,
      actual: fmt(encrypted),
      target: `< ${row.maxMs} ms`,
      ok: encrypted < row.maxMs,
    });
  }
  return checks;
}

function printRows(rows: Row[]): void {
  console.log(
    table(
      [
        'scenario',
        ' unencrypted',
        ' encrypted',
        ' ratio',
        ' p95 unenc.',
        ' p95 enc.',
        'target',
        'result',
      ],
      rows.map((row) => {
        const plain = median(row.plain);
        const encrypted = median(row.encrypted);
        const ok = rowChecks(row).every((c) => c.ok);
        return [
          row.scenario,
          fmt(plain),
          fmt(encrypted),
          `${(encrypted / plain).toFixed(2)}×`,
          fmt(percentile(row.plain, 95)),
          fmt(percentile(row.encrypted, 95)),
          row.maxMs === undefined ? `≤ ${MAX_RATIO}×` : `≤ ${MAX_RATIO}× and < ${row.maxMs} ms`,
          ok ? 'pass' : 'FAIL',
        ];
      }),
    ),
  );
}

/** The self-checks: encryption really happened, and both variants read the same case. */
function selfChecks(writes: ByVariant<WriteRun>, open: ByVariant<OpenRun>): Check[] {
  const found = (a: WriteRun, b: OpenRun) => [...new Set([...a.plaintextIn, ...b.plaintextIn])];
  const inPlain = found(writes.plain, open.plain);
  const inEncrypted = found(writes.encrypted, open.encrypted);
  const same = JSON.stringify(open.plain.counts) === JSON.stringify(open.encrypted.counts);
  const expected = open.plain.counts['sessions'] === SESSIONS;
  return [
    {
      name: 'record text in clear: baseline / encrypted',
      actual: `${inPlain.length > 0 ? 'yes' : 'no'} / ${inEncrypted.length > 0 ? `yes (${inEncrypted.join(', ')})` : 'no'}`,
      target: 'yes / no',
      ok: inPlain.length > 0 && inEncrypted.length === 0,
    },
    {
      name: 'case read: same records both ways',
      actual: same && expected ? 'same' : 'different',
      target: 'same',
      ok: same && expected,
    },
  ];
}

export const encryptionBench: Benchmark = {
  name: 'encryption',
  async run(): Promise<BenchResult> {
    // Read here, not on import: a mistyped count must not stop run-all's other benchmarks.
    const [WRITES, READS] = counts(process.env.BENCH_ENCRYPTION_RUNS);
    heading(`Encryption at rest: cost per write and per case opened (Chromium, IndexedDB)`);
    const { url, server } = await serve(await bundle());
    const browser = await launchChromium();
    try {
      const page = await (await browser.newContext()).newPage();
      // tsx (esbuild) wraps named inner functions in __name(); the page has no such helper.
      await page.addInitScript('globalThis.__name = (f) => f;');
      await page.goto(url);
      await page.waitForFunction(() => window.encryptionBench !== undefined);
      await runWrites(page, WARM_UP.writes);
      await runOpenCase(page, WARM_UP.sessions, WARM_UP.reads);
      const writes = await runWrites(page, WRITES);
      const open = await runOpenCase(page, SESSIONS, READS);

      const rows: Row[] = [
        {
          scenario: 'local write: new record',
          plain: writes.plain.create,
          encrypted: writes.encrypted.create,
          maxMs: MAX_WRITE_MS,
        },
        {
          scenario: 'local write: edit',
          plain: writes.plain.edit,
          encrypted: writes.encrypted.edit,
          maxMs: MAX_WRITE_MS,
        },
        {
          scenario: `open a case, ${SESSIONS} sessions, first read after unlock`,
          plain: open.plain.coldReads,
          encrypted: open.encrypted.coldReads,
        },
        {
          scenario: `open a case, ${SESSIONS} sessions, read again`,
          plain: open.plain.reads,
          encrypted: open.encrypted.reads,
        },
      ];
      console.log(
        `${WRITES} writes of each kind and ${READS} reads of the case per variant, medians ` +
          `(p95 beside them). The case read returns ${JSON.stringify(open.encrypted.counts)}.`,
      );
      printRows(rows);
      const figures: Figure[] = rows.flatMap((row) => [
        { name: `${row.scenario}, unencrypted`, value: fmt(median(row.plain)) },
        { name: `${row.scenario}, encrypted`, value: fmt(median(row.encrypted)) },
      ]);
      return {
        checks: [...rows.flatMap(rowChecks), ...selfChecks(writes, open)],
        figures,
      };
    } finally {
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  },
};

if (isMain(import.meta.url)) await runStandalone(encryptionBench);
