// Comparing options end to end on the real server (issue #5): on a tablet, in a session,
// open the low mood grid, star two questions, rule one option out and record the decision
// in the young person's words; on the young person's phone, after sync, the decision and
// the grid version appear; they answer CollaboRATE; the practitioner's top-score figure
// counts it. The grid is checked with axe at tablet and phone size, in English and Urdu.
import { describe, expect, it } from 'vitest';
import { PHONE, TABLET } from '../support/browser';
import { SYNC_WAIT, expectAccessible, serverAndDevices, synced } from '../support/devices';
import {
  heading,
  openSessionPart,
  practitionerAndYoungPerson,
  useLanguage,
} from '../support/family';

const SHOTS = 'test-results/screenshots';
const world = serverAndDevices();

describe('comparing options and recording the decision', () => {
  it('decides on a tablet, shows the decision on the phone, and counts CollaboRATE', async () => {
    const family = await practitionerAndYoungPerson(world);
    const { tablet, phone } = family;

    // The session: compare options.
    const sessionUrl = await openSessionPart(family, /Compare options/, 'Compare options');
    // The list shows once each grid's words have loaded (a moment after the heading).
    await tablet.getByRole('link', { name: 'Feeling low or depressed' }).waitFor(SYNC_WAIT);
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
    await useLanguage(tablet, world.server.url, 'اردو', 'rtl');
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
    await useLanguage(tablet, world.server.url, 'English', 'ltr');
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
