/**
 * Is the app installable? Lighthouse 12 dropped its PWA category and the
 * `installable-manifest` audit, so ask Chromium itself: open the app, wait for the
 * service worker to be active, reload so it controls the page, then read
 * Page.getAppManifest and Page.getInstallabilityErrors over the DevTools protocol.
 * Installable means Chromium reports no installability errors.
 *
 * This uses a persistent profile (launchPersistentContext, same executable and flags as
 * launchChromium()): contexts made with browser.newContext() are off the record, and
 * Chromium never offers to install from those (it reports `in-incognito`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, PHONE } from '../support/browser.ts';

export interface Installability {
  installable: boolean;
  errors: string[];
  manifestUrl: string;
  manifestErrors: string[];
  serviceWorker: string;
  controlled: boolean;
  /** Whether the start page rendered again with the network off (served by the worker). */
  worksOffline: boolean;
}

const SERVICE_WORKER_TIMEOUT_MS = 30_000;

export async function checkInstallability(url: string): Promise<Installability> {
  const profile = mkdtempSync(join(tmpdir(), 'ourplan-bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
    viewport: PHONE,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url, { waitUntil: 'load' });
    const serviceWorker = await page.evaluate(async (timeoutMs) => {
      if (!('serviceWorker' in navigator)) return 'not supported';
      const timeout = new Promise<string>((resolve) =>
        setTimeout(() => resolve(`not ready after ${timeoutMs} ms`), timeoutMs),
      );
      const ready = navigator.serviceWorker.ready.then(async (registration) => {
        const worker = registration.active;
        if (worker && worker.state !== 'activated') {
          await new Promise((resolve) =>
            worker.addEventListener(
              'statechange',
              () => worker.state === 'activated' && resolve(null),
            ),
          );
        }
        return `${worker?.state ?? 'no active worker'} (scope ${registration.scope})`;
      });
      return Promise.race([ready, timeout]);
    }, SERVICE_WORKER_TIMEOUT_MS);
    await page.reload({ waitUntil: 'load' });
    const controlled = await page.evaluate(() => navigator.serviceWorker?.controller != null);

    const cdp = await context.newCDPSession(page);
    const manifest = await cdp.send('Page.getAppManifest', {});
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    const errors = installabilityErrors.map((e) =>
      e.errorArguments.length > 0
        ? `${e.errorId} (${e.errorArguments.map((a) => `${a.name}: ${a.value}`).join(', ')})`
        : e.errorId,
    );
    const manifestErrors = manifest.errors.map(
      (e) => `${e.critical ? 'critical: ' : ''}${e.message} (line ${e.line}, column ${e.column})`,
    );

    let worksOffline = false;
    if (controlled) {
      await context.setOffline(true);
      try {
        await page.reload({ waitUntil: 'load' });
        await page.locator('#root > *').first().waitFor({ timeout: 10_000 });
        worksOffline = true;
      } catch {
        worksOffline = false;
      } finally {
        await context.setOffline(false);
      }
    }

    return {
      installable: errors.length === 0,
      errors,
      manifestUrl: manifest.url,
      manifestErrors,
      serviceWorker,
      controlled,
      worksOffline,
    };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
