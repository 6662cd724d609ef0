/**
 * Opening an option grid to compare in a session, in Chromium against the built app
 * (issue #5). A case with a session in progress is written straight into the app's
 * IndexedDB; from the session's "Compare options" list the practitioner opens the low mood
 * grid (6 options, 6 questions). The time is from the click to the frame after the
 * table's last row has a layout box. The first opening of each run also loads the part's
 * code and the grid's words and is reported; the target (150 ms, as for the other session
 * screens) is checked on the second (back to the list, then into the grid again). Runs
 * BENCH_GRID_RUNS times (default 7), each after a fresh page load; reports medians.
 *
 * Run alone: npx tsx tests/bench/option-grid.ts
 */
import type { Page } from 'playwright-core';
import { LOW_MOOD_GRID } from '../../src/content/option-grids/low-mood.ts';
import { launchChromium, TABLET } from '../support/browser.ts';
import { heading, isMain, runStandalone, type BenchResult, type Benchmark } from './report.ts';
import { screenTimingsResult } from './screen-timings.ts';
import { startBenchServer } from './server.ts';

const TARGET_MS = 150;
const RUNS = Number(process.env.BENCH_GRID_RUNS ?? 7);
const CASE_ID = 'bench-grid-case';
const SESSION_ID = 'bench-grid-session';

async function seed(page: Page): Promise<void> {
  await page.evaluate(
    async ({ caseId, sessionId }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('ourplan');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const now = new Date().toISOString();
      const envelope = (id: string, kind: string) => ({
        id,
        caseId,
        kind,
        createdAt: now,
        createdBy: 'bench-practitioner',
        updatedAt: now,
        updatedBy: 'bench-practitioner',
        clock: {},
        writers: {},
        conflicts: [],
        superseded: {},
        deleted: false,
      });
      const tx = db.transaction(['cases', 'sessions', 'meta'], 'readwrite');
      tx.objectStore('cases').put({
        ...envelope(caseId, 'case'),
        preferredName: 'Bench Grid',
        ageBand: '14-15',
        involved: [],
        consentToRecord: true,
        status: 'open',
      });
      tx.objectStore('sessions').put({
        ...envelope(sessionId, 'session'),
        date: now.slice(0, 10),
        attendees: [{ role: 'young-person' }, { role: 'practitioner' }],
        status: 'in-progress',
      });
      tx.objectStore('meta').put({
        key: 'account',
        value: {
          userId: 'bench-practitioner',
          organisationId: 'bench-org',
          displayName: 'Bench Practitioner',
          roles: ['practitioner'],
          signedInAt: now,
        },
      });
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { caseId: CASE_ID, sessionId: SESSION_ID },
  );
}

/** From a click on `selector` to the frame after the grid table's last row is laid out. */
async function timeOpening(page: Page, selector: string, rows: number): Promise<number> {
  return page.evaluate(
    async ({ selector, rows }) => {
      const link = document.querySelector<HTMLAnchorElement>(selector);
      if (!link) throw new Error(`No ${selector} on this page`);
      const t0 = performance.now();
      link.click();
      await new Promise<void>((resolve) => {
        const check = () => {
          const items = document.querySelectorAll('[data-testid="option-grid"] tbody tr');
          const last = items[items.length - 1];
          if (items.length === rows && last && last.getBoundingClientRect().height > 0) {
            requestAnimationFrame(() => resolve());
          } else {
            requestAnimationFrame(check);
          }
        };
        check();
      });
      return performance.now() - t0;
    },
    { selector, rows },
  );
}

export const optionGridBench: Benchmark = {
  name: 'option-grid',
  async run(): Promise<BenchResult> {
    heading('Opening an option grid in a session (Chromium, tablet size)');
    const server = await startBenchServer();
    const browser = await launchChromium();
    try {
      const page = await (await browser.newContext({ viewport: TABLET })).newPage();
      await page.addInitScript('globalThis.__name = (f) => f;');
      await page.goto(new URL('/practitioner', server.url).href);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await seed(page);
      const listUrl = new URL(
        `/practitioner/cases/${CASE_ID}/sessions/${SESSION_ID}/options`,
        server.url,
      ).href;
      const gridLink = `.app-options-grids a[href$="grid=${LOW_MOOD_GRID.id}"]`;
      const rows = LOW_MOOD_GRID.data.questions.length;
      const cold: number[] = [];
      const warm: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        await page.goto(listUrl);
        await page.locator(gridLink).waitFor();
        cold.push(await timeOpening(page, gridLink, rows));
        await page.getByRole('link', { name: 'Choose a different grid' }).click();
        await page.locator(gridLink).waitFor();
        warm.push(await timeOpening(page, gridLink, rows));
      }
      return screenTimingsResult({
        check: 'option grid render, 6 options by 6 questions',
        figure: 'option grid',
        coldLabel: 'first opening (loads its code and words)',
        warmLabel: 'from the list of grids',
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

if (isMain(import.meta.url)) await runStandalone(optionGridBench);
