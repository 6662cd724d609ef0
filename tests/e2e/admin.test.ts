// Managing users end to end, in Debian's Chromium against the real server: the first
// admin adds a practitioner and gets their one-time activation link; the practitioner
// opens it on their own phone, chooses a password and signs in; the admin deactivates
// them and their next call to the server is refused; the last admin cannot remove their
// own admin role. axe on every state, in English and in Urdu (right to left), with
// screenshots at phone and tablet size.
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { launchChromium, PHONE, TABLET } from '../support/browser';
import { FIRST_ADMIN, fillSetupForm, setupLink } from '../support/first-run';
import { choosePasscode } from '../support/passcode';
import { startServer, type RunningServer } from '../support/server-process';

const SHOTS = 'test-results/screenshots';
const SAM = { name: 'Sam Jones', email: 'sam.jones@example.org', password: 'a kettle full of tea' };

let server: RunningServer;
let browser: Browser;
let admin: BrowserContext;
let adminPage: Page;
let sam: BrowserContext;
let samPage: Page;
let activationLink: string;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startServer();
  browser = await launchChromium();
  admin = await browser.newContext({ viewport: TABLET, locale: 'en-GB' });
  // The copy button uses the clipboard, which needs the person's (here, the test's) leave.
  await admin.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  adminPage = await admin.newPage();
  sam = await browser.newContext({ viewport: PHONE, locale: 'en-GB', hasTouch: true });
  samPage = await sam.newPage();
});

afterAll(async () => {
  await admin?.close();
  await sam?.close();
  await browser?.close();
  await server?.stop();
});

function url(path: string): string {
  return new URL(path, server.url).href;
}

/** axe finds nothing, nothing scrolls sideways, and a screenshot to look at. */
async function checkScreen(page: Page, name: string) {
  expect(await axeViolations(page)).toEqual([]);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  const { width } = page.viewportSize() ?? TABLET;
  const size = width < 600 ? 'phone' : 'tablet';
  await page.screenshot({ path: `${SHOTS}/admin-${name}-${size}.png`, fullPage: true });
}

/** The same screen at both sizes. */
async function checkBothSizes(page: Page, name: string) {
  await page.setViewportSize(PHONE);
  await checkScreen(page, name);
  await page.setViewportSize(TABLET);
  await checkScreen(page, name);
}

async function statusOf(page: Page, name: string): Promise<string> {
  const row = page.getByTestId('users-table').getByRole('row').filter({ hasText: name });
  return (await row.locator('.nhsuk-tag').textContent()) ?? '';
}

async function apiStatus(page: Page, path: string): Promise<number> {
  return page.evaluate(async (p) => (await fetch(p)).status, path);
}

