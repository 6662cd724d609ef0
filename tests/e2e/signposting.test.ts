// "No wrong door" end to end on the real server (issue #9). An admin adds a local
// resource to the directory; a teacher with no account opens "I'm supporting a young
// person" on a phone once, then loses the connection: the immediate-danger path shows its
// steps at once, the guided path suggests support from the directory (the admin's
// resource included, from the saved copy), and the card for the young person opens in a
// second browser with no account, then again with no network. Nothing about the young
// person is stored on the teacher's phone or the server: only the anonymous counts, which
// the admin sees. Every screen is checked with axe at phone size, in English and Urdu.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PHONE, TABLET } from '../support/browser';
import { SYNC_WAIT, expectAccessible, serverAndDevices, synced } from '../support/devices';
import { heading, useLanguage } from '../support/family';
import { fillSetupForm, setupLink } from '../support/first-run';

const SHOTS = 'test-results/screenshots';
const world = serverAndDevices();
const LOCAL = 'Northside Youth Wellbeing Hub';

const inAYear = () => new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10);

/** Everything the phone keeps for this origin: IndexedDB records and localStorage. */
function storedOnPhone(page: Page) {
  return page.evaluate(async () => {
    const records: Record<string, number> = {};
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(info.name!);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const count = await new Promise<number>((resolve, reject) => {
          const request = db.transaction(store, 'readonly').objectStore(store).count();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        if (count > 0) records[`${info.name}/${store}`] = count;
      }
      db.close();
    }
    const local: Record<string, string> = {};
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i)!;
      local[key] = localStorage.getItem(key) ?? '';
    }
    return { records, local };
  });
}

async function answerQuestions(page: Page) {
  await page.getByRole('button', { name: 'No', exact: true }).click();
  await page.getByRole('checkbox', { name: 'Feeling low or sad' }).waitFor();
  await expectAccessible(page, 'the questions');
  await page.getByRole('checkbox', { name: 'Feeling low or sad' }).check();
  await page.getByRole('checkbox', { name: 'Someone to talk to' }).check();
  await page.getByRole('radio', { name: '14 to 15' }).check();
  await page.getByRole('button', { name: 'Show support' }).click();
  await page.getByRole('heading', { name: 'Support that could help' }).waitFor();
}

