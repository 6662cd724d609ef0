/**
 * The start of the end-to-end journeys that involve a young person: the first admin (a
 * practitioner too) sets up OurPlan on a tablet and opens Sam's case, invites Sam, and
 * Sam joins on a phone with the code. Each step as a person does it on screen.
 */
import type { Page } from 'playwright-core';
import { PHONE, TABLET } from './browser';
import type { Devices } from './devices';
import { fillSetupForm, setupLink } from './first-run';
import { choosePasscode } from './passcode';

export const heading = (page: Page, name: string) =>
  page.getByRole('heading', { level: 1, name, exact: true }).waitFor();

export interface Family {
  tablet: Page;
  phone: Page;
  /** The case page's address on the tablet. */
  caseUrl: string;
}

export async function practitionerAndYoungPerson(world: Devices, name = 'Sam'): Promise<Family> {
  const tablet = await world.device(TABLET);
  await tablet.goto(setupLink(world.server));
  await fillSetupForm(tablet);
  await heading(tablet, 'Your caseload');
  await tablet.getByRole('link', { name: 'Open a new case' }).click();
  await tablet.getByLabel('Name they want to be called').fill(name);
  await tablet.getByLabel('Age range').selectOption({ label: '14 to 15' });
  await tablet.getByLabel('The young person agrees to a record being kept').check();
  await tablet.getByRole('button', { name: 'Open case' }).click();
  await heading(tablet, name);
  const caseUrl = tablet.url();
  await tablet.getByTestId('save-status').filter({ hasText: 'Synced at' }).waitFor();
  await tablet.getByRole('link', { name: 'Invite to their plan' }).click();
  await tablet.getByLabel(`${name}, the young person`).check();
  await tablet.getByRole('button', { name: 'Make a code' }).click();
  const code = (await tablet.getByTestId('invitation-code').textContent()) ?? '';

  const phone = await world.device(PHONE, true);
  await phone.goto(new URL(`/join#code=${code}`, world.server.url).href);
  await phone.getByLabel('What should we call you?').fill(name);
  await phone.getByLabel('Make a passphrase').fill('purple elephant dancing');
  await phone.getByRole('button', { name: 'Join my plan' }).click();
  // Joined: the sign-in name, then a passcode for this phone (issue #10), then My plan.
  await phone.getByRole('link', { name: 'Go to my plan' }).click();
  await choosePasscode(phone, { planOpen: true });
  await heading(phone, 'My plan');
  return { tablet, phone, caseUrl };
}

/** Opens the case's session (starting one) on the tablet and goes to one part of it. */
export async function openSessionPart(family: Family, part: RegExp, title: string) {
  const { tablet, caseUrl } = family;
  await tablet.goto(caseUrl);
  await tablet.getByRole('link', { name: /^(Start a session|Continue the session)/ }).click();
  await tablet.waitForURL(/\/sessions\/[0-9a-f-]+\/[a-z-]+$/);
  const sessionUrl = tablet.url();
  await tablet
    .getByRole('navigation', { name: 'Parts of the session' })
    .getByRole('link', { name: part })
    .click();
  await heading(tablet, title);
  return sessionUrl;
}

/** Chooses a language in Settings and waits for the page's direction to follow. */
export async function useLanguage(page: Page, base: string, label: string, dir: 'ltr' | 'rtl') {
  await page.goto(new URL('/settings', base).href);
  await page.getByRole('radio', { name: label }).check();
  await page.getByRole('button', { name: /^(Use this language|یہ زبان استعمال کریں)$/ }).click();
  await page.waitForFunction((d) => document.documentElement.dir === d, dir);
}
