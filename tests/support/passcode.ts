/**
 * The passcode every signed-in person chooses on a device straight after signing in
 * (issue #10), as a person does it on screen. A young person is first asked about their
 * safety plan while OurPlan is locked.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { axeViolations } from './axe';

export const E2E_PASSCODE = '258036';

export interface PasscodeChoice {
  /** A young person's answer about their safety plan; undefined for everyone else. */
  planOpen?: boolean;
  passcode?: string;
  /** Check each screen with axe and keep a screenshot under this name. */
  shot?: string;
}

async function look(page: Page, name: string | undefined, step: string): Promise<void> {
  if (!name) return;
  expect(await axeViolations(page), `${name}-${step}`).toEqual([]);
  await page.screenshot({
    path: `test-results/screenshots/${name}-${step}-phone.png`,
    fullPage: true,
  });
}

export async function choosePasscode(page: Page, choice: PasscodeChoice = {}): Promise<void> {
  if (choice.planOpen !== undefined) {
    await page
      .getByRole('heading', { level: 1, name: 'Your safety plan when OurPlan is locked' })
      .waitFor({ timeout: 30_000 });
    await look(page, choice.shot, 'plan');
    await page
      .getByRole('button', {
        name: choice.planOpen ? 'Keep my safety plan open' : 'Lock my safety plan too',
      })
      .click();
  }
  await page
    .getByRole('heading', { level: 1, name: 'Choose a passcode' })
    .waitFor({ timeout: 30_000 });
  await look(page, choice.shot, 'passcode');
  const passcode = choice.passcode ?? E2E_PASSCODE;
  await page.getByLabel('New passcode').fill(passcode);
  await page.getByLabel('Enter the passcode again').fill(passcode);
  await page.getByRole('button', { name: 'Save passcode' }).click();
  await page
    .getByRole('heading', { level: 1, name: 'Choose a passcode' })
    .waitFor({ state: 'detached', timeout: 30_000 });
}

/** Unlock OurPlan with the passcode (after idle time, a lock, or a new tab). */
export async function unlock(page: Page, passcode = E2E_PASSCODE): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Enter your passcode' }).waitFor();
  await page.getByLabel('Passcode', { exact: true }).fill(passcode);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page
    .getByRole('heading', { level: 1, name: 'Enter your passcode' })
    .waitFor({ state: 'detached', timeout: 30_000 });
}