describe('no wrong door: signposting with no account', () => {
  it('gives steps at once in danger, suggests support offline, and makes a card that opens anywhere', async () => {
    const base = world.server.url;
    const at = (path: string) => new URL(path, base).href;

    // The service's admin adds a local resource to the directory.
    const admin = await world.device(TABLET);
    await admin.goto(setupLink(world.server));
    await fillSetupForm(admin);
    await heading(admin, 'Your caseload');
    await admin.goto(at('/admin/directory/new'));
    await heading(admin, 'Add a resource');
    await admin.getByLabel('Name', { exact: true }).fill(LOCAL);
    await admin.getByLabel('What it is').fill('Drop-in support for young people, after school.');
    await admin.getByRole('checkbox', { name: 'Getting Advice and Signposting' }).check();
    await admin.getByRole('checkbox', { name: 'Feeling low or sad' }).check();
    await admin.getByRole('checkbox', { name: 'Someone to talk to' }).check();
    await admin.getByLabel('Youngest age').fill('11');
    await admin.getByLabel('Oldest age').fill('18');
    await admin.getByLabel(/^Phone number/).fill('not a number');
    await admin.getByRole('radio', { name: 'Free' }).check();
    await admin.getByLabel('Review by').fill(inAYear());
    await admin.getByRole('button', { name: 'Save resource' }).click();
    // A bad phone number is refused in words, and what was typed stays.
    await admin.locator('.nhsuk-error-summary').waitFor();
    expect(await admin.getByLabel('Name', { exact: true }).inputValue()).toBe(LOCAL);
    await expectAccessible(admin, 'directory editor with a problem');
    await admin.getByLabel(/^Phone number/).fill('0113 496 0000');
    await admin.getByRole('button', { name: 'Save resource' }).click();
    await admin.getByText('Resource saved').waitFor();
    await synced(admin);
    await admin.goto(at('/admin/directory'));
    await admin.getByText(LOCAL).first().waitFor();
    await expectAccessible(admin, 'directory of support');
    await admin.screenshot({ path: `${SHOTS}/admin-directory-tablet.png`, fullPage: true });

    // A teacher's phone, no account: the start screen, then "supporting a young person".
    const teacher = await world.device(PHONE, true);
    await teacher.goto(base);
    await teacher.getByRole('link', { name: /I'm supporting a young person/ }).click();
    await heading(teacher, 'Supporting a young person');
    await teacher.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // Online once, so the directory's saved copy holds the admin's resource.
    await answerQuestions(teacher);
    await teacher.getByText(LOCAL).first().waitFor();
    await expectAccessible(teacher, 'suggestions, online');

    // No connection from here on, and the app started again.
    await teacher.context().setOffline(true);
    await teacher.goto(at('/support'));
    await heading(teacher, 'Supporting a young person');
    await expectAccessible(teacher, 'support, first question');
    await teacher.screenshot({ path: `${SHOTS}/support-start-phone.png`, fullPage: true });

    // Immediate danger: the steps, at once.
    await teacher.getByRole('button', { name: 'Yes', exact: true }).click();
    const steps = teacher.getByTestId('danger-steps');
    await steps.waitFor({ timeout: 2_000 });
    const said = (await steps.textContent()) ?? '';
    for (const step of [
      'Call 999, or take them to A&E now.',
      'Stay with them. Do not leave them alone.',
      "Tell your school's designated safeguarding lead now.",
      "Follow your school's safeguarding policy.",
    ]) {
      expect(said).toContain(step);
    }
    expect(await steps.getByRole('link', { name: 'Call 999' }).getAttribute('href')).toBe(
      'tel:999',
    );
    await expectAccessible(teacher, 'danger steps');
    await teacher.screenshot({ path: `${SHOTS}/support-danger-phone.png`, fullPage: true });

    // The guided path, offline: suggestions from the directory, grouped by THRIVE.
    await teacher.getByRole('button', { name: 'Start again' }).first().click();
    await answerQuestions(teacher);
    await teacher.getByText(LOCAL).first().waitFor();
    await teacher
      .getByRole('heading', { name: 'Getting Advice and Signposting' })
      .first()
      .waitFor();
    expect(await teacher.getByText('Childline').count()).toBeGreaterThan(0);
    await expectAccessible(teacher, 'suggestions, offline');
    await teacher.screenshot({ path: `${SHOTS}/support-suggestions-phone.png`, fullPage: true });

    // Two chosen for the card.
    await teacher
      .getByRole('checkbox', { name: new RegExp(`Add to their card.*${LOCAL}`) })
      .check();
    await teacher.getByRole('checkbox', { name: /Add to their card.*Childline/ }).check();
    await teacher.getByRole('button', { name: 'Make a card for them' }).click();
    await teacher.waitForURL(/\/support\/card#/);
    await heading(teacher, 'Places that can help');
    const card = teacher.getByTestId('card-resource');
    expect(await card.count()).toBe(2);
    await teacher.getByRole('img', { name: 'QR code that opens this card' }).waitFor();
    await expectAccessible(teacher, 'card, offline');
    await teacher.screenshot({ path: `${SHOTS}/support-card-phone.png`, fullPage: true });
    const cardUrl = teacher.url();
    expect(decodeURIComponent(cardUrl)).not.toMatch(/low|14-15|Feeling/i);

    // Nothing about the young person on the phone: no records, only the queued counts.
    const kept = await storedOnPhone(teacher);
    // (The service worker's own cache bookkeeping, workbox-expiration, lists URLs only.)
    expect(Object.keys(kept.records).filter((k) => !k.startsWith('workbox-expiration/'))).toEqual(
      [],
    );
    const keys = Object.keys(kept.local).filter((k) => k.startsWith('ourplan:'));
    expect(keys.filter((k) => k !== 'ourplan:signposting-counts')).toEqual([]);
    const queued = JSON.parse(kept.local['ourplan:signposting-counts'] ?? '[]') as {
      id: string;
      count: Record<string, unknown>;
    }[];
    expect(queued.length).toBeGreaterThanOrEqual(2);
    // Each is a count and nothing else: topics, wishes, an age band, danger yes/no, the
    // resources offered and the day.
    const fields = [
      'topicIds',
      'wishes',
      'ageBand',
      'immediateDanger',
      'resourceIds',
      'occurredOn',
    ];
    for (const entry of queued) {
      expect(Object.keys(entry).sort()).toEqual(['count', 'id']);
      expect(Object.keys(entry.count).every((key) => fields.includes(key))).toBe(true);
    }

    // The young person's phone: the card opens with no account, then with no network.
    const young = await world.device(PHONE, true);
    await young.goto(cardUrl);
    await heading(young, 'Places that can help');
    await young.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    expect(await young.getByTestId('card-resource').count()).toBe(2);
    await young.context().setOffline(true);
    const asked: string[] = [];
    young.on('request', (r) => {
      if (new URL(r.url()).pathname.startsWith('/api/')) asked.push(r.url());
    });
    await young.goto(cardUrl);
    await heading(young, 'Places that can help');
    await young.getByTestId('card-resource').filter({ hasText: LOCAL }).waitFor();
    expect(await young.getByRole('link', { name: 'Call 0113 496 0000' }).getAttribute('href')).toBe(
      'tel:01134960000',
    );
    expect(asked).toEqual([]);
    await expectAccessible(young, 'card on the young person’s phone, offline');

    // Back online: the counts reach the server and the admin sees them; the queue empties.
    await teacher.context().setOffline(false);
    await teacher.goto(at('/support'));
    await heading(teacher, 'Supporting a young person');
    await expect
      .poll(
        async () => (await storedOnPhone(teacher)).local['ourplan:signposting-counts'] ?? '[]',
        SYNC_WAIT,
      )
      .toBe('[]');
    await admin.context().setOffline(true);
    await admin.context().setOffline(false);
    await synced(admin);
    await admin.goto(at('/admin/signposting'));
    await admin.locator('h1').waitFor();
    await admin.getByText('Feeling low or sad').first().waitFor(SYNC_WAIT);
    await expectAccessible(admin, 'signposting counts');
    await admin.screenshot({ path: `${SHOTS}/admin-signposting-tablet.png`, fullPage: true });

    // The screens in Urdu, at phone size.
    await useLanguage(teacher, base, 'اردو', 'rtl');
    await teacher.goto(at('/support'));
    await teacher.locator('h1').waitFor();
    await expectAccessible(teacher, 'support in Urdu');
    await teacher.locator('main button').first().click();
    await teacher.getByTestId('danger-steps').waitFor();
    await expectAccessible(teacher, 'danger steps in Urdu');
    await teacher.goto(at('/support'));
    await teacher.locator('main button').nth(1).click();
    await teacher.locator('main form input[type="checkbox"]').first().check();
    await expectAccessible(teacher, 'questions in Urdu');
    await teacher.locator('main form button[type="submit"]').click();
    await teacher.locator('main input[id^="choose-"]').first().waitFor();
    await expectAccessible(teacher, 'suggestions in Urdu');
    await teacher.screenshot({
      path: `${SHOTS}/support-suggestions-urdu-phone.png`,
      fullPage: true,
    });
    await teacher.goto(cardUrl);
    await teacher.getByTestId('card-resource').first().waitFor();
    await expectAccessible(teacher, 'card in Urdu');
    await teacher.screenshot({ path: `${SHOTS}/support-card-urdu-phone.png`, fullPage: true });
    await admin.setViewportSize(PHONE);
    await useLanguage(admin, base, 'اردو', 'rtl');
    for (const [path, shown] of [
      ['/admin/directory', 'main table'],
      ['/admin/directory/new', 'main form'],
      ['/admin/signposting', 'main table'],
    ] as const) {
      await admin.goto(at(path));
      await admin.locator('h1').waitFor();
      await admin.locator(shown).first().waitFor();
      await expectAccessible(admin, `${path} in Urdu at phone size`);
      expect(
        await admin.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
        `${path} fits a phone`,
      ).toBe(true);
    }
  });
});
