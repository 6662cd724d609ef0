/**
 * First-run setup in the browser, as a person does it: open the link the server printed
 * and create the organisation and its first admin (who is also a practitioner).
 */
import type { Page } from 'playwright-core';
import { choosePasscode } from './passcode';
import type { RunningServer } from './server-process';

export const FIRST_ADMIN = {
  organisation: 'Northside CAMHS',
  name: 'Priya Shah',
  email: 'priya@example.org',
  password: 'correct horse battery staple',
};

export function setupLink(server: RunningServer): string {
  const match = /https?:\/\/\S+\/setup#token=[A-Za-z0-9_-]+/.exec(server.output());
  if (!match) throw new Error(`The server printed no setup link:\n${server.output()}`);
  return match[0];
}

/**
 * Fills the setup form; `password` lets a test try a bad one first. With the good one,
 * the admin then chooses their passcode for this device (issue #10), as everyone does
 * after signing in.
 */
export async function fillSetupForm(page: Page, password = FIRST_ADMIN.password): Promise<void> {
  await page.getByLabel('Name of your organisation').fill(FIRST_ADMIN.organisation);
  await page.getByLabel('Your name').fill(FIRST_ADMIN.name);
  await page.getByLabel('Email address').fill(FIRST_ADMIN.email);
  await page.getByLabel('Create a password').fill(password);
  await page.getByRole('button', { name: 'Create organisation and account' }).click();
  if (password === FIRST_ADMIN.password) await choosePasscode(page);
}
