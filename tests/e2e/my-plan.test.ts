// My plan end to end on the real server (issue #8), with three devices: the
// practitioner's tablet, Sam's phone and Mum's phone. Sam shares goals but not notes with
// Mum; Mum's phone shows the goal and none of Sam's notes; Sam stops sharing goals, and
// after Mum's next sync the goals are gone from her phone's IndexedDB, not only from the
// screen. Sam's question reaches the practitioner's next session, and Sam's "who has
// looked at my plan" shows the practitioner's reads and changes in plain words. Every
// screen here is checked with axe at 320 and 390 px wide, in English and Urdu.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PHONE, TABLET } from '../support/browser';
import { SYNC_WAIT, expectAccessible, serverAndDevices, synced } from '../support/devices';
import { choosePasscode } from '../support/passcode';
import {
  heading,
  openSessionPart,
  practitionerAndYoungPerson,
  useLanguage,
} from '../support/family';

const SHOTS = 'test-results/screenshots';
const NARROW = { width: 320, height: 640 } as const;
const world = serverAndDevices();
const GOAL = 'Go back to school for whole days';
const QUESTION = 'Can we talk about exams next time?';

/** Going offline and back starts a sync at once (devices sync when they reconnect). */
async function syncNow(page: Page): Promise<void> {
  await page.context().setOffline(true);
  await page.context().setOffline(false);
  await synced(page);
}

/** How many records of a table the phone holds, read from IndexedDB itself. */
function storedCount(page: Page, table: string): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('ourplan');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction(name, 'readonly').objectStore(name).count();
          request.onsuccess = () => {
            db.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    table,
  );
}

/** Invites a carer on the tablet and joins with the code on a new phone. */
async function mumJoins(tablet: Page, caseUrl: string): Promise<Page> {
  await tablet.goto(caseUrl);
  await tablet.getByRole('link', { name: 'Invite to their plan' }).click();
  await tablet.getByLabel('A parent or carer').check();
  await tablet.getByLabel('How are they related to Sam?').fill('Mum');
  await tablet.getByRole('button', { name: 'Make a code' }).click();
  const code = (await tablet.getByTestId('invitation-code').textContent()) ?? '';
  const mum = await world.device(PHONE, true);
  await mum.goto(new URL(`/join#code=${code}`, world.server.url).href);
  await mum.getByLabel('What should we call you?').fill('Jo');
  await mum.getByLabel('Make a passphrase').fill('orange giraffe singing');
  await mum.getByRole('button', { name: 'Join my plan' }).click();
  await mum.getByRole('link', { name: 'Go to my plan' }).click();
  await choosePasscode(mum);
  await heading(mum, 'My plan');
  return mum;
}

