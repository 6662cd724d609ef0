// A whole session on a tablet with no connection, end to end on the real server: open a
// case, then RESPECT, the Current View, agreeing the grouping and the summary, with a
// reload part-way that loses nothing typed; hand the tablet over; back online the
// session reaches a second device. Every screen is checked with axe, in English and in
// Urdu (right to left).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PHONE, TABLET } from '../support/browser';
import { SYNC_WAIT, expectAccessible, serverAndDevices, synced } from '../support/devices';
import { FIRST_ADMIN, fillSetupForm, setupLink } from '../support/first-run';
import { choosePasscode } from '../support/passcode';

const SHOTS = 'test-results/screenshots';
const world = serverAndDevices();
const device = world.device;

const parts = (page: Page) => page.getByRole('navigation', { name: 'Parts of the session' });

const heading = (page: Page, name: string) =>
  page.getByRole('heading', { level: 1, name, exact: true }).waitFor();

describe('a session on a tablet, offline', () => {
  it('runs from RESPECT to the summary offline, survives a reload and reaches a second device', async () => {
    const tablet = await device(TABLET);
    await tablet.goto(setupLink(world.server));
    await fillSetupForm(tablet);
    await heading(tablet, 'Your caseload');
    // The service worker takes control, as on any tablet used before.
    await tablet.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await tablet.reload();
    await tablet.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await synced(tablet);

    // No connection from here to the end of the session.
    await tablet.context().setOffline(true);
    await tablet.getByRole('link', { name: 'Open a new case' }).click();
    await tablet.getByLabel('Name they want to be called').fill('Sam');
    await tablet.getByLabel('Age range').selectOption({ label: '14 to 15' });
    await tablet.getByLabel('The young person agrees to a record being kept').check();
    await tablet.getByRole('button', { name: 'Open case' }).click();
    await heading(tablet, 'Sam');
    const caseUrl = tablet.url();
    await tablet.getByRole('link', { name: 'Start a session' }).click();

    // RESPECT, in Sam's words.
    await heading(tablet, 'RESPECT: your rights');
    const sessionUrl = tablet.url();
    expect(sessionUrl).toMatch(/\/sessions\/[0-9a-f-]+\/respect$/);
    await expectAccessible(tablet, 'respect');
    const options = tablet.getByRole('group', {
      name: 'I know what kinds of help I could choose from',
    });
    await options.getByLabel('Talked about').check();
    await tablet
      .getByLabel('In Sam’s own words (optional)')
      .first()
      .fill('I want to know if there is a group');
    await tablet
      .getByRole('group', { name: 'I am listened to, and what I think counts' })
      .getByLabel('Talked about')
      .check();
    await tablet.getByRole('button', { name: 'Save RESPECT' }).click();
    await tablet.getByText('RESPECT saved').waitFor();
    await tablet.screenshot({ path: `${SHOTS}/session-respect-tablet.png`, fullPage: true });

    // The Current View: a prompt for discussion, never the answer.
    await parts(tablet)
      .getByRole('link', { name: /Current View/ })
      .click();
    await heading(tablet, 'Current View (optional)');
    await tablet
      .getByRole('radiogroup', { name: 'Anxious generally' })
      .getByLabel('Severe', { exact: true })
      .check();
    for (const item of [
      'Home',
      'School, work or training',
      'Community',
      'Service engagement',
      'Attendance difficulties',
      'Attainment difficulties',
    ]) {
      await tablet
        .getByRole('radiogroup', { name: item, exact: true })
        .getByLabel('Not known', { exact: true })
        .check();
    }
    const suggestion = tablet.getByText(
      'The payment-systems rules would point towards Getting Help because:',
    );
    await suggestion.waitFor();
    await tablet.getByText('This is only a starting point: agree the grouping together.').waitFor();
    await tablet.getByRole('button', { name: 'Save Current View' }).click();
    await tablet.getByText('Current View saved on this device').first().waitFor();
    await expectAccessible(tablet, 'current view');
    await tablet.screenshot({ path: `${SHOTS}/session-current-view-tablet.png`, fullPage: true });

    // Agreeing the grouping; the tablet reloads (sleeps, crashes) half-way through.
    await parts(tablet)
      .getByRole('link', { name: /Agree the grouping/ })
      .click();
    await heading(tablet, 'Agree the grouping');
    await expectAccessible(tablet, 'grouping');
    await tablet.getByLabel('Getting Help', { exact: true }).check();
    const reasons = 'Worry is stopping Sam going to school; Sam wants to work on it with us.';
    await tablet.getByLabel('Why we agreed this').fill(reasons);
    await tablet
      .getByRole('group', { name: 'The young person' })
      .getByRole('textbox')
      .fill('I want help with the mornings');
    // Give the draft its moment to be written, then reload.
    await tablet.waitForTimeout(1_000);
    await tablet.reload();
    await heading(tablet, 'Agree the grouping');
    await tablet.getByLabel('Why we agreed this').waitFor();
    expect(await tablet.getByLabel('Why we agreed this').inputValue()).toBe(reasons);
    expect(await tablet.getByLabel('Getting Help', { exact: true }).isChecked()).toBe(true);
    const agreedBy = tablet.getByRole('group', { name: /^Who agreed/ });
    await agreedBy.getByLabel('The young person', { exact: true }).check();
    await agreedBy.getByLabel('Practitioner', { exact: true }).check();
    await tablet.getByRole('button', { name: 'Save the agreed grouping' }).click();
    await tablet.getByText('The agreed grouping is saved.').waitFor();
    await tablet.getByText('First agreed: Getting Help').waitFor();
    await expectAccessible(tablet, 'grouping saved');
    await tablet.screenshot({ path: `${SHOTS}/session-grouping-tablet.png`, fullPage: true });

    // The summary: Getting Help asks for the agreement at the outset.
    await parts(tablet)
      .getByRole('link', { name: /Summary and next steps/ })
      .click();
    await heading(tablet, 'Summary and next steps');
    await tablet.getByRole('button', { name: 'Save and finish the session' }).click();
    const problems = tablet.getByRole('alert').filter({ hasText: 'There is a problem' });
    await problems.waitFor();
    expect(await problems.textContent()).toContain(
      "Enter what will happen if things don't get better",
    );
    await expectAccessible(tablet, 'summary errors');
    await tablet.getByLabel('What was decided (optional)').fill('Getting Help: weekly sessions');
    await tablet.getByLabel('What will be done').first().fill('Try the breathing plan');
    await tablet.getByLabel('Who will do it').first().fill('Sam');
    await tablet.getByLabel('What a good outcome looks like').fill('Going to school most days');
    await tablet.getByLabel('Likely', { exact: true }).check();
    await tablet.getByLabel('By when', { exact: true }).fill('2099-03-01');
    await tablet
      .getByLabel("What will happen if things don't get better")
      .fill('We will look again together and try something else');
    await tablet
      .getByLabel('What we talked about, for the young person (optional)')
      .fill('We talked about mornings and agreed to try a plan.');
    await tablet.getByRole('button', { name: 'Save and finish the session' }).click();
    await tablet.getByText('Session finished. The summary is saved.').waitFor();
    await expectAccessible(tablet, 'summary');
    await tablet.screenshot({ path: `${SHOTS}/session-summary-tablet.png`, fullPage: true });

    // Printable, the young person's copy by default.
    await tablet.goto(sessionUrl.replace(/\/respect$/, '/print'));
    await tablet.getByText('We talked about mornings and agreed to try a plan.').waitFor();
    await expectAccessible(tablet, 'print');
    await tablet.emulateMedia({ media: 'print' });
    await tablet.screenshot({ path: `${SHOTS}/session-print-tablet.png`, fullPage: true });
    await tablet.emulateMedia({ media: 'screen' });

    // Everything waits on the tablet until the connection is back.
    await tablet.goto(caseUrl);
    await heading(tablet, 'Sam');
    await tablet.getByTestId('save-status').filter({ hasText: 'waiting' }).waitFor();
    await tablet.context().setOffline(false);
    await synced(tablet);
    // The case overview now tells the story of the session.
    await tablet.getByText('Grouping agreed: Getting Help').first().waitFor();
    await expectAccessible(tablet, 'case overview');
    await tablet.screenshot({ path: `${SHOTS}/case-overview-tablet.png`, fullPage: true });

    // A second device sees the session.
    const second = await device(TABLET);
    await second.goto(new URL('/sign-in', world.server.url).href);
    await second.getByLabel('Email address').fill(FIRST_ADMIN.email);
    await second.getByLabel('Password').fill(FIRST_ADMIN.password);
    await second.getByRole('button', { name: 'Sign in' }).click();
    await choosePasscode(second);
    await heading(second, 'Your caseload');
    await second.getByRole('link', { name: 'Sam' }).click(SYNC_WAIT);
    await heading(second, 'Sam');
    await second.getByText('Getting Help').first().waitFor(SYNC_WAIT);
    await second.goto(
      new URL(new URL(sessionUrl).pathname.replace(/respect$/, 'summary'), world.server.url).href,
    );
    await heading(second, 'Summary and next steps');
    expect(await second.getByLabel('What was decided (optional)').inputValue()).toBe(
      'Getting Help: weekly sessions',
    );
    expect(await second.getByLabel('What a good outcome looks like').inputValue()).toBe(
      'Going to school most days',
    );

    // Every session screen in Urdu, right to left.
    await second.goto(new URL('/settings', world.server.url).href);
    await second.getByRole('radio', { name: 'اردو' }).check();
    await second.getByRole('button', { name: 'Use this language' }).click();
    await second.waitForFunction(() => document.documentElement.dir === 'rtl');
    const base = new URL(sessionUrl).pathname.replace(/\/respect$/, '');
    for (const part of [
      'respect',
      'current-view',
      'grouping',
      'summary',
      'print',
      'hand-over/respect',
    ]) {
      await second.goto(new URL(`${base}/${part}`, world.server.url).href);
      await second.locator('h1').waitFor();
      await second.locator('form, main button, main table').first().waitFor();
      expect(await second.getAttribute('html', 'lang')).toBe('ur');
      await expectAccessible(second, `${part} in Urdu`);
      await second.screenshot({
        path: `${SHOTS}/session-${part.replace('/', '-')}-urdu-tablet.png`,
        fullPage: true,
      });
    }
    await second.goto(new URL(new URL(caseUrl).pathname, world.server.url).href);
    await second.locator('h1').waitFor();
    await expectAccessible(second, 'case overview in Urdu');

    // The session at phone size, for a look.
    await tablet.setViewportSize(PHONE);
    await tablet.goto(caseUrl);
    await heading(tablet, 'Sam');
    await expectAccessible(tablet, 'case overview on a phone');
    await tablet.screenshot({ path: `${SHOTS}/case-overview-phone.png`, fullPage: true });
    for (const part of ['respect', 'current-view', 'grouping', 'summary']) {
      await tablet.goto(sessionUrl.replace(/respect$/, part));
      await tablet.locator('form').first().waitFor();
      await expectAccessible(tablet, `${part} on a phone`);
      await tablet.screenshot({ path: `${SHOTS}/session-${part}-phone.png`, fullPage: true });
    }
  });

  it('hands the tablet over and takes it back with the passcode', async () => {
    const tablet = await device(TABLET);
    await tablet.goto(new URL('/sign-in', world.server.url).href);
    await tablet.getByLabel('Email address').fill(FIRST_ADMIN.email);
    await tablet.getByLabel('Password').fill(FIRST_ADMIN.password);
    await tablet.getByRole('button', { name: 'Sign in' }).click();
    // The passcode chosen at sign-in on this tablet (issue #10) is the one that ends hand-over.
    await choosePasscode(tablet, { passcode: '246810' });
    await heading(tablet, 'Your caseload');
    await tablet.getByRole('link', { name: 'Open a new case' }).click();
    await tablet.getByLabel('Name they want to be called').fill('Rio');
    await tablet.getByLabel('Age range').selectOption({ label: '11 to 13' });
    await tablet.getByLabel('The young person agrees to a record being kept').check();
    await tablet.getByRole('button', { name: 'Open case' }).click();
    await heading(tablet, 'Rio');
    await tablet.getByRole('link', { name: 'Start a session' }).click();
    await heading(tablet, 'RESPECT: your rights');
    const sessionUrl = tablet.url();

    await tablet.getByRole('link', { name: 'Hand the tablet over' }).click();
    await tablet.getByRole('button', { name: 'Hand over to Rio now' }).click();
    await heading(tablet, 'Your rights, Rio');
    await expectAccessible(tablet, 'hand-over');
    await tablet.screenshot({ path: `${SHOTS}/hand-over-tablet.png`, fullPage: true });

    // No way out: no navigation, and a typed address or a reload comes back here.
    expect(await tablet.getByRole('navigation', { name: 'Main' }).count()).toBe(0);
    await tablet.goto(new URL('/practitioner', world.server.url).href);
    await heading(tablet, 'Your rights, Rio');
    await tablet
      .getByRole('group', { name: 'I am listened to, and what I think counts' })
      .getByLabel('We talked about this')
      .check();
    await tablet.getByRole('button', { name: 'Save my answers' }).click();
    await tablet.getByText('Your answers are saved').waitFor();

    await tablet.getByRole('button', { name: 'I’ve finished: give the tablet back' }).click();
    await tablet.getByLabel('Passcode').fill('135790');
    await tablet.getByRole('button', { name: 'Unlock' }).click();
    await tablet.getByText('The passcode is not right. Check it and try again.').first().waitFor();
    await expectAccessible(tablet, 'wrong passcode');
    await tablet.getByLabel('Passcode').fill('246810');
    await tablet.getByRole('button', { name: 'Unlock' }).click();
    await heading(tablet, 'RESPECT: your rights');
    expect(tablet.url()).toBe(sessionUrl);
    await tablet.setViewportSize(PHONE);
    await tablet.screenshot({ path: `${SHOTS}/session-after-hand-over-phone.png`, fullPage: true });
  });
});
