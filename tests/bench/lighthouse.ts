/**
 * Lighthouse 12 on the start page of the built app served by the real server, with
 * Lighthouse's default mobile settings (formFactor mobile, simulated throttling), run
 * BENCH_LIGHTHOUSE_RUNS times (default 3). Prints each run, the median of each category
 * and of FCP/LCP/TBT/CLS, and the audits that cost points in the median run (the run with
 * the median performance score), whose reports are saved to .lighthouse/. Then checks
 * installability with Chromium itself (installability.ts), since Lighthouse 12 no longer
 * has a PWA category.
 *
 * Targets: performance ≥ 95, accessibility = 100, best practices ≥ 95 (SEO is reported).
 *
 * Run alone: npx tsx tests/bench/lighthouse.ts (BENCH_URL=http://… to measure a server
 * that is already running instead of starting one; BENCH_DIST=dir to serve another build).
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { generateReport, type Result } from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/browser.ts';
import { checkInstallability } from './installability.ts';
import {
  DIST,
  ROOT,
  heading,
  isMain,
  median,
  ms,
  runStandalone,
  table,
  type BenchResult,
  type Benchmark,
  type Check,
} from './report.ts';
import { startBenchServer } from './server.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type CategoryId = (typeof CATEGORIES)[number];

const CATEGORY_LABEL: Record<CategoryId, string> = {
  performance: 'performance',
  accessibility: 'accessibility',
  'best-practices': 'best practices',
  seo: 'SEO',
};

/** Minimum median score (0–100) per category; SEO is reported without a target. */
const TARGETS: Partial<Record<CategoryId, number>> = {
  performance: 95,
  accessibility: 100,
  'best-practices': 95,
};

const METRICS = [
  { id: 'first-contentful-paint', label: 'FCP' },
  { id: 'largest-contentful-paint', label: 'LCP' },
  { id: 'total-blocking-time', label: 'TBT' },
  { id: 'cumulative-layout-shift', label: 'CLS' },
  { id: 'speed-index', label: 'Speed Index' },
] as const;

const CHROME_FLAGS = [
  ...new Set([
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    ...CHROMIUM_ARGS,
  ]),
];

const REPORT_DIR = join(ROOT, '.lighthouse');

/**
 * The server sends the .br/.gz siblings scripts/compress-dist.mjs writes (npm run build);
 * a dist/ from a bare `vite build` is served uncompressed and measures far slower.
 */
function warnIfUncompressed(): void {
  const assets = join(DIST, 'assets');
  if (!existsSync(assets)) return;
  const names = new Set(readdirSync(assets));
  const compressed = [...names].some((name) => /\.(br|gz)$/.test(name));
  if (!compressed) {
    console.log(
      'WARNING: dist/assets has no precompressed .br/.gz files (built with a bare `vite build`?),\n' +
        'so the server sends JavaScript and CSS uncompressed and these figures are pessimistic.\n' +
        'Run `npm run build` (vite build + scripts/compress-dist.mjs) and measure again.',
    );
  }
}

function runCount(): number {
  const raw = process.env.BENCH_LIGHTHOUSE_RUNS;
  if (raw === undefined || raw === '') return 3;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) {
    throw new Error(`BENCH_LIGHTHOUSE_RUNS must be a whole number ≥ 1, not "${raw}".`);
  }
  return n;
}

interface Run {
  lhr: Result;
  json: string;
}

async function runLighthouse(url: string): Promise<Run> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: CHROME_FLAGS,
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (!result) throw new Error('Lighthouse returned no result.');
    if (result.lhr.runtimeError) {
      throw new Error(
        `Lighthouse could not measure ${url}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`,
      );
    }
    const json = Array.isArray(result.report) ? (result.report[0] ?? '') : result.report;
    return { lhr: result.lhr, json };
  } finally {
    chrome.kill();
  }
}

/**
 * Lighthouse sometimes fails to record a trace (NO_NAVSTART, "Please run Lighthouse
 * again"): retry such a run a couple of times before giving up.
 */