describe('managing users', () => {
  it('the first admin sets up, then opens Manage users from their account page', async () => {
    await adminPage.goto(setupLink(server));
    await fillSetupForm(adminPage);
    await adminPage.waitForURL(/\/practitioner$/);

    await adminPage.goto(url('/account'));
    await adminPage.getByRole('link', { name: 'Manage users' }).click();
    await adminPage.getByRole('heading', { level: 1, name: 'Manage users' }).waitFor();
    expect(new URL(adminPage.url()).pathname).toBe('/admin');
    await adminPage.getByRole('cell', { name: FIRST_ADMIN.email }).waitFor();
    expect(await statusOf(adminPage, FIRST_ADMIN.name)).toBe('Active');
    expect(
      await adminPage.getByRole('rowheader', { name: `${FIRST_ADMIN.name} (you)` }).count(),
    ).toBe(1);
    await checkBothSizes(adminPage, 'list-first');
  });

  it('refuses an incomplete form with an error summary, keeping what was typed', async () => {
    await adminPage.getByRole('link', { name: 'Add a user' }).click();
    await adminPage.getByRole('heading', { level: 1, name: 'Add a user' }).waitFor();
    await checkScreen(adminPage, 'add');
    await adminPage.getByLabel('Email address').fill('sam.jones@');
    await adminPage.getByRole('checkbox', { name: 'Practitioner' }).uncheck();
    await adminPage.getByRole('button', { name: 'Add user' }).click();
    const summary = adminPage.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.waitFor();
    expect(await summary.getByRole('link').allTextContents()).toEqual([
      'This is required',
      'Enter an email address in the correct format, like name@example.com',
      'Select at least one role',
    ]);
    expect(await adminPage.getByLabel('Email address').inputValue()).toBe('sam.jones@');
    await checkBothSizes(adminPage, 'add-errors');
  });

  it('adds a practitioner and shows their activation link once, in full, to copy', async () => {
    await adminPage.getByLabel('Name').fill(SAM.name);
    await adminPage.getByLabel('Email address').fill(SAM.email);
    await adminPage.getByRole('checkbox', { name: 'Practitioner' }).check();
    await adminPage.getByRole('button', { name: 'Add user' }).click();
    await adminPage
      .getByRole('heading', { level: 1, name: `${SAM.name} has been added` })
      .waitFor();

    const linkField = adminPage.getByLabel(`Activation link for ${SAM.name}`);
    activationLink = await linkField.inputValue();
    expect(activationLink).toMatch(new RegExp(`^${server.url}activate#code=[A-Za-z0-9_-]+$`));
    expect(await adminPage.getByText(/The link works once, until /).textContent()).toMatch(/\d{4}/);
    await adminPage.getByRole('button', { name: 'Copy link' }).click();
    await adminPage.getByRole('status').filter({ hasText: 'Link copied.' }).waitFor();
    expect(await adminPage.evaluate(() => navigator.clipboard.readText())).toBe(activationLink);
    await checkBothSizes(adminPage, 'activation-link');

    // Shown once: the list of users does not have it, and coming back does not show it.
    await adminPage.getByRole('link', { name: 'Back to users' }).click();
    await adminPage.getByRole('heading', { level: 1, name: 'Manage users' }).waitFor();
    await adminPage.getByRole('cell', { name: SAM.email }).waitFor();
    expect(await statusOf(adminPage, SAM.name)).toBe('Waiting for activation');
    expect(await adminPage.content()).not.toContain('#code=');
    await adminPage.goBack();
    await adminPage.getByRole('heading', { level: 1, name: 'Add a user' }).waitFor();
    expect(await adminPage.content()).not.toContain('#code=');
    await adminPage.goto(url('/admin'));
    await adminPage.getByRole('cell', { name: SAM.email }).waitFor();
    await checkBothSizes(adminPage, 'list-waiting');
  });

  it('says plainly, at the field, that an email address is already used', async () => {
    await adminPage.goto(url('/admin?view=add'));
    await adminPage.getByLabel('Name').fill('Sam Again');
    await adminPage.getByLabel('Email address').fill(SAM.email.toUpperCase());
    await adminPage.getByRole('button', { name: 'Add user' }).click();
    const summary = adminPage.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.waitFor();
    expect(await summary.textContent()).toContain(
      'Enter a different email address: an account with this one already exists',
    );
    expect(await adminPage.getByLabel('Name').inputValue()).toBe('Sam Again');
    await checkScreen(adminPage, 'add-email-taken');
  });

  it('replaces a lost activation link with a new one; the old one stops working', async () => {
    await adminPage.goto(url('/admin'));
    const row = adminPage.getByTestId('users-table').getByRole('row').filter({ hasText: SAM.name });
    await row.getByRole('link').click();
    await adminPage.getByRole('button', { name: 'Make a new activation link' }).click();
    const fresh = await adminPage.getByLabel(`Activation link for ${SAM.name}`).inputValue();
    expect(fresh).toMatch(new RegExp(`^${server.url}activate#code=[A-Za-z0-9_-]+$`));
    expect(fresh).not.toBe(activationLink);
    await checkScreen(adminPage, 'new-activation-link');

    // The first link no longer activates anything.
    const code = (link: string) => link.split('#code=')[1] ?? '';
    const old = await adminPage.evaluate(async (c) => {
      const res = await fetch('/api/accounts/activate', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code: c, password: 'any long enough password' }),
      });
      return res.status;
    }, code(activationLink));
    expect(old).toBe(403);
    activationLink = fresh;
  });

  it('the practitioner opens the link on their phone, chooses a password and signs in', async () => {
    await samPage.goto(activationLink);
    await samPage.getByRole('heading', { level: 1, name: 'Activate your account' }).waitFor();
    await samPage.getByLabel('Create a password').fill(SAM.password);
    await samPage.getByRole('button', { name: 'Activate account' }).click();
    await samPage.waitForURL(/\/practitioner$/);
    await choosePasscode(samPage);
    expect(await apiStatus(samPage, '/api/auth/me')).toBe(200);

    // And signs in with it, as they will from now on.
    await samPage.goto(url('/sign-in'));
    await samPage.getByLabel('Email address').fill(SAM.email);
    await samPage.getByLabel('Password').fill(SAM.password);
    await samPage.getByRole('button', { name: 'Sign in' }).click();
    await samPage.waitForURL(/\/practitioner$/);
    expect(await apiStatus(samPage, '/api/auth/me')).toBe(200);

    // A practitioner is not an administrator: the app says so, and so does the server.
    await samPage.goto(url('/admin'));
    await samPage.getByTestId('not-admin').waitFor();
    expect(await apiStatus(samPage, '/api/admin/users')).toBe(403);
    await checkScreen(samPage, 'not-admin');
  });

  it('the admin deactivates them after confirming, and their next call is refused', async () => {
    await adminPage.goto(url('/admin'));
    await adminPage.getByRole('cell', { name: SAM.email }).waitFor();
    expect(await statusOf(adminPage, SAM.name)).toBe('Active');
    await adminPage.getByRole('link', { name: `Change account for ${SAM.name}` }).click();
    const heading = adminPage.getByRole('heading', {
      level: 1,
      name: `Change account: ${SAM.name}`,
    });
    await heading.waitFor();
    await adminPage.waitForFunction(() => document.activeElement?.tagName === 'H1');
    await checkBothSizes(adminPage, 'change');

    await adminPage.getByRole('button', { name: 'Deactivate account' }).click();
    const confirm = adminPage.getByRole('alert').filter({ hasText: 'Deactivate this account?' });
    await confirm.waitFor();
    // Focus goes to the question, and back to the button if the admin changes their mind.
    await adminPage.waitForFunction(() =>
      document.activeElement?.classList.contains('nhsuk-warning-callout'),
    );
    await checkBothSizes(adminPage, 'confirm-deactivate');
    // Changing one's mind leaves the account as it was.
    await confirm.getByRole('button', { name: 'No, keep it active' }).click();
    await adminPage.waitForFunction(
      () => document.activeElement?.textContent === 'Deactivate account',
    );
    expect(await adminPage.getByTestId('user-status').textContent()).toBe('Active');
    expect(await apiStatus(samPage, '/api/auth/me')).toBe(200);

    await adminPage.getByRole('button', { name: 'Deactivate account' }).click();
    await adminPage.getByRole('button', { name: 'Yes, deactivate' }).click();
    await adminPage
      .getByRole('status')
      .filter({ hasText: `${SAM.name}'s account has been deactivated.` })
      .waitFor();
    expect(await adminPage.getByTestId('user-status').textContent()).toBe('Deactivated');
    await checkScreen(adminPage, 'deactivated');

    expect(await apiStatus(samPage, '/api/auth/me')).toBe(401);
    expect(await apiStatus(samPage, '/api/auth/sessions')).toBe(401);

    await adminPage.getByRole('link', { name: 'Back to users' }).click();
    await adminPage.getByRole('cell', { name: SAM.email }).waitFor();
    expect(await statusOf(adminPage, SAM.name)).toBe('Deactivated');
  });

  it('reactivates them: they can sign in again with their own password', async () => {
    await adminPage.getByRole('link', { name: `Change account for ${SAM.name}` }).click();
    await adminPage.getByRole('button', { name: 'Reactivate account' }).click();
    await adminPage
      .getByRole('status')
      .filter({ hasText: `${SAM.name}'s account has been reactivated.` })
      .waitFor();
    const signIn = await samPage.evaluate(
      async (body) =>
        (
          await fetch('/api/auth/sign-in', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(body),
          })
        ).status,
      { email: SAM.email, password: SAM.password },
    );
    expect(signIn).toBeLessThan(300);
  });

  it('changes their roles: made an administrator too, then back', async () => {
    const adminBox = adminPage.getByRole('checkbox', { name: 'Administrator' });
    await adminBox.check();
    await adminPage.getByRole('button', { name: 'Save roles' }).click();
    await adminPage.getByRole('status').filter({ hasText: 'Roles saved.' }).waitFor();
    await adminPage.getByRole('link', { name: 'Back to users' }).click();
    const row = adminPage.getByTestId('users-table').getByRole('row').filter({ hasText: SAM.name });
    await row.getByText('Practitioner and Administrator').waitFor();

    await adminPage.getByRole('link', { name: `Change account for ${SAM.name}` }).click();
    await adminBox.uncheck();
    await adminPage.getByRole('button', { name: 'Save roles' }).click();
    await adminPage.getByRole('status').filter({ hasText: 'Roles saved.' }).waitFor();
    expect(await adminBox.isChecked()).toBe(false);
  });

  it('will not remove the last admin’s admin role, and says why in plain words', async () => {
    await adminPage.goto(url('/admin'));
    await adminPage.getByRole('link', { name: `Change account for ${FIRST_ADMIN.name}` }).click();
    await adminPage
      .getByRole('heading', { level: 1, name: `Change account: ${FIRST_ADMIN.name}` })
      .waitFor();
    const adminBox = adminPage.getByRole('checkbox', { name: 'Administrator' });
    expect(await adminBox.isChecked()).toBe(true);
    await adminBox.uncheck();
    await adminPage.getByRole('button', { name: 'Save roles' }).click();
    const summary = adminPage.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.waitFor();
    expect(await summary.textContent()).toContain(
      "You can't do this: this is the last active administrator. Make someone else an administrator first.",
    );
    expect(await adminBox.isChecked()).toBe(false);
    await checkBothSizes(adminPage, 'last-admin');
    // Nothing changed on the server.
    const roles = await adminPage.evaluate(async () => {
      const body = (await (await fetch('/api/auth/me')).json()) as { user: { roles: string[] } };
      return body.user.roles;
    });
    expect(roles).toContain('admin');
  });

  it('says plainly when offline, with every action disabled', async () => {
    await adminPage.goto(url('/admin'));
    await adminPage.getByRole('cell', { name: SAM.email }).waitFor();
    await admin.setOffline(true);
    try {
      await adminPage.getByTestId('admin-offline').waitFor();
      expect(await adminPage.getByRole('button', { name: 'Add a user' }).isDisabled()).toBe(true);
      await checkBothSizes(adminPage, 'offline');
      await adminPage.getByRole('link', { name: `Change account for ${SAM.name}` }).click();
      await adminPage
        .getByRole('heading', { level: 1, name: `Change account: ${SAM.name}` })
        .waitFor();
      expect(await adminPage.getByRole('button', { name: 'Save roles' }).isDisabled()).toBe(true);
      expect(await adminPage.getByRole('button', { name: 'Deactivate account' }).isDisabled()).toBe(
        true,
      );
      await checkScreen(adminPage, 'offline-change');
    } finally {
      await admin.setOffline(false);
    }
  });

  it('reads right to left in Urdu, with no axe violations', async () => {
    await adminPage.goto(url('/settings'));
    await adminPage.getByRole('radio', { name: 'اردو' }).check();
    await adminPage.getByRole('button', { name: 'Use this language' }).click();
    await adminPage.getByRole('heading', { level: 1, name: 'ترتیبات' }).waitFor();

    await adminPage.goto(url('/admin'));
    await adminPage.getByRole('heading', { level: 1, name: 'صارفین کا انتظام' }).waitFor();
    await adminPage.getByRole('cell', { name: SAM.email }).waitFor();
    expect(await adminPage.getAttribute('html', 'dir')).toBe('rtl');
    await checkBothSizes(adminPage, 'list-urdu');

    await adminPage.goto(url('/admin?view=add'));
    await adminPage.getByRole('heading', { level: 1, name: 'صارف شامل کریں' }).waitFor();
    await checkBothSizes(adminPage, 'add-urdu');
    await adminPage.getByRole('checkbox', { name: 'پریکٹیشنر' }).uncheck();
    await adminPage.getByRole('button', { name: 'صارف شامل کریں' }).click();
    await adminPage.getByText('کم از کم ایک کردار منتخب کریں').first().waitFor();
    await checkBothSizes(adminPage, 'add-errors-urdu');
  });
});
