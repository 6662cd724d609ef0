// The app shell end to end, in Debian's Chromium against the real server serving the
// built app: every screen at phone and tablet size with axe, right-to-left Urdu, offline
// reloads after one online visit, and nothing loaded from anywhere but our own server.
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { launchChromium, PHONE, TABLET } from '../support/browser';
import { startServer, type RunningServer } from '../support/server-process';

const SHOTS = 'test-results/screenshots';
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startServer();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

interface Watched {
  context: BrowserContext;
  page: Page;
  foreignRequests: string[];
  consoleErrors: string[];
  /** What Chromium reports in DevTools' Issues panel (e.g. a CSP violation), by code. */
  browserIssues: string[];
}

async function openContext(
  viewport: { width: number; height: number },
  watchIssues = true,
): Promise<Watched> {
  const context = await browser.newContext({
    viewport,
    locale: 'en-GB',
    hasTouch: viewport.width < 600,
  });
  const page = await context.newPage();
  const foreignRequests: string[] = [];
  const consoleErrors: string[] = [];
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(server.url) && !url.startsWith('data:')) foreignRequests.push(url);
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => consoleErrors.push(err.message));
  const browserIssues: string[] = [];
  if (!watchIssues) return { context, page, foreignRequests, consoleErrors, browserIssues };
  const cdp = await context.newCDPSession(page);
  cdp.on('Audits.issueAdded', (event) =>
    browserIssues.push(
      [
        event.issue.code,
        event.issue.details.genericIssueDetails?.errorType,
        event.issue.details.genericIssueDetails?.violatingNodeAttribute,
      ]
        .filter(Boolean)
        .join(': '),
    ),
  );
  await cdp.send('Audits.enable');
  return { context, page, foreignRequests, consoleErrors, browserIssues };
}

const SCREENS = [
  { path: '/', heading: 'Welcome to OurPlan', name: 'start' },
  { path: '/practitioner', heading: 'Your caseload', name: 'practitioner' },
  { path: '/my-plan', heading: 'My plan', name: 'my-plan' },
  { path: '/support', heading: 'Supporting a young person', name: 'support' },
  { path: '/settings', heading: 'Settings', name: 'settings' },
  { path: '/sign-in', heading: 'Sign in', name: 'sign-in' },
  { path: '/join', heading: 'Join your plan', name: 'join' },
  { path: '/account', heading: 'Your account', name: 'account' },
  { path: '/nowhere', heading: 'Page not found', name: 'not-found' },
];

for (const [label, viewport] of [
  ['phone', PHONE],
  ['tablet', TABLET],
] as const) {
  describe(`every screen on a ${label} (${viewport.width}×${viewport.height})`, () => {
    for (const screen of SCREENS) {
      it(`${screen.path} shows its heading and has no axe violations`, async () => {
        const w = await openContext(viewport);
        try {
          await w.page.goto(new URL(screen.path, server.url).href);
          await w.page.getByRole('heading', { level: 1, name: screen.heading }).waitFor();
          await w.page.screenshot({ path: `${SHOTS}/${screen.name}-${label}.png`, fullPage: true });
          expect(await axeViolations(w.page)).toEqual([]);
          // Nothing overflows sideways: usable at this width without horizontal scrolling.
          const overflow = await w.page.evaluate(
            () => document.documentElement.scrollWidth - window.innerWidth,
          );
          expect(overflow).toBeLessThanOrEqual(0);
          expect(w.foreignRequests).toEqual([]);
          expect(w.consoleErrors).toEqual([]);
          expect(w.browserIssues).toEqual([]);
        } finally {
          await w.context.close();
        }
      });
    }
  });
}

describe('moving around', () => {
  it('goes from the start screen to each home by tapping, and back with the header', async () => {
    const w = await openContext(PHONE);
    try {
      await w.page.goto(server.url);
      await w.page.getByRole('link', { name: "I'm a young person, parent or carer" }).click();
      await w.page.getByRole('heading', { level: 1, name: 'My plan' }).waitFor();
      expect(new URL(w.page.url()).pathname).toBe('/my-plan');
      await w.page.getByRole('link', { name: 'Start', exact: true }).click();
      const heading = w.page.getByRole('heading', { level: 1, name: 'Welcome to OurPlan' });
      await heading.waitFor();
      // After a navigation, focus moves to the new screen's heading for screen readers.
      await w.page.waitForFunction(() => document.activeElement?.tagName === 'H1');
      // Keyboard, on a fresh load: the skip link is the first stop and jumps to the content.
      await w.page.reload();
      await heading.waitFor();
      await w.page.keyboard.press('Tab');
      expect(await w.page.evaluate(() => document.activeElement?.textContent)).toBe(
        'Skip to main content',
      );
      await w.page.keyboard.press('Enter');
      expect(await w.page.evaluate(() => document.activeElement?.id)).toBe('maincontent');
    } finally {
      await w.context.close();
    }
  });

  it('makes every link and button at least 44×44 px on a phone', async () => {
    const w = await openContext(PHONE);
    try {
      for (const path of ['/', '/settings']) {
        await w.page.goto(new URL(path, server.url).href);
        await w.page.locator('h1').waitFor();
        const small = await w.page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('a, button, .nhsuk-radios__item')]
            .filter((el) => el.offsetParent !== null && !el.classList.contains('nhsuk-skip-link'))
            // A clickable card's link covers the whole card (NHS.UK pattern): the card is the target.
            .map((el) => ({
              text: el.textContent?.trim() ?? '',
              box: (el.closest('.nhsuk-card--clickable') ?? el).getBoundingClientRect(),
            }))
            // Half a pixel of tolerance for sub-pixel layout.
            .filter(({ box }) => box.height < 43.5 || box.width < 43.5)
            .map(({ text, box }) => `${text}: ${Math.round(box.width)}×${Math.round(box.height)}`),
        );
        expect(small, path).toEqual([]);
      }
    } finally {
      await w.context.close();
    }
  });
});

