/**
 * Access rules as devices meet them through sync, on every backend: who receives which
 * cases, records and fields, who may write what, and losing access at the next sync.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../src/domain';
import type { Backend } from '../../src/server/store/store';
import { backends } from './helpers/backends';
import {
  Device,
  goalData,
  makeActor,
  membershipData,
  noteData,
  openSyncFixture,
  seedCase,
  sessionData,
  sharingData,
  type SyncFixture,
} from './helpers/sync-fixtures';

describe.each(backends)('access through sync on %s', (backend: Backend) => {
  let fx: SyncFixture;
  beforeAll(async () => {
    fx = await openSyncFixture(backend);
  });
  afterAll(async () => {
    await fx?.close();
  });

  /** A case with a practitioner, young person and carer, and some of everything in it. */
  async function family() {
    const tablet = new Device(fx.service, makeActor('practitioner'));
    const phone = new Device(fx.service, makeActor('young-person'));
    const carerPhone = new Device(fx.service, makeActor('carer'));
    const { caseId, memberships } = await seedCase(tablet, {
      youngPerson: phone.actor,
      carer: carerPhone.actor,
    });
    const goal = tablet.create('goal', caseId, goalData());
    const secret = tablet.create('note', caseId, noteData('practitioner-only', 'secret'));
    const shared = tablet.create('note', caseId, noteData('care-team', 'shared'));
    const session = tablet.create('session', caseId, sessionData());
    const plan = tablet.create('safety-plan', caseId, {
      status: 'draft',
      writtenByYoungPerson: [],
    });
    const r = await tablet.sync([goal, secret, shared, session, plan]);
    expect(r.rejected).toEqual([]);
    return { tablet, phone, carerPhone, caseId, memberships, goal, secret, shared, session, plan };
  }

  it('sends a young person their own case, without practitioner-only notes or fields', async () => {
    const f = await family();
    await f.phone.pullAll();
    expect(Object.keys(f.phone.checkpoint)).toContain(f.caseId);
    expect(f.phone.records.has(f.secret.recordId)).toBe(false);
    expect(f.phone.records.has(f.shared.recordId)).toBe(true);
    const session = f.phone.records.get(f.session.recordId)!;
    expect(session['summary']).toBeUndefined();
    expect(session.clock['summary']).toBeUndefined();
    expect(session['plainWordsSummary']).toBe('We talked about school');
    expect(JSON.stringify([...f.phone.records.values()])).not.toContain('secret');
    expect(JSON.stringify([...f.phone.records.values()])).not.toContain('Care team summary');
  });

  it('never lets a young person read or write another case', async () => {
    const a = await family();
    const b = await family();
    await a.phone.pullAll();
    expect(Object.keys(a.phone.checkpoint)).not.toContain(b.caseId);
    expect([...a.phone.records.values()].some((r) => r.caseId === b.caseId)).toBe(false);
    const rating = a.phone.create('goal-rating', b.caseId, {
      goalId: b.goal.recordId,
      rating: 5,
      ratedOn: new Date().toISOString(),
      ratedBy: 'young-person',
    });
    expect((await a.phone.sync([rating])).rejected[0]).toMatchObject({ key: 'forbidden' });
  });

  it('lets a young person add ratings and notes but not decisions, case fields or private notes', async () => {
    const f = await family();
    await f.phone.pullAll();
    const ok = [
      f.phone.create('goal-rating', f.caseId, {
        goalId: f.goal.recordId,
        rating: 6,
        ratedOn: new Date().toISOString(),
        ratedBy: 'young-person',
      }),
      f.phone.create('note', f.caseId, noteData('young-person-and-care-team', 'my words')),
      f.phone.create('safety-plan-item', f.caseId, {
        planId: f.plan.recordId,
        section: 'coping-alone',
        text: 'Music',
        order: 1,
        addedByRole: 'young-person',
      }),
    ];
    const refused = [
      f.phone.create('note', f.caseId, noteData('practitioner-only', 'hidden')),
      f.phone.create('grouping-decision', f.caseId, {}),
      f.phone.mutation('update', 'case', f.caseId, f.caseId, { preferredName: 'X' }),
      f.phone.create('session', f.caseId, sessionData()),
      f.phone.create('goal-rating', f.caseId, {
        goalId: f.goal.recordId,
        rating: 6,
        ratedOn: new Date().toISOString(),
        ratedBy: 'practitioner',
      }),
      { ...f.phone.create('goal', f.caseId, goalData()), by: f.tablet.actor.userId },
    ];
    const r = await f.phone.sync([...ok, ...refused]);
    expect(r.accepted).toEqual(ok.map((m) => m.id));
    expect(r.rejected.map((x) => x.key)).toEqual(refused.map(() => 'forbidden'));
  });

  it('lets a young person change what a carer sees, but only as their own decision', async () => {
    const f = await family();
    const own = f.phone.create(
      'sharing-settings',
      f.caseId,
      sharingData(f.carerPhone.actor.userId, { goals: true }),
    );
    const claimed = f.phone.create('sharing-settings', f.caseId, {
      ...sharingData(f.carerPhone.actor.userId, {}),
      decidedBy: 'practitioner',
      reason: 'x',
    });
    const r = await f.phone.sync([own, claimed]);
    expect(r.accepted).toEqual([own.id]);
    expect(r.rejected.map((x) => x.key)).toEqual(['forbidden']);
  });

  it('shows a carer only the shared sections, and takes them back when sharing stops', async () => {
    const f = await family();
    const understanding = f.tablet.mutation('update', 'case', f.caseId, f.caseId, {
      understanding: 'We think worry about school makes mornings hard.',
    });
    expect((await f.tablet.sync([understanding])).rejected).toEqual([]);
    await f.phone.pullAll();
    expect(f.phone.records.get(f.caseId)?.['understanding']).toBe(
      'We think worry about school makes mornings hard.',
    );
    await f.carerPhone.pullAll();
    expect(f.carerPhone.records.get(f.caseId)?.['understanding']).toBeUndefined();
    expect(f.carerPhone.records.has(f.goal.recordId)).toBe(false);
    expect(f.carerPhone.records.has(f.shared.recordId)).toBe(false);
    expect(f.carerPhone.records.get(f.caseId)?.['involved']).toBeUndefined();
    expect(f.carerPhone.records.get(f.caseId)?.['preferredName']).toBe('Sam');
    expect(f.carerPhone.records.get(f.session.recordId)?.['plainWordsSummary']).toBeUndefined();

    const sharing = f.phone.create(
      'sharing-settings',
      f.caseId,
      sharingData(f.carerPhone.actor.userId, { goals: true }),
    );
    await f.phone.sync([sharing]);
    await f.carerPhone.pullAll();
    expect(f.carerPhone.records.has(f.goal.recordId)).toBe(true);
    expect(f.carerPhone.records.has(f.shared.recordId)).toBe(false);
    expect(f.carerPhone.records.has(f.secret.recordId)).toBe(false);

    const stop = f.phone.mutation(
      'update',
      'sharing-settings',
      sharing.recordId,
      f.caseId,
      {
        sections: { goals: false, safetyPlan: false, decisions: false, notes: true },
      },
      { sections: [sharing.hlc] },
    );
    expect((await f.phone.sync([stop])).accepted).toEqual([stop.id]);
    const r = await f.carerPhone.sync();
    expect(r.removed).toEqual([f.caseId]);
    expect(f.carerPhone.records.has(f.goal.recordId)).toBe(false);
    expect(f.carerPhone.records.has(f.shared.recordId)).toBe(true);
    expect(f.carerPhone.records.has(f.secret.recordId)).toBe(false);
    expect(f.carerPhone.records.has(f.caseId)).toBe(true);
    // The reset happens once.
    expect((await f.carerPhone.sync()).removed).toEqual([]);
  });

  it('lets a carer rate goals they set, and nothing else of the plan', async () => {
    const f = await family();
    const carerGoal = f.tablet.create('goal', f.caseId, goalData('carer'));
    await f.tablet.sync([carerGoal]);
    const rate = (goalId: string, ratedBy = 'carer') =>
      f.carerPhone.create('goal-rating', f.caseId, {
        goalId,
        rating: 4,
        ratedOn: new Date().toISOString(),
        ratedBy,
      });
    const ok = rate(carerGoal.recordId);
    const refused = [
      rate(f.goal.recordId),
      rate(carerGoal.recordId, 'young-person'),
      f.carerPhone.create('note', f.caseId, noteData('care-team')),
    ];
    const r = await f.carerPhone.sync([ok, ...refused]);
    expect(r.accepted).toEqual([ok.id]);
    expect(r.rejected.map((x) => x.key)).toEqual(['forbidden', 'forbidden', 'forbidden']);
    expect(f.carerPhone.records.has(ok.recordId)).toBe(true); // their own words come back
    // A family goal is the carer's own whatever is shared; the young person's is not.
    expect(f.carerPhone.records.has(carerGoal.recordId)).toBe(true);
    expect(f.carerPhone.records.has(f.goal.recordId)).toBe(false);
  });

  it('keeps a case from a practitioner who is not on it', async () => {
    const f = await family();
    const other = new Device(fx.service, makeActor('practitioner'));
    await other.pullAll();
    expect([...other.records.values()].some((r) => r.caseId === f.caseId)).toBe(false);
    const write = other.create('note', f.caseId, noteData('care-team'));
    expect((await other.sync([write])).rejected[0]).toMatchObject({ key: 'forbidden' });
    const hijack = other.create(
      'case-membership',
      f.caseId,
      membershipData(other.actor.userId, 'practitioner'),
    );
    expect((await other.sync([hijack])).rejected[0]).toMatchObject({ key: 'forbidden' });
  });

  it('gives an admin organisation content but no case data without a membership', async () => {
    const f = await family();
    const admin = new Device(fx.service, makeActor('admin'));
    const org = admin.create('organisation', null, {
      name: 'Northtown CAMHS',
      defaultLanguage: 'en-GB',
    });
    const r = await admin.sync([org]);
    expect(r.rejected).toEqual([]);
    await admin.pullAll();
    expect([...admin.records.values()].some((x) => x.caseId !== null)).toBe(false);
    expect(Object.keys(admin.checkpoint)).not.toContain(f.caseId);
    expect(
      (await admin.sync([admin.create('note', f.caseId, noteData('care-team'))])).rejected[0],
    ).toMatchObject({ key: 'forbidden' });
    // Practitioners may not write organisation content.
    expect(
      (await f.tablet.sync([f.tablet.create('organisation', null, { name: 'x' })])).rejected[0],
    ).toMatchObject({ key: 'forbidden' });
  });

  it('keeps signposting counts apart: staff add them, only admins receive them', async () => {
    const tablet = new Device(fx.service, makeActor('practitioner'));
    const count = tablet.create('signposting-event', null, {
      topicIds: ['low-mood'],
      ageBand: 'not-known',
      immediateDanger: false,
      resourceIds: [],
      occurredOn: '2026-01-01',
    });
    expect((await tablet.sync([count])).accepted).toEqual([count.id]);
    expect(tablet.records.has(count.recordId)).toBe(false);
    const admin = new Device(fx.service, makeActor('admin'));
    await admin.pullAll();
    expect(admin.records.has(count.recordId)).toBe(true);
    const phone = new Device(fx.service, makeActor('young-person'));
    const theirs = phone.create('signposting-event', null, count.set);
    expect((await phone.sync([theirs])).rejected[0]).toMatchObject({ key: 'forbidden' });
  });

  it("does not let a young person override a practitioner's sharing decision", async () => {
    const f = await family();
    const decided = f.tablet.create('sharing-settings', f.caseId, {
      ...sharingData(f.carerPhone.actor.userId, {}),
      decidedBy: 'practitioner',
      reason: 'Safeguarding',
    });
    expect((await f.tablet.sync([decided])).accepted).toEqual([decided.id]);
    const override = f.phone.mutation('update', 'sharing-settings', decided.recordId, f.caseId, {
      decidedBy: 'young-person',
      sections: { goals: true, safetyPlan: true, decisions: true, notes: true },
    });
    expect((await f.phone.sync([override])).rejected[0]).toMatchObject({ key: 'forbidden' });
    // The carer sees that the practitioner decided, never why (it can be about them).
    await f.carerPhone.pullAll();
    const theirs = f.carerPhone.records.get(decided.recordId)!;
    expect(theirs['decidedBy']).toBe('practitioner');
    expect(theirs['reason']).toBeUndefined();
    await f.phone.pullAll();
    expect(f.phone.records.get(decided.recordId)!['reason']).toBe('Safeguarding');
  });

  it('uses the newest of two sharing records made for one carer, as the screens do', async () => {
    const f = await family();
    const older = f.phone.create(
      'sharing-settings',
      f.caseId,
      sharingData(f.carerPhone.actor.userId, { goals: true }),
    );
    expect((await f.phone.sync([older])).accepted).toEqual([older.id]);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const newer = f.phone.create(
      'sharing-settings',
      f.caseId,
      sharingData(f.carerPhone.actor.userId, {}),
    );
    expect((await f.phone.sync([newer])).accepted).toEqual([newer.id]);
    await f.carerPhone.pullAll();
    expect(f.carerPhone.records.has(f.goal.recordId)).toBe(false);
  });

  it('removes the case from a device at the next sync after losing access', async () => {
    const f = await family();
    await f.phone.pullAll();
    expect(f.phone.records.size).toBeGreaterThan(0);
    const end = f.tablet.mutation(
      'update',
      'case-membership',
      f.memberships['youngPerson']!,
      f.caseId,
      { active: false },
    );
    expect((await f.tablet.sync([end])).accepted).toEqual([end.id]);
    const r = await f.phone.sync();
    expect(r.removed).toEqual([f.caseId]);
    expect(r.checkpoint[f.caseId]).toBeUndefined();
    expect([...f.phone.records.values()].some((x) => x.caseId === f.caseId)).toBe(false);
    const write = f.phone.create('note', f.caseId, noteData('care-team'));
    expect((await f.phone.sync([write])).rejected[0]).toMatchObject({ key: 'forbidden' });
  });

  it('never syncs audit events and refuses them from devices', async () => {
    const f = await family();
    const forged = f.tablet.create('audit-event', f.caseId, {});
    expect((await f.tablet.sync([forged])).rejected[0]).toMatchObject({ key: 'forbidden' });
    const fresh = new Device(fx.service, f.tablet.actor);
    await fresh.pullAll();
    expect(fresh.ofKind('audit-event')).toEqual([]);
    expect(uuidv7()).toBeTruthy();
  });
});
