// A young person joins their plan on their phone with the code their practitioner made
// on a tablet (two browser contexts, real server). Cases have no screens yet (issue #4),
// so the practitioner's case is created through the real sync API with their session.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatHlc, uuidv7 } from '../../src/domain';
import { axeViolations } from '../support/axe';
import { launchChromium, PHONE, TABLET } from '../support/browser';
import { fillSetupForm, setupLink } from '../support/first-run';
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

describe('joining a plan with a code', () => {
  it('links the young person’s phone to their case, and only their case', async () => {
    const tablet = await browser.newContext({ viewport: TABLET });
    const phone = await browser.newContext({ viewport: PHONE, hasTouch: true });
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
    } finally {
      await tablet.close();
      await phone.close();
    }
  });
});
