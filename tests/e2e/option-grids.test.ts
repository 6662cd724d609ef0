// Comparing options end to end on the real server (issue #5): on a tablet, in a session,
// open the low mood grid, star two questions, rule one option out and record the decision
// in the young person's words; on the young person's phone, after sync, the decision and
// the grid version appear; they answer CollaboRATE; the practitioner's top-score figure
// counts it. The grid is checked with axe at tablet and phone size, in English and Urdu.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PHONE, TABLET } from '../support/browser';
import { SYNC_WAIT, expectAccessible, serverAndDevices, synced } from '../support/devices';
import { fillSetupForm, setupLink } from '../support/first-run';

const SHOTS = 'test-results/screenshots';
const world = serverAndDevices();
const device = world.device;

const heading = (page: Page, name: string) =>
  page.getByRole('heading', { level: 1, name, exact: true }).waitFor();

async function useLanguage(page: Page, label: string, dir: 'ltr' | 'rtl') {
  await page.goto(new URL('/settings', world.server.url).href);
  await page.getByRole('radio', { name: label }).check();
  await page.getByRole('button', { name: /^(Use this language|یہ زبان استعمال کریں)$/ }).click();
  await page.waitForFunction((d) => document.documentElement.dir === d, dir);
}

describe('comparing options and recording the decision', () => {
  it('decides on a tablet, shows the decision on the phone, and counts CollaboRATE', async () => {
    const tablet = await device(TABLET);
    await tablet.goto(setupLink(world.server));
    await fillSetupForm(tablet);
    await heading(tablet, 'Your caseload');

    // Sam's case, and Sam on their phone.
    await tablet.getByRole('link', { name: 'Open a new case' }).click();
    await tablet.getByLabel('Name they want to be called').fill('Sam');
    await tablet.getByLabel('Age range').selectOption({ label: '14 to 15' });
    await tablet.getByLabel('The young person agrees to a record being kept').check();
    await tablet.getByRole('button', { name: 'Open case' }).click();
    await heading(tablet, 'Sam');
    const caseUrl = tablet.url();
    await synced(tablet);
    await tablet.getByRole('link', { name: 'Invite to their plan' }).click();
    await tablet.getByLabel('Sam, the young person').check();
    await tablet.getByRole('button', { name: 'Make a code' }).click();
    const code = (await tablet.getByTestId('invitation-code').textContent()) ?? '';
    const phone = await device(PHONE, true);
    await phone.goto(new URL(`/join#code=${code}`, world.server.url).href);
    await phone.getByLabel('What should we call you?').fill('Sam');
    await phone.getByLabel('Make a passphrase').fill('purple elephant dancing');
    await phone.getByRole('button', { name: 'Join my plan' }).click();
    const toPlan = phone.getByRole('link', { name: 'Go to my plan' });
    await Promise.race([
      toPlan.waitFor({ timeout: 30_000 }).then(() => toPlan.click()),
      phone.getByRole('heading', { level: 1, name: 'My plan' }).waitFor({ timeout: 30_000 }),
    ]);
    await heading(phone, 'My plan');

    // The session: compare options.
    await tablet.goto(caseUrl);
    await heading(tablet, 'Sam');
    await tablet.getByRole('link', { name: 'Start a session' }).click();
    await heading(tablet, 'RESPECT: your rights');
    const sessionUrl = tablet.url();
    await tablet
      .getByRole('navigation', { name: 'Parts of the session' })
      .getByRole('link', { name: /Compare options/ })
      .click();
    await heading(tablet, 'Compare options');
    await expectAccessible(tablet, 'grid list');
    await tablet.screenshot({ path: `${SHOTS}/options-list-tablet.png`, fullPage: true });
    await tablet.getByRole('link', { name: 'Feeling low or depressed' }).click();
    const grid = tablet.getByTestId('option-grid');
    await grid.waitFor();
    const gridUrl = tablet.url();
    await expectAccessible(tablet, 'grid on a tablet');
    await tablet.screenshot({ path: `${SHOTS}/options-grid-tablet.png`, fullPage: true });

    const headersBefore = await grid.getByRole('columnheader').count();
    await tablet
      .getByRole('group', { name: 'Options we are still looking at' })
      .getByLabel('Medicine', { exact: false })
      .uncheck();
    await expect.poll(() => grid.getByRole('columnheader').count()).toBe(headersBefore - 1);
    const stars = grid.getByRole('checkbox', { name: /Matters most to me/ });
    await stars.nth(0).check();
    await stars.nth(3).check();
    await tablet.getByLabel('Add a question of your own').fill('Can I do it after school?');
    await tablet.getByRole('button', { name: 'Add question' }).click();
    const chosen = tablet.getByRole('group', { name: 'What did you choose?' });
    const firstChoice = chosen.getByRole('checkbox').nth(1);
    const choiceName = ((await chosen.locator('label').nth(1).textContent()) ?? '').trim();
    await firstChoice.check();
    await tablet
      .getByLabel("In the young person's own words")
      .fill('I want to try it at home first');
    await tablet.getByLabel('Why this choice (or why wait)').fill('Fits around school');
    const who = tablet.getByRole('group', { name: 'Who took part in deciding' });
    await who.getByLabel('The young person').check();
    await who.getByLabel('Practitioner').check();
    await tablet.getByRole('button', { name: 'Save the decision' }).click();
    await tablet.getByText('Decision saved').waitFor();
    await expectAccessible(tablet, 'grid after saving');

    // The grid at phone size, and in Urdu at both sizes.
    await tablet.setViewportSize(PHONE);
    await tablet.goto(gridUrl);
    await grid.waitFor();
    await expectAccessible(tablet, 'grid on a phone');
    await tablet.screenshot({ path: `${SHOTS}/options-grid-phone.png`, fullPage: true });
    await tablet.locator('.app-options-table').scrollIntoViewIfNeeded();
    await tablet.screenshot({ path: `${SHOTS}/options-table-phone.png` });
    await useLanguage(tablet, 'اردو', 'rtl');
    await tablet.goto(gridUrl);
    await grid.waitFor();
    await expectAccessible(tablet, 'grid on a phone in Urdu');
    await tablet.screenshot({ path: `${SHOTS}/options-grid-urdu-phone.png`, fullPage: true });
    await tablet.locator('.app-options-table').scrollIntoViewIfNeeded();
    await tablet.screenshot({ path: `${SHOTS}/options-table-urdu-phone.png` });
    await tablet.setViewportSize(TABLET);
    await tablet.goto(gridUrl);
    await grid.waitFor();
    await expectAccessible(tablet, 'grid on a tablet in Urdu');
    await tablet.screenshot({ path: `${SHOTS}/options-grid-urdu-tablet.png`, fullPage: true });
    await useLanguage(tablet, 'English', 'ltr');
    await tablet.waitForFunction(() => document.documentElement.lang === 'en-GB');

    // Finish the session, so the young person is asked how it went.
    await tablet.goto(sessionUrl.replace(/respect$/, 'summary'));
    await tablet.getByRole('button', { name: 'Save and finish the session' }).click();
    await tablet.getByText('Session finished. The summary is saved.').waitFor();
    await synced(tablet);

    // On Sam's phone: what was decided, from which version of the grid.
    const decision = phone.getByTestId('my-plan-decision');
    await decision.waitFor(SYNC_WAIT);
    const text = (await decision.textContent()) ?? '';
    expect(text).toContain(`You chose: ${choiceName}`);
    expect(text).toContain('I want to try it at home first');
    expect(await phone.getByTestId('my-plan-decision-version').textContent()).toContain(
      'version 1',
    );
    await expectAccessible(phone, 'my plan with a decision');
    await phone.screenshot({ path: `${SHOTS}/my-plan-decision-phone.png`, fullPage: true });

    // The admin edits the grid: a new version with a local note. The phone's decision
    // still names version 1, the version Sam actually compared.
    await tablet.goto(new URL('/admin/option-grids', world.server.url).href);
    await heading(tablet, 'Option grids');
    await expectAccessible(tablet, 'admin grid list');
    await tablet.screenshot({ path: `${SHOTS}/admin-grids-tablet.png`, fullPage: true });
    await tablet.getByRole('link', { name: 'Feeling low or depressed' }).first().click();
    await tablet.getByRole('link', { name: 'Edit (makes version 2)' }).click();
    await tablet.getByRole('button', { name: 'Save as version 2' }).waitFor();
    await expectAccessible(tablet, 'admin grid editor');
    await tablet.screenshot({ path: `${SHOTS}/admin-grid-editor-tablet.png`, fullPage: true });
    await tablet
      .getByLabel(/^Local note on availability for Online CBT/)
      .fill('Our online CBT service takes self-referrals.');
    const reviewBy = tablet.getByLabel('Review by');
    await reviewBy.fill('2099-01-01');
    await tablet.getByRole('button', { name: 'Save as version 2' }).click();
    await tablet.getByText('Version 2 is saved. The earlier version is kept.').waitFor();
    await expectAccessible(tablet, 'admin grid version 2');
    await tablet.goto(gridUrl.replace(/grid=[^&]+/, ''));
    // The session's decision links to version 1; the list offers version 2.
    await tablet
      .locator('.app-options-grids')
      .getByRole('link', { name: 'Feeling low or depressed' })
      .click();
    await tablet.getByTestId('grid-version').filter({ hasText: 'Version 2' }).waitFor();
    await tablet.getByText('Here: Our online CBT service takes self-referrals.').waitFor();
    await synced(tablet);
    expect(await phone.getByTestId('my-plan-decision-version').textContent()).toContain(
      'version 1',
    );

    // CollaboRATE: nothing yet on the practitioner's figures.
    await tablet.goto(new URL('/practitioner/collaborate', world.server.url).href);
    await tablet
      .getByRole('heading', { level: 1, name: /How shared did my sessions feel\?$/ })
      .waitFor();
    await tablet.getByTestId('collaborate-empty').waitFor();
    await expectAccessible(tablet, 'CollaboRATE figures, empty');

    // Sam is asked on the phone how shared the meeting felt, and answers 9, 9, 9.
    const invite = phone.getByTestId('collaborate-invite');
    await invite.waitFor(SYNC_WAIT);
    await invite.getByRole('link', { name: 'Answer 3 quick questions' }).click();
    await heading(phone, 'How was our meeting?');
    await expectAccessible(phone, 'CollaboRATE on the phone');
    await phone.screenshot({ path: `${SHOTS}/collaborate-phone.png`, fullPage: true });
    for (const q of [1, 2, 3]) {
      await phone
        .getByTestId(`collaborate-question-${q}`)
        .getByRole('radio', { name: '9 Every effort was made' })
        .check();
    }
    await phone.getByRole('button', { name: 'Send my answers' }).click();
    await phone.getByRole('heading', { name: 'Thank you' }).waitFor();
    await expectAccessible(phone, 'CollaboRATE thanks');

    // The practitioner's top-score figure counts it once it has synced.
    const overall = tablet.getByTestId('collaborate-overall');
    await overall.filter({ hasText: '1 of 1 response' }).waitFor(SYNC_WAIT);
    expect(await overall.textContent()).toContain('100%');
    expect(await tablet.getByTestId('collaborate-months').textContent()).toContain('100%');
    await expectAccessible(tablet, 'CollaboRATE figures');
    await tablet.screenshot({ path: `${SHOTS}/collaborate-figures-tablet.png`, fullPage: true });
  });
});
