// Several simulated devices (separate Dexie databases on fake-indexeddb), each with its
// own repository and engine, syncing with the real SyncService on a real PGlite store.
import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openConflicts, type AnyRecord } from '../../src/domain';
import { SyncEngine } from '../../src/sync';
import { deleteDevices, freshDevice, goalData, validCase, type TestDevice } from './helpers/device';
import {
  makeActor,
  openRealServer,
  serverRecords,
  serviceTransport,
  type RealServer,
  type ServiceTransportHooks,
} from './helpers/real-server';
import { canonical, deviceRecords } from './helpers/snapshot';
import type { Actor } from '../../src/server/auth/actor';

let server: RealServer;
beforeAll(async () => {
  server = await openRealServer();
});
afterAll(async () => server?.close());
afterEach(deleteDevices);

interface Device extends TestDevice {
  engine: SyncEngine;
  actor: Actor;
}

async function device(actor: Actor, hooks: ServiceTransportHooks = {}): Promise<Device> {
  const d = await freshDevice(actor.userId);
  const engine = new SyncEngine({
    db: d.db,
    deviceId: d.deviceId,
    transport: serviceTransport(server, actor, hooks),
  });
  return { ...d, engine, actor };
}

/** Sync every device in turn, twice, so each has seen what the others sent. */
async function syncAll(...devices: Device[]): Promise<void> {
  for (let round = 0; round < 2; round++) for (const d of devices) await d.engine.syncOnce();
}

async function expectConverged(caseId: string, ...devices: Device[]): Promise<void> {
  const expected = canonical(await serverRecords(server, caseId));
  for (const d of devices) {
    expect(await d.db.outbox.count()).toBe(0);
    expect(canonical(await deviceRecords(d.db))).toEqual(expected);
  }
}

async function caseOnBoth(): Promise<{ tablet: Device; phone: Device; caseId: string }> {
  const practitioner = makeActor();
  const tablet = await device(practitioner);
  const phone = await device(practitioner);
  const kase = await tablet.records.createCase({ ...validCase });
  await syncAll(tablet, phone);
  return { tablet, phone, caseId: kase.id };
}

