// Goals end to end on the real server (issue #6): a goal set in a session on the tablet;
// Sam rates it on the phone while offline and reconnects; the practitioner's chart shows
// the new point after sync, and both say the same about where Sam is. The goal screens
// and the chart are checked with axe at phone and tablet size, in English and Urdu.
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
const GOAL = 'Go back to school for whole days';

describe('goals set together and rated between sessions', () => {
  it('sets a goal on the tablet, is rated offline on the phone, and is charted after sync', async () => {
    const family = await practitionerAndYoungPerson(world);
    const { tablet, phone } = family;

    // In the session, the goal in Sam's words, starting at 2.
    await openSessionPart(family, /Goals/, 'Goals');
    await expectAccessible(tablet, 'goals part, empty');
    await tablet.getByLabel("The goal, in the young person's own words").fill(GOAL);
    await tablet.getByRole('radio', { name: 'Doing the things I want to do' }).check();
    await tablet.getByTestId('suggested-measures').waitFor();
    await tablet.getByRole('radio', { name: 'The young person' }).check();
    await tablet.getByRole('radio', { name: '2', exact: true }).check();
    await tablet
      .getByLabel('What will happen if it is not being reached?')
      .fill('Talk with school about a shorter timetable');
    await tablet.getByRole('button', { name: 'Add the goal' }).click();
    await tablet.getByText('Goal added').waitFor();
    const partUrl = tablet.url();
    await expectAccessible(tablet, 'goals part with a goal');
    await tablet.screenshot({ path: `${SHOTS}/goals-part-tablet.png`, fullPage: true });
    await synced(tablet);

    // On Sam's phone, which then loses its connection.
    const myGoal = phone.getByTestId('my-goal').filter({ hasText: GOAL });
    await myGoal.waitFor(SYNC_WAIT);
    await phone.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await expectAccessible(phone, 'my goals');
    await phone.context().setOffline(true);
    await myGoal.getByRole('link', { name: /^Rate now/ }).click();
    await heading(phone, 'How close are you to your goal?');
    await expectAccessible(phone, 'rating a goal, offline');
    await phone.screenshot({ path: `${SHOTS}/goal-rate-phone.png`, fullPage: true });
    await phone.getByRole('radio', { name: '6', exact: true }).check();
    await phone.getByLabel('A few words about it (if you want)').fill('Three days this week');
    await phone.getByRole('button', { name: 'Save my rating' }).click();
    const saved = phone.getByTestId('goal-rating-saved');
    await saved.waitFor();
    expect(await saved.textContent()).toContain(`You've moved from 2 to 6 on “${GOAL}”`);
    await phone.getByTestId('save-status').filter({ hasText: 'waiting' }).waitFor();

    // Back online: the rating reaches the server, then the tablet.
    await phone.context().setOffline(false);
    await synced(phone);
    await tablet.goto(partUrl);
    await tablet.getByRole('link', { name: /See the chart and measures/ }).click();
    const summary = tablet.getByTestId('goal-summary');
    await summary.filter({ hasText: 'from 2 to 6' }).waitFor(SYNC_WAIT);
    expect(await summary.textContent()).toContain(`Sam has moved from 2 to 6 on “${GOAL}”`);
    const chart = tablet.getByTestId('progress-chart');
    await expect.poll(() => chart.locator('[data-point]').count()).toBe(1);
    expect(await chart.getByRole('table').textContent()).toContain('6');
    const goalUrl = tablet.url();
    await expectAccessible(tablet, 'goal page');
    await tablet.screenshot({ path: `${SHOTS}/goal-page-tablet.png`, fullPage: true });

    // Both say the same about where Sam is.
    await phone.goto(new URL('/my-plan', world.server.url).href);
    const onPhone = phone.getByTestId('my-goal-summary').filter({ hasText: GOAL });
    await onPhone.waitFor();
    expect(await onPhone.textContent()).toContain(`from 2 to 6 on “${GOAL}”`);
    await phone.screenshot({ path: `${SHOTS}/my-goals-phone.png`, fullPage: true });

    // The goal screens at phone size, and in Urdu at both sizes.
    await tablet.setViewportSize(PHONE);
    await tablet.goto(goalUrl);
    await tablet.getByTestId('progress-chart').waitFor();
    await expectAccessible(tablet, 'goal page on a phone');
    // Nothing (a long questionnaire name, the chart) makes the page wider than the phone.
    const fits = () =>
      tablet.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    expect(await fits()).toBe(true);
    await tablet.screenshot({ path: `${SHOTS}/goal-page-phone.png`, fullPage: true });
    await tablet.goto(partUrl);
    await tablet.getByTestId('session-goal').waitFor();
    await expectAccessible(tablet, 'goals part on a phone');
    expect(await fits()).toBe(true);
    await useLanguage(tablet, world.server.url, 'اردو', 'rtl');
    for (const size of [PHONE, TABLET]) {
      await tablet.setViewportSize(size);
      for (const [name, url, shown] of [
        ['goal page', goalUrl, 'progress-chart'],
        ['goals part', partUrl, 'session-goal'],
      ] as const) {
        await tablet.goto(url);
        await tablet.locator('h1').waitFor();
        await tablet.getByTestId(shown).first().waitFor();
        await expectAccessible(tablet, `${name} in Urdu, ${size.width} wide`);
      }
    }
    await tablet.screenshot({ path: `${SHOTS}/goals-part-urdu-tablet.png`, fullPage: true });
    await useLanguage(phone, world.server.url, 'اردو', 'rtl');
    await phone.goto(new URL('/my-plan', world.server.url).href);
    await phone.getByTestId('my-goal').first().waitFor();
    await expectAccessible(phone, 'my goals in Urdu');
    await phone.getByTestId('my-goal').first().getByRole('link').first().click();
    await phone.locator('main form').waitFor();
    await expectAccessible(phone, 'rating a goal in Urdu');
    await phone.screenshot({ path: `${SHOTS}/goal-rate-urdu-phone.png`, fullPage: true });
  });
});
