// A young person joins their plan on their phone with the code their practitioner made
// on a tablet (two browser contexts, real server), is shown their sign-in name, and then
// signs in on a second phone (a third context) with that name and their passphrase.
// The practitioner's case is created through the real sync API with their session.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatHlc, uuidv7 } from '../../src/domain';
import { axeViolations } from '../support/axe';
import { launchChromium, PHONE, TABLET } from '../support/browser';
import { fillSetupForm, setupLink } from '../support/first-run';
import { choosePasscode } from '../support/passcode';
import { buildMutation } from '../support/mutation';
import { startServer, type RunningServer } from '../support/server-process';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer({ LOG_LEVEL: 'info' });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function postJson(
  page: Page,
  path: string,
  body: unknown,
): Promise<{ status: number; json: unknown }> {
  return page.evaluate(
    async ([p, b]) => {
      const res = await fetch(p as string, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(b),
      });
      return { status: res.status, json: (await res.json().catch(() => null)) as unknown };
    },
    [path, body] as const,
  );
}

/** What Chromium reports in DevTools' Issues panel (CSP, forms), by code. */
async function watchIssues(context: BrowserContext, page: Page): Promise<string[]> {
  const issues: string[] = [];
  const cdp = await context.newCDPSession(page);
  cdp.on('Audits.issueAdded', (event) =>
    issues.push(
      [event.issue.code, event.issue.details.genericIssueDetails?.errorType]
        .filter(Boolean)
        .join(': '),
    ),
  );
  await cdp.send('Audits.enable');
  return issues;
}