async function runWithRetries(url: string, attempts = 3): Promise<Run> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await runLighthouse(url);
    } catch (error) {
      if (attempt >= attempts) throw error;
      console.log(`  retrying: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

/** A category score on Lighthouse's 0–100 scale (NaN when it could not be scored). */
function score(lhr: Result, id: CategoryId): number {
  const value = lhr.categories[id]?.score;
  return value == null ? Number.NaN : Math.round(value * 100);
}

function metric(lhr: Result, id: string): number {
  return lhr.audits[id]?.numericValue ?? Number.NaN;
}

function formatMetric(id: string, value: number): string {
  if (Number.isNaN(value)) return 'n/a';
  return id === 'cumulative-layout-shift' ? value.toFixed(3) : ms(value);
}

/** Up to three examples from an audit's details: the elements or URLs at fault. */
function examples(details: unknown): string[] {
  const items = (details as { items?: unknown } | undefined)?.items;
  if (!Array.isArray(items)) return [];
  const out: string[] = [];
  for (const item of items as Array<Record<string, unknown>>) {
    const node = item.node as { selector?: string; snippet?: string } | undefined;
    const source = item.source as { url?: string } | undefined;
    const text =
      node?.selector ??
      (typeof item.url === 'string' ? item.url : undefined) ??
      source?.url ??
      (typeof item.description === 'string' ? item.description : undefined);
    if (text) out.push(text.length > 120 ? `${text.slice(0, 117)}...` : text);
    if (out.length === 3) break;
  }
  return out;
}

/** The audits in a category that scored below 1, with the points each one cost. */
function costlyAudits(lhr: Result, id: CategoryId): string[] {
  const category = lhr.categories[id];
  if (!category) return [];
  const totalWeight = category.auditRefs.reduce((n, ref) => n + ref.weight, 0) || 1;
  const lines: Array<{ lost: number; score: number; text: string }> = [];
  for (const ref of category.auditRefs) {
    if (ref.group === 'hidden') continue; // duplicates of other audits (performance insights)
    const audit = lhr.audits[ref.id];
    if (!audit || audit.score === null || audit.score >= 1) continue;
    const lost = (ref.weight * (1 - audit.score) * 100) / totalWeight;
    const savings = Object.entries(audit.metricSavings ?? {})
      .filter((entry): entry is [string, number] => typeof entry[1] === 'number' && entry[1] > 0)
      .map(([name, value]) => `${name} −${name === 'CLS' ? value.toFixed(3) : ms(value)}`);
    const parts = [
      ref.weight > 0 ? `−${lost.toFixed(1)} pts` : 'weight 0',
      `score ${Math.round(audit.score * 100)}`,
      audit.displayValue,
      savings.length > 0 ? `could save ${savings.join(', ')}` : undefined,
    ].filter((part): part is string => Boolean(part));
    const where = examples(audit.details);
    lines.push({
      lost,
      score: audit.score,
      text:
        `  - ${audit.title} [${ref.id}] (${parts.join('; ')})` +
        where.map((w) => `\n      at ${w}`).join(''),
    });
  }
  return lines.sort((a, b) => b.lost - a.lost || a.score - b.score).map((l) => l.text);
}

/** Bytes of JavaScript the start page transferred, from the network-requests audit. */
function scriptBytes(lhr: Result): number {
  const items = (lhr.audits['network-requests']?.details as { items?: unknown } | undefined)?.items;
  if (!Array.isArray(items)) return Number.NaN;
  return (items as Array<{ resourceType?: string; transferSize?: number }>)
    .filter((item) => item.resourceType === 'Script')
    .reduce((n, item) => n + (item.transferSize ?? 0), 0);
}

export const lighthouseBench: Benchmark = {
  name: 'lighthouse',
  async run(): Promise<BenchResult> {
    const runs = runCount();
    const server = await startBenchServer();
    try {
      const url = server.url;
      heading(`Lighthouse ${runs}× on ${url} (mobile, simulated throttling)`);
      if (!process.env.BENCH_URL) warnIfUncompressed();
      const results: Run[] = [];
      for (let i = 1; i <= runs; i += 1) {
        const started = Date.now();
        const run = await runWithRetries(url);
        results.push(run);
        console.log(
          `run ${i}/${runs} (${((Date.now() - started) / 1000).toFixed(0)} s): ` +
            CATEGORIES.map((id) => `${CATEGORY_LABEL[id]} ${score(run.lhr, id)}`).join(', '),
        );
        for (const warning of run.lhr.runWarnings) console.log(`  warning: ${String(warning)}`);
      }

      const medians = Object.fromEntries(
        CATEGORIES.map((id) => [id, median(results.map((r) => score(r.lhr, id)))]),
      ) as Record<CategoryId, number>;
      const metricMedians = METRICS.map((m) => ({
        ...m,
        value: median(results.map((r) => metric(r.lhr, m.id))),
      }));
      // The median run: the one with the median performance score (lower middle if even).
      const byPerformance = [...results].sort(
        (a, b) => score(a.lhr, 'performance') - score(b.lhr, 'performance'),
      );
      const medianRun = byPerformance[Math.floor((byPerformance.length - 1) / 2)] as Run;

      console.log(
        '\n' +
          table(
            ['', ...results.map((_, i) => ` run ${i + 1}`), ' median', ' target'],
            [
              ...CATEGORIES.map((id) => [
                CATEGORY_LABEL[id],
                ...results.map((r) => String(score(r.lhr, id))),
                String(medians[id]),
                TARGETS[id] === undefined
                  ? ''
                  : `${TARGETS[id] === 100 ? '=' : '≥'} ${TARGETS[id]}`,
              ]),
              ...metricMedians.map((m) => [
                m.label,
                ...results.map((r) => formatMetric(m.id, metric(r.lhr, m.id))),
                formatMetric(m.id, m.value),
                '',
              ]),
            ],
          ),
      );

      console.log('\nAudits that cost points in the median run (biggest loss first):');
      for (const id of CATEGORIES) {
        const lines = costlyAudits(medianRun.lhr, id);
        console.log(
          `${CATEGORY_LABEL[id]} ${score(medianRun.lhr, id)}:${lines.length ? '' : ' none'}`,
        );
        for (const line of lines) console.log(line);
      }

      mkdirSync(REPORT_DIR, { recursive: true });
      const jsonPath = join(REPORT_DIR, 'start-page.report.json');
      const htmlPath = join(REPORT_DIR, 'start-page.report.html');
      writeFileSync(jsonPath, medianRun.json);
      writeFileSync(htmlPath, generateReport(medianRun.lhr, 'html'));
      console.log(`\nMedian run's report: ${jsonPath} (and .html)`);

      heading('Installability (Chromium: Page.getInstallabilityErrors)');
      const install = await checkInstallability(url);
      console.log(
        table(
          ['', 'result'],
          [
            ['manifest', install.manifestUrl || '(none found)'],
            ['manifest errors', install.manifestErrors.join('; ') || 'none'],
            ['service worker', install.serviceWorker],
            ['controls the page after reload', install.controlled ? 'yes' : 'no'],
            ['start page reloads offline', install.worksOffline ? 'yes' : 'no'],
            ['installability errors', install.errors.join('; ') || 'none'],
            ['installable', install.installable ? 'yes' : 'NO'],
          ],
        ),
      );

      const pageJs = scriptBytes(medianRun.lhr);
      const checks: Check[] = [];
      for (const id of CATEGORIES) {
        const target = TARGETS[id];
        if (target === undefined) continue;
        checks.push({
          name: `Lighthouse ${CATEGORY_LABEL[id]} (median)`,
          actual: String(medians[id]),
          target: `${target === 100 ? '=' : '≥'} ${target}`,
          ok: medians[id] >= target,
        });
      }
      checks.push({
        name: 'installable (Chromium)',
        actual: install.installable ? 'yes' : `no: ${install.errors.join(', ')}`,
        target: 'yes',
        ok: install.installable,
      });
      return {
        checks,
        figures: [
          { name: 'Lighthouse SEO (median)', value: String(medians.seo) },
          ...metricMedians.map((m) => ({
            name: `${m.label} (median)`,
            value: formatMetric(m.id, m.value),
          })),
          {
            name: 'start page JS transferred',
            value: Number.isNaN(pageJs) ? 'n/a' : `${(pageJs / 1000).toFixed(1)} KB`,
          },
          { name: 'start page reloads offline', value: install.worksOffline ? 'yes' : 'no' },
        ],
      };
    } catch (error) {
      const output = server.output().trim();
      if (output) console.error(`Server output:\n${output}`);
      throw error;
    } finally {
      await server.stop();
    }
  },
};

if (isMain(import.meta.url)) await runStandalone(lighthouseBench);