describe('my plan on the young person’s and carer’s phones', () => {
  it('shares goals but not notes with Mum, takes goals back, and carries Sam’s question to the session', async () => {
    const family = await practitionerAndYoungPerson(world);
    const { tablet, phone: sam, caseUrl } = family;
    const base = world.server.url;
    const at = (path: string) => new URL(path, base).href;

    // A goal set together in a session, then the session is finished.
    await openSessionPart(family, /Goals/, 'Goals');
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
    await synced(tablet);

    const mum = await mumJoins(tablet, caseUrl);

    // Sam writes a question for next time, and shares goals (not notes) with Mum.
    await syncNow(sam);
    await sam.goto(at('/my-plan/notes'));
    await heading(sam, 'Things to talk about');
    await sam.getByRole('radio', { name: 'A question' }).check();
    await sam.getByLabel('What do you want to say or ask?').fill(QUESTION);
    await sam.getByRole('button', { name: 'Save', exact: true }).click();
    await sam.getByTestId('note-saved').waitFor();
    await sam.goto(at('/my-plan/sharing'));
    await heading(sam, 'Who can see my plan');
    const forMum = sam.getByTestId('sharing-form').filter({ hasText: 'Mum' });
    await forMum.waitFor(SYNC_WAIT);
    await forMum.getByRole('checkbox', { name: /^Your goals/ }).check();
    expect(await forMum.getByRole('checkbox', { name: /^Your notes/ }).isChecked()).toBe(false);
    await forMum.getByRole('button', { name: /^Save/ }).click();
    await forMum.getByTestId('sharing-saved').waitFor();
    await syncNow(sam);

    // Mum's phone: the goal, and none of Sam's notes.
    await syncNow(mum);
    await mum.goto(at('/my-plan'));
    await mum.getByTestId('my-goal').filter({ hasText: GOAL }).waitFor(SYNC_WAIT);
    expect(await storedCount(mum, 'goals')).toBe(1);
    expect(await storedCount(mum, 'notes')).toBe(0);
    expect(await mum.getByText(QUESTION).count()).toBe(0);
    await mum.goto(at('/my-plan/notes'));
    await mum.locator('h1').waitFor();
    expect(await mum.getByText(QUESTION).count()).toBe(0);

    // Sam stops sharing goals; at Mum's next sync they leave her phone.
    await sam.goto(at('/my-plan/sharing'));
    await forMum.getByRole('checkbox', { name: /^Your goals/ }).uncheck();
    await forMum.getByRole('button', { name: /^Save/ }).click();
    await forMum.getByTestId('sharing-saved').waitFor();
    await syncNow(sam);
    await syncNow(mum);
    await expect.poll(() => storedCount(mum, 'goals'), SYNC_WAIT).toBe(0);
    await expect.poll(() => storedCount(mum, 'goalRatings')).toBe(0);
    await mum.goto(at('/my-plan'));
    await mum.getByTestId('my-plan-case').waitFor();
    expect(await mum.getByText(GOAL).count()).toBe(0);

    // The practitioner's next session shows Sam's question.
    await synced(tablet);
    await syncNow(tablet);
    await openSessionPart(family, /RESPECT/, 'RESPECT: your rights');
    const from = tablet.getByTestId('from-young-person');
    await from.filter({ hasText: QUESTION }).waitFor(SYNC_WAIT);
    await expectAccessible(tablet, 'session with the young person’s question');
    await tablet.screenshot({ path: `${SHOTS}/session-question-tablet.png`, fullPage: true });

    // Sam's "who has looked at my plan": the practitioner's reads and changes, in words.
    await sam.goto(at('/my-plan/about'));
    await heading(sam, 'About my information');
    // The care team by name, from the user records every phone receives.
    await sam.getByTestId('care-team-name').filter({ hasText: 'Priya Shah' }).waitFor(SYNC_WAIT);
    const log = sam.getByTestId('plan-log');
    await log.waitFor(SYNC_WAIT);
    const text = (await log.textContent()) ?? '';
    expect(text).toMatch(/Priya Shah.*(added|changed).*goal/i);
    expect(text).toMatch(/Priya Shah.*got a copy of your plan/i);
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/); // no internal ids

    // Every screen, at 320 and 390 px, in English and Urdu, with no axe violations.
    const samScreens = [
      '/my-plan',
      '/my-plan/notes',
      '/my-plan/sharing',
      '/my-plan/rights',
      '/my-plan/about',
    ];
    const mumScreens = ['/my-plan', '/my-plan/sharing', '/my-plan/notes'];
    for (const [language, dir] of [
      ['English', 'ltr'],
      ['اردو', 'rtl'],
    ] as const) {
      if (language !== 'English') {
        await useLanguage(sam, base, language, dir);
        await useLanguage(mum, base, language, dir);
        await useLanguage(tablet, base, language, dir);
      }
      for (const size of [NARROW, PHONE]) {
        for (const [who, page, screens] of [
          ['Sam', sam, samScreens],
          ['Mum', mum, mumScreens],
        ] as const) {
          await page.setViewportSize(size);
          for (const path of screens) {
            await page.goto(at(path));
            await page.locator('h1').waitFor();
            await page.getByTestId('page-ready').or(page.locator('main h2').first()).waitFor();
            await expectAccessible(page, `${who} ${path}, ${size.width} px, ${language}`);
            // Every placeholder in the words was filled in.
            expect(await page.locator('body').innerText(), `${who} ${path}`).not.toContain('{{');
            expect(
              await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
              `${who} ${path} fits ${size.width} px`,
            ).toBe(true);
            const name = `${who.toLowerCase()}${path.replaceAll('/', '-')}-${size.width}-${dir}`;
            await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
          }
        }
      }
      await tablet.setViewportSize(TABLET);
      await tablet.goto(`${caseUrl}/sharing`);
      await tablet.locator('h1').waitFor();
      await tablet.getByTestId('case-sharing-carer').first().waitFor();
      await expectAccessible(tablet, `practitioner sharing page, ${language}`);
      await tablet.screenshot({ path: `${SHOTS}/case-sharing-${dir}-tablet.png`, fullPage: true });
    }
  });
});
