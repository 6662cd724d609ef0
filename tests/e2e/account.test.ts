// First run to signed-in practitioner, end to end: the server prints a one-time setup
// link; opening it creates the organisation and its first admin; the status bar shows
// syncing with the server; bad input is refused with what was typed kept; signing out
// ends the session and removes the device's data.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { launchChromium, TABLET } from '../support/browser';
import { fillSetupForm, setupLink } from '../support/first-run';
import { choosePasscode } from '../support/passcode';
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

async function expectNoAxeViolations(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

describe('accounts', () => {
  it('sets up the organisation from the printed link, then signs out and back in', async () => {
    const context = await browser.newContext({ viewport: TABLET });
    const page = await context.newPage();
    try {
      await page.goto(setupLink(server));
      await page.getByRole('heading', { level: 1, name: 'Set up OurPlan' }).waitFor();
      await expectNoAxeViolations(page);

      // Bad input: a short password is refused, and what was typed is kept.
      await fillSetupForm(page, 'too short');
      const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
      await summary.waitFor();
      expect(await summary.textContent()).toContain('Use at least 12 characters');
      expect(await page.getByLabel('Email address').inputValue()).toBe('priya@example.org');
      await page.screenshot({
        path: 'test-results/screenshots/setup-error-tablet.png',
        fullPage: true,
      });
      await expectNoAxeViolations(page);

      await page.getByLabel('Create a password').fill('correct horse battery staple');
      await page.getByRole('button', { name: 'Create organisation and account' }).click();
      await choosePasscode(page);
      await page.getByRole('heading', { level: 1, name: 'Your caseload' }).waitFor();
      expect(await page.getByTestId('signed-in-as').textContent()).toContain(
        'Signed in as Priya Shah.',
      );
      // Sync runs against the real server once signed in.
      await page
        .getByTestId('save-status')
        .filter({ hasText: 'Synced at' })
        .waitFor({ timeout: 30_000 });
      await page.screenshot({
        path: 'test-results/screenshots/practitioner-signed-in-tablet.png',
        fullPage: true,
      });

      // The link works once.
      const second = await context.newPage();
      await second.goto(setupLink(server));
      await second.getByLabel('Name of your organisation').fill('Again');
      await second.getByLabel('Your name').fill('Someone');
      await second.getByLabel('Email address').fill('someone@example.org');
      await second.getByLabel('Create a password').fill('another long password');
      await second.getByRole('button', { name: 'Create organisation and account' }).click();
      await second
        .getByText('This link has already been used, has expired or is not right.')
        .first()
        .waitFor();
      await second.close();

      // Account: this device listed; sign out removes the session.
      await page.getByRole('link', { name: 'Your account' }).click();
      await page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
      await page.getByText('This device', { exact: true }).waitFor();
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByRole('heading', { level: 1, name: 'Welcome to OurPlan' }).waitFor();
      const me = await page.evaluate(async () => (await fetch('/api/auth/me')).status);
      expect(me).toBe(401);

      // Wrong password: a plain message, the email kept.
      await page.goto(new URL('/sign-in', server.url).href);
      await page.getByLabel('Email address').fill('priya@example.org');
      await page.getByLabel('Password').fill('not the password');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByText('The email address or password is not right.').first().waitFor();
      expect(await page.getByLabel('Email address').inputValue()).toBe('priya@example.org');
      await expectNoAxeViolations(page);

      await page.getByLabel('Password').fill('correct horse battery staple');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await choosePasscode(page);
      await page.getByRole('heading', { level: 1, name: 'Your caseload' }).waitFor();
      expect(await page.getByTestId('signed-in-as').textContent()).toContain('Priya Shah');
    } finally {
      await context.close();
    }
  });
});
