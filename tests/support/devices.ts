// For an end-to-end file that plays several devices against one real server: the server
// and Chromium start once for the file and stop after it, each device is its own browser
// context (its own storage, like its own tablet or phone), and the checks every such
// file makes (axe, "synced") are written once.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { axeViolations } from './axe';
import { launchChromium, type PHONE, type TABLET } from './browser';
import { startServer, type RunningServer } from './server-process';

/** Devices sync on their own: on reconnecting, and every 30 s while the page is visible. */
export const SYNC_WAIT = { timeout: 60_000 };

export interface Devices {
  /** The running server (available once the file's tests start). */
  readonly server: RunningServer;
  /** A new device at this size; `touch` for a phone that taps. */
  device(viewport: typeof PHONE | typeof TABLET, touch?: boolean): Promise<Page>;
}

/** Call at the top of a test file. */
export function serverAndDevices(env: Record<string, string> = { LOG_LEVEL: 'info' }): Devices {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    server = await startServer(env);
    browser = await launchChromium();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });
  return {
    get server() {
      if (!server) throw new Error('The server starts in beforeAll: use it inside a test');
      return server;
    },
    async device(viewport, touch = false) {
      if (!browser) throw new Error('Chromium starts in beforeAll: use it inside a test');
      const context = await browser.newContext({ viewport, hasTouch: touch });
      contexts.push(context);
      return context.newPage();
    },
  };
}

/** No axe violations on the page as it is now; `where` names the screen in a failure. */
export async function expectAccessible(page: Page, where?: string): Promise<void> {
  expect(await axeViolations(page), where).toEqual([]);
}

/** Waits until the page says everything on it has reached the server. */
export const synced = (page: Page) =>
  page.getByTestId('save-status').filter({ hasText: 'Synced at' }).waitFor(SYNC_WAIT);
