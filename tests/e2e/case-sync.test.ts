// A case across three devices, end to end on the real server: the practitioner opens a
// case on a tablet and invites the young person, who joins on a phone with the code (QR
// link); the practitioner edits offline, a colleague's device edits the same field online;
// on reconnecting the tablet shows both versions to choose from, and the phone shows the
// practitioner's change without anyone reloading.
import { describe, expect, it } from 'vitest';
import { PHONE, TABLET } from '../support/browser';
import { SYNC_WAIT, expectAccessible, serverAndDevices, synced } from '../support/devices';
import { FIRST_ADMIN, fillSetupForm, setupLink } from '../support/first-run';
import { choosePasscode } from '../support/passcode';

const SHOTS = 'test-results/screenshots';
const world = serverAndDevices();
const device = world.device;

describe('a case on three devices', () => {
  it('opens, invites, edits offline, settles a conflict and reaches the phone without a reload', async () => {
    // The practitioner sets up OurPlan on their tablet.
    const tablet = await device(TABLET);
    await tablet.goto(setupLink(world.server));
    await fillSetupForm(tablet);
    await tablet.getByRole('heading', { level: 1, name: 'Your caseload' }).waitFor();
    await tablet.getByTestId('caseload-count').waitFor();
    await expectAccessible(tablet);
    // Let the service worker take control, as on any device used before.
    await tablet.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await tablet.reload();
    await tablet.waitForFunction(() => navigator.serviceWorker.controller !== null);

    // Opening a case: problems first, then the details.
    await tablet.getByRole('link', { name: 'Open a new case' }).click();
    await tablet.getByRole('heading', { level: 1, name: 'Open a new case' }).waitFor();
    await tablet.getByLabel('Pronouns (optional)').fill('he/him');
    await tablet.getByRole('button', { name: 'Open case' }).click();
    const summary = tablet.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Enter an age range or a date of birth');
    expect(await tablet.getByLabel('Pronouns (optional)').inputValue()).toBe('he/him');
    await expectAccessible(tablet);
    await tablet.screenshot({ path: `${SHOTS}/new-case-error-tablet.png`, fullPage: true });

    await tablet.getByLabel('Name they want to be called').fill('Sam');
    await tablet.getByLabel('Age range').selectOption({ label: '14 to 15' });
    await tablet.getByLabel('Name', { exact: true }).fill('Alex');
    await tablet.getByLabel('How they are involved').fill('Mum');
    await tablet.getByLabel('The young person agrees to a record being kept').check();
    await tablet.getByRole('button', { name: 'Open case' }).click();
    await tablet.getByRole('heading', { level: 1, name: 'Sam' }).waitFor();
    const caseUrl = tablet.url();
    await synced(tablet);
    await expectAccessible(tablet);
    await tablet.screenshot({ path: `${SHOTS}/case-tablet.png`, fullPage: true });

    // The invitation, with its QR code.
    await tablet.getByRole('link', { name: 'Invite to their plan' }).click();
    await tablet.getByLabel('Sam, the young person').check();
    await tablet.getByRole('button', { name: 'Make a code' }).click();
    const code = (await tablet.getByTestId('invitation-code').textContent()) ?? '';
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}$/);
    await tablet.getByRole('img', { name: /QR code/ }).waitFor();
    await tablet.getByTestId('open-invitations').waitFor();
    await expectAccessible(tablet);
    await tablet.screenshot({ path: `${SHOTS}/invite-code-tablet.png`, fullPage: true });

    // Sam scans it on their phone: the join page opens with the code filled in.
    const phone = await device(PHONE, true);
    await phone.goto(new URL(`/join#code=${code}`, world.server.url).href);
    await phone.getByRole('heading', { level: 1, name: 'Join your plan' }).waitFor();
    expect(await phone.getByLabel('Your code').inputValue()).toBe(code);
    await phone.getByLabel('What should we call you?').fill('Sam');
    await phone.getByLabel('Make a passphrase').fill('purple elephant dancing');
    await phone.getByRole('button', { name: 'Join my plan' }).click();
    // Joined: the sign-in name, then a passcode for this phone (issue #10), then My plan.
    await phone.getByRole('link', { name: 'Go to my plan' }).click();
    await choosePasscode(phone, { planOpen: true });
    await phone.getByRole('heading', { level: 1, name: 'My plan' }).waitFor();
    const review = phone.getByTestId('my-plan-review');
    await review.waitFor(SYNC_WAIT);
    expect(await phone.getByText('Hi Sam').count()).toBe(1);
    expect(await review.textContent()).toContain("haven't set a date");

    // A colleague's device (the same practitioner, signed in on a second tablet).
    const colleague = await device(TABLET);
    await colleague.goto(new URL('/sign-in', world.server.url).href);
    await colleague.getByLabel('Email address').fill(FIRST_ADMIN.email);
    await colleague.getByLabel('Password').fill(FIRST_ADMIN.password);
    await colleague.getByRole('button', { name: 'Sign in' }).click();
    await choosePasscode(colleague);
    await colleague.getByRole('heading', { level: 1, name: 'Your caseload' }).waitFor();
    await colleague.getByRole('link', { name: 'Sam' }).click(SYNC_WAIT);

    // The tablet loses its connection; the practitioner carries on.
    await tablet.goto(caseUrl);
    await tablet.getByRole('heading', { level: 1, name: 'Sam' }).waitFor();
    await tablet.context().setOffline(true);
    await tablet.getByRole('link', { name: 'Change details' }).click();
    await tablet.getByLabel('Next review date (optional)').fill('2099-06-15');
    await tablet.getByLabel('Pronouns (optional)').fill('they/them');
    await tablet.getByRole('button', { name: 'Save changes' }).click();
    await tablet.getByTestId('case-details').filter({ hasText: '15 Jun 2099' }).waitFor();
    await tablet.getByTestId('save-status').filter({ hasText: 'waiting' }).waitFor();
    await tablet.screenshot({ path: `${SHOTS}/case-offline-tablet.png`, fullPage: true });

    // Meanwhile the colleague changes the pronouns too, online.
    await colleague.getByRole('link', { name: 'Change details' }).click();
    await colleague.getByLabel('Pronouns (optional)').fill('he/they');
    await colleague.getByRole('button', { name: 'Save changes' }).click();
    await colleague.getByTestId('case-details').filter({ hasText: 'he/they' }).waitFor();
    await synced(colleague);

    // Back online: the tablet syncs by itself and shows both versions to choose from.
    await tablet.context().setOffline(false);
    const conflicts = tablet.getByTestId('conflicts');
    await conflicts.waitFor(SYNC_WAIT);
    expect(await conflicts.textContent()).toContain('Pronouns: which version should be kept?');
    await expectAccessible(tablet);
    await tablet.screenshot({ path: `${SHOTS}/case-conflict-tablet.png`, fullPage: true });
    await conflicts.getByLabel('he/they').check();
    await conflicts.getByRole('button', { name: 'Keep this' }).click();
    await tablet.getByText('Saved. Every device will show this version.').waitFor();
    await tablet.getByTestId('case-details').filter({ hasText: 'he/they' }).waitFor();

    // Sam's phone shows the new review date, with no reload.
    await phone.getByTestId('my-plan-review').filter({ hasText: '15 Jun 2099' }).waitFor(SYNC_WAIT);
    await expectAccessible(phone);
    await phone.screenshot({ path: `${SHOTS}/my-plan-synced-phone.png`, fullPage: true });

    // The colleague's device ends with the same settled value and no conflict.
    await colleague
      .getByTestId('case-details')
      .filter({ hasText: '15 Jun 2099' })
      .waitFor(SYNC_WAIT);
    expect(await colleague.getByTestId('conflicts').count()).toBe(0);
    expect(await colleague.getByTestId('case-details').textContent()).toContain('he/they');

    // Every case screen in Urdu, right to left, on the colleague's tablet.
    const caseId = new URL(caseUrl).pathname.split('/').pop() ?? '';
    await colleague.goto(new URL('/settings', world.server.url).href);
    await colleague.getByRole('radio', { name: 'اردو' }).check();
    await colleague.getByRole('button', { name: 'Use this language' }).click();
    await colleague.waitForFunction(() => document.documentElement.dir === 'rtl');
    for (const [name, path] of [
      ['caseload', '/practitioner'],
      ['case', `/practitioner/cases/${caseId}`],
      ['edit-case', `/practitioner/cases/${caseId}/edit`],
      ['new-case', '/practitioner/cases/new'],
      ['invite', `/practitioner/cases/${caseId}/invite`],
    ] as const) {
      await colleague.goto(new URL(path, world.server.url).href);
      await colleague.locator('h1').waitFor();
      await colleague
        .locator('form, [data-testid="caseload"], [data-testid="case-details"]')
        .first()
        .waitFor();
      expect(await colleague.getAttribute('html', 'lang')).toBe('ur');
      await expectAccessible(colleague);
      if (name === 'new-case') {
        // The form's problems, in Urdu.
        await colleague.locator('button[type="submit"]').click();
        await colleague.locator('.nhsuk-error-summary').waitFor();
        await expectAccessible(colleague);
      }
      await colleague.screenshot({ path: `${SHOTS}/${name}-urdu-tablet.png`, fullPage: true });
    }

    // The phone at tablet size, and the tablet's caseload at phone size, for a look.
    await tablet.setViewportSize(PHONE);
    await tablet.goto(new URL('/practitioner', world.server.url).href);
    await tablet.getByTestId('caseload').waitFor();
    await expectAccessible(tablet);
    await tablet.screenshot({ path: `${SHOTS}/caseload-phone.png`, fullPage: true });
  });
});
