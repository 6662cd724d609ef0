/**
 * The practitioner's service view of outcomes (issue #6 item 6: target under 500 ms
 * median), in Chromium against the built app. 1,000 cases are written straight into the
 * app's IndexedDB database, as a sync would leave them: each with a grouping decision
 * (spread over the five groupings, a few cases with two), 3,000 goals and 20,000 goal
 * ratings with a mix of improvement, no change and deterioration. From the caseload, the
 * practitioner follows "Outcomes of my cases"; the time is from the click to the frame
 * after the figures table's last row (the total) has a layout box and shows all 3,000
 * goals, so it covers reading the cases, grouping decisions and goal summaries, working
 * the figures out and drawing them.
 * The first opening of each run also loads the page's code and words and is reported; the
 * target is checked on the second (back to the caseload, then to the figures again).
 * Runs BENCH_SERVICE_VIEW_RUNS times (default 7), each after a fresh page load.
 *
 * Run alone: npx tsx tests/bench/service-view.ts
 */
import type { Page } from 'playwright-core';
import { summariesOf } from '../../src/db/goal-summaries.ts';
import type { AnyRecord } from '../../src/domain/index.ts';
import { launchChromium, TABLET } from '../support/browser.ts';
import { heading, isMain, runStandalone, type BenchResult, type Benchmark } from './report.ts';
import { screenTimingsResult } from './screen-timings.ts';
import { startBenchServer } from './server.ts';

const CASES = 1000;
const GOALS = 3000;
const RATINGS = 20_000;
const TARGET_MS = 500;
const RUNS = Number(process.env.BENCH_SERVICE_VIEW_RUNS ?? 7);

type Row = Record<string, unknown> & { id: string };

/** The records of the bench caseload, as a sync leaves them (built here, in Node). */
function benchRecords() {
  const now = new Date().toISOString();
  const envelope = (id: string, caseId: string, kind: string, createdAt = now) => ({
    id,
    caseId,
    kind,
    createdAt,
    createdBy: 'bench-practitioner',
    updatedAt: createdAt,
    updatedBy: 'bench-practitioner',
    clock: {},
    writers: {},
    conflicts: [],
    superseded: {},
    deleted: false,
  });
  const day = (daysAgo: number) =>
    new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);
  const groupings = [
    'thriving',
    'getting-advice',
    'getting-help',
    'getting-more-help',
    'getting-risk-support',
  ];
  const caseId = (c: number) => `bench-sv-case-${c}`;
  const cases: Row[] = [];
  const decisions: Row[] = [];
  const goals: Row[] = [];
  const ratings: Row[] = [];
  for (let c = 0; c < CASES; c++) {
    cases.push({
      ...envelope(caseId(c), caseId(c), 'case'),
      preferredName: `Young person ${String(c).padStart(4, '0')}`,
      ageBand: '14-15',
      involved: [],
      consentToRecord: true,
      status: 'open',
      nextReviewOn: day(-(c % 60)),
    });
    const decision = (n: number, grouping: string, agreedOn: string) =>
      decisions.push({
        ...envelope(`bench-sv-decision-${c}-${n}`, caseId(c), 'grouping-decision'),
        grouping,
        agreedOn,
        reasons: 'Talked it through together; this fits what is going on now.',
        agreedBy: [{ role: 'young-person' }, { role: 'practitioner' }],
      });
    decision(0, groupings[c % groupings.length]!, day(120));
    // One case in ten changed grouping since: the latest decision is the one that counts.
    if (c % 10 === 0) decision(1, groupings[(c + 2) % groupings.length]!, day(30));
  }
  for (let g = 0; g < GOALS; g++) {
    goals.push({
      ...envelope(`bench-sv-goal-${g}`, caseId(g % CASES), 'goal', `${day(150)}T10:00:00.000Z`),
      text: `Goal number ${g + 1} in my own words`,
      theme: 'general-wellbeing',
      setBy: 'jointly',
      baselineRating: g % 7,
      status: g % 11 === 0 ? 'achieved' : 'active',
      order: Math.floor(g / CASES) + 1,
    });
  }
  // 20,000 ratings over 3,000 goals (6 or 7 each), drifting up, flat or down by goal.
  for (let r = 0; r < RATINGS; r++) {
    const g = r % GOALS;
    const n = Math.floor(r / GOALS);
    const drift = g % 5 === 0 ? -1 : g % 5 === 1 ? 0 : 1;
    const rating = Math.max(0, Math.min(10, (g % 7) + drift * Math.ceil(n / 2)));
    const ratedOn = `${day(140 - n * 14)}T12:00:00.000Z`;
    ratings.push({
      ...envelope(`bench-sv-rating-${r}`, caseId(g % CASES), 'goal-rating', ratedOn),
      goalId: `bench-sv-goal-${g}`,
      rating,
      ratedOn,
      ratedBy: 'young-person',
    });
  }
  // What the app's goal-summaries middleware keeps beside them, by the app's own function.
  const summaries = summariesOf(goals as unknown as AnyRecord[], ratings as unknown as AnyRecord[]);
  return { cases, decisions, goals, ratings, summaries, now };
}