describe('right to left', () => {
  it('switching to Urdu sets dir="rtl" and lays the page out right to left', async () => {
    for (const [label, viewport] of [
      ['phone', PHONE],
      ['tablet', TABLET],
    ] as const) {
      const w = await openContext(viewport);
      try {
        await w.page.goto(new URL('/settings', server.url).href);
        await w.page.getByRole('radio', { name: 'اردو' }).check();
        await w.page.getByRole('button', { name: 'Use this language' }).click();
        await w.page.getByRole('heading', { level: 1, name: 'ترتیبات' }).waitFor();
        expect(await w.page.getAttribute('html', 'dir')).toBe('rtl');
        expect(await w.page.getAttribute('html', 'lang')).toBe('ur');
        await w.page.getByRole('link', { name: 'آغاز', exact: true }).click();
        const h1 = w.page.getByRole('heading', { level: 1, name: 'OurPlan میں خوش آمدید' });
        await h1.waitFor();
        // The heading's text sits against the right edge of the content, not the left.
        const layout = await h1.evaluate((el) => {
          const range = document.createRange();
          range.selectNodeContents(el);
          const text = range.getBoundingClientRect();
          const box = el.getBoundingClientRect();
          return {
            gapRight: box.right - text.right,
            gapLeft: text.left - box.left,
            direction: getComputedStyle(el).direction,
          };
        });
        expect(layout.direction).toBe('rtl');
        expect(layout.gapRight).toBeLessThan(2);
        expect(layout.gapLeft).toBeGreaterThanOrEqual(0);
        await w.page.screenshot({ path: `${SHOTS}/start-urdu-${label}.png`, fullPage: true });
        expect(await axeViolations(w.page)).toEqual([]);
        // The choice survives a reload.
        await w.page.reload();
        await h1.waitFor();
        expect(await w.page.getAttribute('html', 'dir')).toBe('rtl');
      } finally {
        await w.context.close();
      }
    }
  });
});

describe('offline', () => {
  it('after one online visit, a reload with no network still shows the app, every screen and language', async () => {
    // No DevTools session here: Chromium's offline emulation and an extra CDP session on
    // the page do not mix reliably across a service-worker reload.
    const w = await openContext(PHONE, false);
    try {
      await w.page.goto(server.url);
      await w.page.getByRole('heading', { level: 1, name: 'Welcome to OurPlan' }).waitFor();
      // Wait until the service worker has precached everything and controls the page.
      await w.page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      await w.page.reload();
      await w.page.waitForFunction(() => navigator.serviceWorker.controller !== null);

      await w.context.setOffline(true);
      await w.page.reload();
      await w.page.getByRole('heading', { level: 1, name: 'Welcome to OurPlan' }).waitFor();
      expect(await w.page.getByTestId('offline-indicator').textContent()).toContain(
        "You're offline",
      );

      // A deep link to a lazily loaded screen, opened offline.
      await w.page.goto(new URL('/support', server.url).href);
      await w.page.getByRole('heading', { level: 1, name: 'Supporting a young person' }).waitFor();

      // A language never loaded while online comes from the precache too.
      await w.page.goto(new URL('/settings', server.url).href);
      await w.page.getByRole('radio', { name: 'Cymraeg' }).check();
      await w.page.getByRole('button', { name: 'Use this language' }).click();
      await w.page.getByRole('heading', { level: 1, name: 'Gosodiadau' }).waitFor();
      await w.page.screenshot({
        path: `${SHOTS}/settings-welsh-offline-phone.png`,
        fullPage: true,
      });
      expect(await axeViolations(w.page)).toEqual([]);
    } finally {
      await w.context.close();
    }
  });
});
