// The safety plan's read (issue #7): the case's plan with its items, backup team, agreed
// versions and consents, in their orders; what two devices began offline shown together;
// and the organisation's crisis lines when an admin wrote some.
import { afterEach, describe, expect, it } from 'vitest';
// First: it installs fake-indexeddb, which Dexie must find when it loads.
import { freshStore, validCase } from './store-fixtures';
import { readOrganisationCrisisContacts, readSafetyPlan } from '../../../src/db/safety-plans';
import { agreementSnapshot } from '../../../src/domain';

const stores: ReturnType<typeof freshStore>[] = [];
function store() {
  const s = freshStore();
  stores.push(s);
  return s;
}
afterEach(async () => {
  for (const s of stores.splice(0)) await s.db.delete();
});

const header = { status: 'draft', writtenByYoungPerson: [] };
const item = (planId: string, text: string, order: number, section = 'people-to-ask') => ({
  planId,
  section,
  text,
  order,
  addedByRole: 'young-person',
});

describe('readSafetyPlan', () => {
  it('is empty for a case without a plan', async () => {
    const { db, records } = store();
    const kase = await records.createCase(validCase);
    expect(await readSafetyPlan(db, kase.id)).toEqual({
      plan: undefined,
      items: [],
      actions: [],
      versions: [],
      shares: [],
    });
  });

  it("reads the case's plan, items and actions in order, without deleted ones or other cases'", async () => {
    const { db, records } = store();
    const kase = await records.createCase(validCase);
    const other = await records.createCase({ ...validCase, preferredName: 'Jo' });
    const plan = await records.create('safety-plan', kase.id, header);
    const otherPlan = await records.create('safety-plan', other.id, header);
    await records.create('safety-plan-item', kase.id, item(plan.id, 'Mum', 2));
    await records.create('safety-plan-item', kase.id, item(plan.id, 'Aunt Jo', 1));
    const gone = await records.create('safety-plan-item', kase.id, item(plan.id, 'Gone', 0));
    await records.remove('safety-plan-item', gone.id);
    await records.create('safety-plan-item', other.id, item(otherPlan.id, 'Not mine', 1));
    await records.create('backup-team-action', kase.id, {
      planId: plan.id,
      who: 'Aunt Jo',
      role: 'Aunt',
      action: 'Stay with Sam',
      appliesWhen: 'If Sam cannot keep safe',
      order: 1,
    });

    const bundle = await readSafetyPlan(db, kase.id);
    expect(bundle.plan?.id).toBe(plan.id);
    expect(bundle.items.map((i) => i.text)).toEqual(['Aunt Jo', 'Mum']);
    expect(bundle.actions.map((a) => a.who)).toEqual(['Aunt Jo']);
  });

  it('shows together the items of two plans begun on two devices offline', async () => {
    const { db, records } = store();
    const kase = await records.createCase(validCase);
    const first = await records.create('safety-plan', kase.id, header);
    const second = await records.create('safety-plan', kase.id, header);
    await records.create('safety-plan-item', kase.id, item(first.id, 'From the tablet', 1));
    await records.create('safety-plan-item', kase.id, item(second.id, 'From the phone', 2));
    const bundle = await readSafetyPlan(db, kase.id);
    expect(bundle.plan?.id).toBe(first.id);
    expect(bundle.items.map((i) => i.text)).toEqual(['From the tablet', 'From the phone']);
  });

  it('gives versions oldest first and consents newest first', async () => {
    const { db, records } = store();
    const kase = await records.createCase(validCase);
    const plan = await records.create('safety-plan', kase.id, header);
    const agree = (version: number, agreedOn: string) =>
      records.create('safety-plan-version', kase.id, {
        ...agreementSnapshot({ id: plan.id }, [], [], [], {
          agreedOn,
          present: [{ role: 'young-person' }],
        }),
        version,
      });
    await agree(2, '2026-02-01');
    await agree(1, '2026-01-01');
    const share = (personName: string, consentOn: string) =>
      records.create('safety-plan-share', kase.id, {
        planId: plan.id,
        personName,
        relationship: 'school',
        consentGivenBy: 'young-person',
        consentOn,
      });
    await share('Ms Khan', '2026-01-05');
    await share('Jo', '2026-02-05');
    const bundle = await readSafetyPlan(db, kase.id);
    expect(bundle.versions.map((v) => v.version)).toEqual([1, 2]);
    expect(bundle.shares.map((s) => s.personName)).toEqual(['Jo', 'Ms Khan']);
  });
});

describe('readOrganisationCrisisContacts', () => {
  it("is null without a list, else the lines of the organisation's latest list", async () => {
    const { db, records } = store();
    expect(await readOrganisationCrisisContacts(db)).toBeNull();
    const line = {
      id: 'local-crisis-team',
      name: 'Riverside crisis team (fictional)',
      description: 'For young people in Riverside.',
      call: '07700 900123',
      hours: '24 hours a day',
      when: 'urgent',
    };
    await records.create('crisis-contact-list', null, {
      contacts: [line],
      reviewBy: '2027-06-01',
      sources: [{ title: 'Riverside NHS Trust (fictional)' }],
      exampleContent: true,
    });
    expect(await readOrganisationCrisisContacts(db)).toEqual([line]);
  });
});