/**
 * Writes the cases, decisions, goals, ratings and goal summaries into the app's database
 * (which the app has created). Exported to look at the page by hand.
 */
export async function seed(page: Page): Promise<void> {
  const data = benchRecords();
  await page.evaluate(async ({ cases, decisions, goals, ratings, summaries, now }) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('ourplan');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const stores = ['cases', 'groupingDecisions', 'goals', 'goalRatings', 'goalSummaries', 'meta'];
    const tx = db.transaction(stores, 'readwrite');
    const putAll = (store: string, values: readonly object[]) => {
      for (const value of values) tx.objectStore(store).put(value);
    };
    putAll('cases', cases);
    putAll('groupingDecisions', decisions);
    putAll('goals', goals);
    putAll('goalRatings', ratings);
    putAll('goalSummaries', summaries);
    putAll('meta', [
      {
        key: 'account',
        value: {
          userId: 'bench-practitioner',
          organisationId: 'bench-org',
          displayName: 'Bench Practitioner',
          roles: ['practitioner'],
          signedInAt: now,
        },
      },
    ]);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, data);
}

/** From a click on `selector` to the frame after the figures' total row is laid out. */
async function timeOpening(page: Page, selector: string, goals: number): Promise<number> {
  return page.evaluate(
    async ({ selector, goals }) => {
      const link = document.querySelector<HTMLAnchorElement>(selector);
      if (!link) throw new Error(`No ${selector} on this page`);
      const t0 = performance.now();
      link.click();
      await new Promise<void>((resolve) => {
        const check = () => {
          const total = document.querySelector('[data-testid="outcomes-total"]');
          const goalsCell = total?.querySelector('td');
          if (
            total &&
            goalsCell?.textContent === String(goals) &&
            total.getBoundingClientRect().height > 0
          ) {
            requestAnimationFrame(() => resolve());
          } else {
            requestAnimationFrame(check);
          }
        };
        check();
      });
      return performance.now() - t0;
    },
    { selector, goals },
  );
}

export const serviceViewBench: Benchmark = {
  name: 'service-view',
  async run(): Promise<BenchResult> {
    heading(
      `Service view of outcomes: ${CASES} cases, ${GOALS} goals, ${RATINGS} ratings (Chromium, tablet size)`,
    );
    const server = await startBenchServer();
    const browser = await launchChromium();
    try {
      const page = await (await browser.newContext({ viewport: TABLET })).newPage();
      // tsx (esbuild) wraps named inner functions in __name(); the page has no such helper.
      await page.addInitScript('globalThis.__name = (f) => f;');
      // Open the caseload once so the app creates its database, then fill it.
      await page.goto(new URL('/practitioner', server.url).href);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await seed(page);
      const link = '[data-testid="outcomes-link"]';
      const openCaseload = async () => {
        await page.locator('[data-testid="caseload"]').waitFor();
        // Let the caseload finish its own reads (the attention tags come a moment later).
        await page.waitForTimeout(500);
      };
      const cold: number[] = [];
      const warm: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        await page.goto(new URL('/practitioner', server.url).href);
        await openCaseload();
        cold.push(await timeOpening(page, link, GOALS));
        // Back to the caseload and to the figures again: the app and its code are loaded.
        await page.getByRole('link', { name: 'Back to your caseload' }).click();
        await openCaseload();
        warm.push(await timeOpening(page, link, GOALS));
      }
      return screenTimingsResult({
        check: `service view render, ${CASES} cases, ${RATINGS} ratings`,
        figure: 'service view',
        coldLabel: 'first opening (loads its code)',
        warmLabel: 'from the caseload',
        cold,
        warm,
        targetMs: TARGET_MS,
      });
    } finally {
      await browser.close();
      await server.stop();
    }
  },
};

if (isMain(import.meta.url)) await runStandalone(serviceViewBench);