describe('sync with the real SyncService', () => {
  it('converges offline edits made on two devices', async () => {
    const { tablet, phone, caseId } = await caseOnBoth();
    expect(await phone.records.get('case', caseId)).toBeDefined();
    await tablet.records.update('case', caseId, { preferredName: 'Sammy' });
    await phone.records.update('case', caseId, { pronouns: 'she/her' });
    await tablet.records.create('goal', caseId, goalData('Sleep better'));
    await syncAll(tablet, phone);
    await expectConverged(caseId, tablet, phone);
    expect(await phone.records.get('case', caseId)).toMatchObject({
      preferredName: 'Sammy',
      pronouns: 'she/her',
    });
  });

  it('keeps both values of a field edited on two devices at once, one as a conflict, everywhere', async () => {
    const { tablet, phone, caseId } = await caseOnBoth();
    await tablet.records.update('case', caseId, { preferredName: 'From the tablet' });
    await phone.records.update('case', caseId, { preferredName: 'From the phone' });
    await syncAll(tablet, phone);
    await expectConverged(caseId, tablet, phone);
    for (const d of [tablet, phone]) {
      const record = (await d.records.get('case', caseId))!;
      const values = [
        record.preferredName,
        ...openConflicts(record, 'preferredName').map((c) => c.value),
      ];
      expect(values.sort()).toEqual(['From the phone', 'From the tablet']);
    }
  });

  it('keeps both items added to a list on two devices', async () => {
    const { tablet, phone, caseId } = await caseOnBoth();
    const a = await tablet.records.create('goal', caseId, goalData('Go to school', 0));
    const b = await phone.records.create('goal', caseId, goalData('See friends', 1));
    await syncAll(tablet, phone);
    await expectConverged(caseId, tablet, phone);
    for (const d of [tablet, phone]) {
      const goals = await d.db.recordTable('goal').where('caseId').equals(caseId).toArray();
      expect(goals.map((g) => g.id).sort()).toEqual([a.id, b.id].sort());
    }
  });

  it('retries a push whose answer was lost, without duplicates', async () => {
    const practitioner = makeActor();
    let lose = true;
    const tablet = await device(practitioner, { loseAnswer: () => lose });
    const kase = await tablet.records.createCase({ ...validCase });
    await tablet.records.create('goal', kase.id, goalData());
    const sent = (await tablet.db.outbox.toArray()).map((e) => e.id);
    await expect(tablet.engine.syncOnce()).rejects.toThrow();
    expect(await tablet.db.outbox.count()).toBe(2);
    lose = false;
    const result = await tablet.engine.syncOnce();
    expect(result).toMatchObject({ accepted: 2, rejected: 0 });
    const applied = await server.store.query<{ id: string }>(
      'SELECT id FROM applied_mutations WHERE partition = $1',
      [kase.id],
    );
    // Two of ours and the server's lead membership, each once.
    expect(
      applied
        .map((r) => r.id)
        .filter((id) => sent.includes(id))
        .sort(),
    ).toEqual([...sent].sort());
    expect(applied).toHaveLength(3);
    await expectConverged(kase.id, tablet);
  });

  it('moves a refused change to `rejected`, keeps it visible, and lets the person discard it', async () => {
    const { tablet, caseId } = await caseOnBoth();
    const outsider = await device(makeActor()); // a practitioner not on this case
    const goal = await outsider.records.create('goal', caseId, goalData('Not mine to set'));
    const result = await outsider.engine.syncOnce();
    expect(result).toMatchObject({ accepted: 0, rejected: 1 });
    const [refused] = await outsider.engine.listRejected();
    expect(refused).toMatchObject({ recordId: goal.id, reason: { key: 'forbidden' } });
    expect(await outsider.db.outbox.count()).toBe(0);
    expect(await outsider.records.get('goal', goal.id)).toBeDefined(); // still visible
    await outsider.engine.syncOnce(); // nothing is dropped by a later sync
    expect(await outsider.engine.listRejected()).toHaveLength(1);
    await outsider.engine.discardRejected(refused!.id);
    expect(await outsider.records.get('goal', goal.id)).toBeUndefined();
    await tablet.engine.syncOnce();
    expect(await tablet.records.get('goal', goal.id)).toBeUndefined();
  });

  it('keeps an edit made while a sync is on the network on top of the incoming record', async () => {
    const practitioner = makeActor();
    let duringSync: (() => Promise<unknown>) | undefined;
    const tablet = await device(practitioner, {
      beforeServer: async () => {
        const edit = duringSync;
        duringSync = undefined;
        await edit?.();
      },
    });
    const phone = await device(practitioner);
    const kase = await tablet.records.createCase({ ...validCase });
    await syncAll(tablet, phone);
    await phone.records.update('case', kase.id, { pronouns: 'she/her' });
    await phone.engine.syncOnce();
    duringSync = () => tablet.records.update('case', kase.id, { preferredName: 'Typed meanwhile' });
    await tablet.engine.syncOnce();
    expect(await tablet.records.get('case', kase.id)).toMatchObject({
      pronouns: 'she/her', // from the server
      preferredName: 'Typed meanwhile', // pending, rebased on top
    });
    expect(await tablet.db.outbox.count()).toBe(1);
    await syncAll(tablet, phone);
    await expectConverged(kase.id, tablet, phone);
  });

  it('removes a case from a device whose user lost access, keeping their unsent work visible as refused', async () => {
    const lead = makeActor();
    const colleague = makeActor();
    const tablet = await device(lead);
    const other = await device(colleague);
    const kase = await tablet.records.createCase({ ...validCase });
    const membership = await tablet.records.create('case-membership', kase.id, {
      userId: colleague.userId,
      role: 'practitioner',
      active: true,
    });
    await tablet.engine.syncOnce();
    await other.engine.syncOnce();
    expect(await other.records.get('case', kase.id)).toBeDefined();

    await tablet.records.update('case-membership', membership.id, { active: false });
    await tablet.engine.syncOnce();
    const unsent = await other.records.create('goal', kase.id, goalData('Written offline'));
    await other.engine.syncOnce();

    const left = (await deviceRecords(other.db)).filter((r: AnyRecord) => r.caseId === kase.id);
    expect(left).toEqual([]);
    const [refused] = await other.engine.listRejected();
    expect(refused).toMatchObject({ recordId: unsent.id, reason: { key: 'forbidden' } });
    expect(refused!.mutation.set).toMatchObject({ text: 'Written offline' });
  });
});
