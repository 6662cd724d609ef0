// A deploy while the app is open: the new service worker waits, the person is asked, and
// only "Update now" switches versions (DESIGN.md §8: no silent reload that could lose a
// half-filled form). Served from a copy of dist/ so the test can "deploy" a new sw.js.
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { launchChromium, PHONE } from '../support/browser';
import { startServer, type RunningServer } from '../support/server-process';

let server: RunningServer;
let browser: Browser;
let staticDir: string;

beforeAll(async () => {
  staticDir = mkdtempSync(join(tmpdir(), 'ourplan-dist-'));
  cpSync('dist', staticDir, { recursive: true });
  // The precompressed copies would be served instead of the edited file: drop them.
  rmSync(join(staticDir, 'sw.js.br'), { force: true });
  rmSync(join(staticDir, 'sw.js.gz'), { force: true });
  server = await startServer({ STATIC_DIR: staticDir });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(staticDir, { recursive: true, force: true });
});

describe('updating to a new version', () => {
  it('asks before switching, keeps the page until the person agrees, then updates', async () => {
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    try {
      await page.goto(server.url);
      await page.getByRole('heading', { level: 1, name: 'Welcome to OurPlan' }).waitFor();
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      await page.reload();
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      expect(await page.getByText('A new version of OurPlan is ready.').count()).toBe(0);

      // Deploy: a changed service worker.
      appendFileSync(join(staticDir, 'sw.js'), '\n// deployed again\n');
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        await registration?.update();
      });

      const banner = page.getByRole('alert', { name: 'A new version of OurPlan is ready.' });
      await banner.waitFor({ timeout: 30_000 });
      expect(await axeViolations(page)).toEqual([]);
      const firstController = await page.evaluate(
        () => navigator.serviceWorker.controller?.scriptURL,
      );

      // "Later" hides the prompt and changes nothing.
      await page.getByRole('button', { name: 'Later' }).click();
      await banner.waitFor({ state: 'detached' });
      expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(
        firstController,
      );

      // Asked again on the next update check; "Update now" activates the waiting worker and reloads.
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Welcome to OurPlan' }).waitFor();
      await banner.waitFor({ timeout: 30_000 });
      const reloaded = page.waitForEvent('load');
      await page.getByRole('button', { name: 'Update now' }).click();
      await reloaded;
      await page.getByRole('heading', { level: 1, name: 'Welcome to OurPlan' }).waitFor();
      await page.waitForFunction(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return (
          registration !== undefined &&
          registration.waiting === null &&
          navigator.serviceWorker.controller !== null
        );
      });
      expect(await page.getByText('A new version of OurPlan is ready.').count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