describe('joining a plan with a code', () => {
  it('links the young person’s phone to their case, and only their case', async () => {
    const tablet = await browser.newContext({ viewport: TABLET });
    const phone = await browser.newContext({ viewport: PHONE, hasTouch: true });
    const secondPhone = await browser.newContext({ viewport: PHONE, hasTouch: true });
    try {
      // The practitioner sets up OurPlan on the tablet.
      const practitioner = await tablet.newPage();
      await practitioner.goto(setupLink(server));
      await fillSetupForm(practitioner);
      await practitioner.getByRole('heading', { level: 1, name: 'Your caseload' }).waitFor();

      // …opens a case for Sam through the sync API, and invites Sam.
      const me = await practitioner.evaluate(
        async () =>
          ((await (await fetch('/api/auth/me')).json()) as { user: { id: string } }).user.id,
      );
      const caseId = uuidv7();
      const createCase = buildMutation({
        deviceId: 'e2e-tablet',
        by: me,
        hlc: formatHlc({ wall: Date.now(), counter: 0, node: 'e2e-tablet' }),
        op: 'create',
        kind: 'case',
        recordId: caseId,
        caseId,
        set: {
          preferredName: 'Sam',
          ageBand: '14-15',
          involved: [],
          consentToRecord: true,
          status: 'open',
        },
      });
      const pushed = await postJson(practitioner, '/api/sync', {
        deviceId: 'e2e-tablet',
        mutations: [createCase],
        checkpoint: {},
      });
      expect(pushed.status).toBe(200);
      expect((pushed.json as { accepted: string[] }).accepted).toEqual([createCase.id]);
      const invited = await postJson(practitioner, `/api/cases/${caseId}/invitations`, {
        role: 'young-person',
        displayName: 'Sam',
      });
      expect(invited.status).toBe(201);
      const code = (invited.json as { code: string }).code;
      expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}$/);

      // Sam, on their phone.
      const sam = await phone.newPage();
      await sam.goto(new URL('/my-plan', server.url).href);
      await sam.getByRole('link', { name: 'Join your plan' }).click();
      await sam.getByRole('heading', { level: 1, name: 'Join your plan' }).waitFor();
      expect(await axeViolations(sam)).toEqual([]);

      // A passphrase that is too short: refused, and the code typed stays.
      await sam.getByLabel('Your code').fill(code.toLowerCase().replace(/-/g, ' '));
      await sam.getByLabel('What should we call you?').fill('Sam');
      await sam.getByLabel('Make a passphrase').fill('short');
      await sam.getByRole('button', { name: 'Join my plan' }).click();
      await sam.getByRole('alert').filter({ hasText: 'Use at least 8 characters' }).waitFor();
      expect(await sam.getByLabel('Your code').inputValue()).toBe(
        code.toLowerCase().replace(/-/g, ' '),
      );
      await sam.screenshot({
        path: 'test-results/screenshots/join-error-phone.png',
        fullPage: true,
      });
      expect(await axeViolations(sam)).toEqual([]);

      await sam.getByLabel('Make a passphrase').fill('purple elephant dancing');
      await sam.getByRole('button', { name: 'Join my plan' }).click();

      // Joined: Sam is shown their sign-in name, and what it is for, before going on.
      await sam.getByRole('heading', { level: 1, name: "You're in" }).waitFor();
      const signInName = (await sam.getByTestId('sign-in-name').textContent()) ?? '';
      expect(signInName).toMatch(/^sam-[0-9A-HJKMNP-TV-Z]{4}$/);
      await sam
        .getByText("You'll need this and your passphrase to see your plan on another phone.")
        .waitFor();
      await expect.poll(() => sam.evaluate(() => document.activeElement?.tagName)).toBe('H1');
      expect(await axeViolations(sam)).toEqual([]);
      await sam.screenshot({
        path: 'test-results/screenshots/join-done-phone.png',
        fullPage: true,
      });
      await sam.getByRole('link', { name: 'Go to my plan' }).click();
      await choosePasscode(sam, { planOpen: false, shot: 'choose-passcode' });
      await sam.getByRole('heading', { level: 1, name: 'My plan' }).waitFor();
      expect(await sam.getByTestId('signed-in-as').textContent()).toContain('Signed in as Sam');
      await sam
        .getByTestId('save-status')
        .filter({ hasText: 'Synced at' })
        .waitFor({ timeout: 30_000 });
      await sam.screenshot({
        path: 'test-results/screenshots/my-plan-joined-phone.png',
        fullPage: true,
      });

      // Sam's session sees Sam's case and nothing else.
      const pulled = await postJson(sam, '/api/sync', {
        deviceId: 'e2e-phone',
        mutations: [],
        checkpoint: {},
      });
      const changes = (
        pulled.json as {
          changes: { kind: string; caseId: string | null; preferredName?: string }[];
        }
      ).changes;
      const cases = changes.filter((r) => r.kind === 'case');
      expect(cases.map((c) => c.preferredName)).toEqual(['Sam']);
      expect(new Set(changes.filter((r) => r.caseId !== null).map((r) => r.caseId))).toEqual(
        new Set([caseId]),
      );

      // The code works once.
      const again = await postJson(sam, '/api/invitations/redeem', {
        code,
        displayName: 'Someone',
        passphrase: 'another passphrase',
      });
      expect(again.status).toBe(403);

      // Sam's account page shows the sign-in name too.
      await sam.goto(new URL('/account', server.url).href);
      await sam.getByRole('heading', { level: 2, name: 'Your sign-in name' }).waitFor();
      expect(await sam.getByTestId('sign-in-name').textContent()).toBe(signInName);
      expect(await axeViolations(sam)).toEqual([]);
      await sam.screenshot({
        path: 'test-results/screenshots/account-sign-in-name-phone.png',
        fullPage: true,
      });

      // A QR code for a new invitation opens /join#code=…: the code is filled in, and it
      // leaves the address bar.
      const second = await postJson(practitioner, `/api/cases/${caseId}/invitations`, {
        role: 'carer',
        relationship: 'Dad',
      });
      const qrCode = (second.json as { code: string }).code;
      const scanned = await secondPhone.newPage();
      await scanned.goto(new URL(`/join#code=${qrCode}`, server.url).href);
      await scanned.getByRole('heading', { level: 1, name: 'Join your plan' }).waitFor();
      await expect.poll(() => scanned.getByLabel('Your code').inputValue()).toBe(qrCode);
      await expect
        .poll(() => scanned.evaluate(() => window.location.href))
        .toBe(new URL('/join', server.url).href);
      await scanned.close();

      // Sam's second phone: "Signing in as a young person or family member?"
      const other = await secondPhone.newPage();
      const issues = await watchIssues(secondPhone, other);
      await other.goto(new URL('/sign-in', server.url).href);
      await other.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
      await other
        .getByRole('heading', { level: 2, name: 'Signing in as a young person or family member?' })
        .waitFor();
      expect(await axeViolations(other)).toEqual([]);
      await other.screenshot({
        path: 'test-results/screenshots/sign-in-with-family-way-phone.png',
        fullPage: true,
      });
      await other.getByRole('link', { name: 'Sign in with your sign-in name' }).click();
      await other.getByRole('heading', { level: 1, name: 'Sign in to your plan' }).waitFor();
      expect(await axeViolations(other)).toEqual([]);
      await other.screenshot({
        path: 'test-results/screenshots/family-sign-in-phone.png',
        fullPage: true,
      });

      // A wrong passphrase: a plain refusal, and what was typed stays.
      const typedName = signInName.toUpperCase().replace('-', ' ');
      await other.getByLabel('Your sign-in name').fill(typedName);
      await other.getByLabel('Your passphrase').fill('purple elephant walking');
      await other.getByRole('button', { name: 'Sign in' }).click();
      await other
        .getByRole('alert')
        .filter({ hasText: 'That sign-in name or passphrase is not right' })
        .waitFor();
      expect(await other.getByLabel('Your sign-in name').inputValue()).toBe(typedName);
      expect(await axeViolations(other)).toEqual([]);
      await other.screenshot({
        path: 'test-results/screenshots/family-sign-in-error-phone.png',
        fullPage: true,
      });

      // The right one (the name in capitals with a space still works): My plan, synced.
      await other.getByLabel('Your passphrase').fill('purple elephant dancing');
      await other.getByRole('button', { name: 'Sign in' }).click();
      await choosePasscode(other, { planOpen: true });
      await other.getByRole('heading', { level: 1, name: 'My plan' }).waitFor();
      expect(await other.getByTestId('signed-in-as').textContent()).toContain('Signed in as Sam');
      await other
        .getByTestId('save-status')
        .filter({ hasText: 'Synced at' })
        .waitFor({ timeout: 30_000 });
      await other.screenshot({
        path: 'test-results/screenshots/my-plan-second-phone.png',
        fullPage: true,
      });
      const pulledAgain = await postJson(other, '/api/sync', {
        deviceId: 'e2e-second-phone',
        mutations: [],
        checkpoint: {},
      });
      expect(pulledAgain.status).toBe(200);
      const secondCases = (
        pulledAgain.json as { changes: { kind: string; id: string }[] }
      ).changes.filter((r) => r.kind === 'case');
      expect(secondCases.map((c) => c.id)).toEqual([caseId]);
      expect(issues).toEqual([]);

      // The same screen on a tablet.
      await other.setViewportSize(TABLET);
      await other.goto(new URL('/sign-in/family', server.url).href);
      await other.getByRole('heading', { level: 1, name: 'Sign in to your plan' }).waitFor();
      expect(await axeViolations(other)).toEqual([]);
      await other.screenshot({
        path: 'test-results/screenshots/family-sign-in-tablet.png',
        fullPage: true,
      });
    } finally {
      await tablet.close();
      await phone.close();
      await secondPhone.close();
    }
  });
});
