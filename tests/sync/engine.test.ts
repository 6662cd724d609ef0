// The engine against answers written by hand from domain functions (no server): what it
// sends, and what it does with each part of an answer, in one transaction.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  applyMutation,
  compareHlc,
  formatHlc,
  uuidv7,
  type AnyRecord,
  type Mutation,
} from '../../src/domain';
import { SyncEngine, SyncFailure } from '../../src/sync';
import { readCheckpoint } from '../../src/sync/sync-meta';
import {
  deleteDevices,
  freshDevice,
  goalData,
  outboxMutations,
  validCase,
  type TestDevice,
} from './helpers/device';
import { acceptAll, answer, scriptedTransport, SERVER_NOW } from './helpers/scripted-transport';

afterEach(deleteDevices);

function engineFor(
  device: TestDevice,
  script: ReturnType<typeof scriptedTransport>,
  batchSize?: number,
) {
  return new SyncEngine({
    db: device.db,
    transport: script.transport,
    deviceId: device.deviceId,
    batchSize,
  });
}

/** The records the server holds after these mutations (what it would send back). */
function serverRecord(...mutations: Mutation[]): AnyRecord {
  return mutations.reduce<AnyRecord | undefined>((r, m) => applyMutation(r, m), undefined)!;
}

describe('SyncEngine: pushing', () => {
  it('sends the outbox in order with the checkpoint, and empties it of what was accepted', async () => {
    const device = await freshDevice();
    const kase = await device.records.createCase({ ...validCase });
    await device.records.update('case', kase.id, { preferredName: 'Sammy' });
    const sent = await outboxMutations(device);
    const script = scriptedTransport(acceptAll({ checkpoint: { [kase.id]: 2 } }));
    const result = await engineFor(device, script).syncOnce();

    expect(script.requests).toHaveLength(1);
    expect(script.requests[0]).toEqual({
      deviceId: device.deviceId,
      mutations: sent,
      checkpoint: {},
    });
    expect(result).toMatchObject({ rounds: 1, pushed: 2, accepted: 2, rejected: 0 });
    expect(await device.db.outbox.count()).toBe(0);
    expect(await readCheckpoint(device.db)).toEqual({ [kase.id]: 2 });
    // The local record is untouched when the answer has no copy of it.
    expect((await device.records.get('case', kase.id))?.preferredName).toBe('Sammy');
  });

  it('folds the server clock into the device clock, so later writes sort after it', async () => {
    const device = await freshDevice('user-1', () => SERVER_NOW - 3_600_000); // an hour behind
    const ahead = formatHlc({ wall: SERVER_NOW, counter: 7, node: 'server' });
    const script = scriptedTransport(answer({ serverClock: ahead }));
    await engineFor(device, script).syncOnce();
    const kase = await device.records.createCase({ ...validCase });
    expect(compareHlc(kase.clock['preferredName']!, ahead)).toBeGreaterThan(0);
  });

  it('pushes a long outbox in batches, in order, until it is empty', async () => {
    const device = await freshDevice();
    const kase = await device.records.createCase({ ...validCase });
    for (let i = 1; i <= 4; i++)
      await device.records.update('case', kase.id, { preferredName: `S${i}` });
    const all = await outboxMutations(device);
    const script = scriptedTransport(acceptAll(), acceptAll(), acceptAll());
    const result = await engineFor(device, script, 2).syncOnce();
    expect(script.requests.map((r) => r.mutations)).toEqual([
      all.slice(0, 2),
      all.slice(2, 4),
      all.slice(4),
    ]);
    expect(result.rounds).toBe(3);
    expect(await device.db.outbox.count()).toBe(0);
  });

  it('pulls again at once while the server says more, with the new checkpoint', async () => {
    const device = await freshDevice();
    const script = scriptedTransport(
      answer({ checkpoint: { a: 5 }, more: true }),
      answer({ checkpoint: { a: 9, b: 1 } }),
    );
    const result = await engineFor(device, script).syncOnce();
    expect(result.rounds).toBe(2);
    expect(script.requests.map((r) => r.checkpoint)).toEqual([{}, { a: 5 }]);
    expect(await readCheckpoint(device.db)).toEqual({ a: 9, b: 1 });
  });

  it('keeps everything when the answer is lost, and sends the same mutations again', async () => {
    const device = await freshDevice();
    await device.records.createCase({ ...validCase });
    const sent = await outboxMutations(device);
    const script = scriptedTransport(new Error('connection reset'), acceptAll());
    const engine = engineFor(device, script);
    await expect(engine.syncOnce()).rejects.toBeInstanceOf(SyncFailure);
    expect(await outboxMutations(device)).toEqual(sent);
    await engine.syncOnce();
    expect(script.requests[1]!.mutations).toEqual(sent); // same ids: the server ignores the replay
    expect(await device.db.outbox.count()).toBe(0);
  });

  it('leaves changes made while a sync is on the network for the next round, and shows them', async () => {
    const device = await freshDevice();
    const kase = await device.records.createCase({ ...validCase });
    const [create] = await outboxMutations(device);
    let release!: () => void;
    const onTheNetwork = new Promise<void>((resolve) => (release = resolve));
    let arrived!: () => void;
    const requestArrived = new Promise<void>((resolve) => (arrived = resolve));
    const script = scriptedTransport(async (request) => {
      arrived();
      await onTheNetwork;
      // The server accepted the create and sends its copy back (without the later edit).
      return answer({
        accepted: request.mutations.map((m) => (m as Mutation).id),
        changes: [serverRecord(create!)],
      });
    }, acceptAll());
    const engine = engineFor(device, script);
    const going = engine.syncOnce();
    await requestArrived;
    await device.records.update('case', kase.id, { preferredName: 'Written during sync' });
    release();
    await going;

    const waiting = await outboxMutations(device);
    expect(waiting).toHaveLength(1);
    expect(waiting[0]!.set).toEqual({ preferredName: 'Written during sync' });
    expect((await device.records.get('case', kase.id))?.preferredName).toBe('Written during sync');

    await engine.syncOnce();
    expect(script.requests[1]!.mutations).toEqual(waiting);
    expect(await device.db.outbox.count()).toBe(0);
  });

  it('throws a SyncFailure and changes nothing when the transport fails', async () => {
    const device = await freshDevice();
    await device.records.createCase({ ...validCase });
    const failure = new SyncFailure('retry', 'serverError', 503);
    const script = scriptedTransport(failure);
    await expect(engineFor(device, script).syncOnce()).rejects.toBe(failure);
    expect(await device.db.outbox.count()).toBe(1);
    expect(await readCheckpoint(device.db)).toEqual({});
  });
});

describe('SyncEngine: one transaction per answer', () => {
  it('stores all of an answer or none of it', async () => {
    const device = await freshDevice();
    let failMeta = false;
    device.db.close(); // middleware is taken up when the database opens
    device.db.use({
      stack: 'dbcore',
      name: 'fail-meta-writes',
      create: (down) => ({
        ...down,
        table(name) {
          const table = down.table(name);
          if (name !== 'meta') return table;
          return {
            ...table,
            mutate: (req) =>
              failMeta ? Promise.reject(new Error('disk gone')) : table.mutate(req),
          };
        },
      }),
    });
    await device.db.open();
    const kase = await device.records.createCase({ ...validCase });
    const other = await freshDevice();
    const theirs = await other.records.createCase({ ...validCase, preferredName: 'Kim' });
    const before = await outboxMutations(device);
    const script = scriptedTransport(
      acceptAll({ changes: [theirs], checkpoint: { [kase.id]: 1 } }),
    );
    failMeta = true; // the checkpoint write, the last step, fails
    await expect(engineFor(device, script).syncOnce()).rejects.toThrow();
    failMeta = false;
    expect(await outboxMutations(device)).toEqual(before);
    expect(await device.records.get('case', theirs.id)).toBeUndefined();
    expect(await readCheckpoint(device.db)).toEqual({});
  });
});

describe('SyncEngine: pulling and rebasing', () => {
  it('stores incoming records and keeps pending local edits on top of them', async () => {
    const device = await freshDevice();
    const kase = await device.records.createCase({ ...validCase });
    const [create] = await outboxMutations(device);
    // Another device renamed the case; the server's copy holds the create and that rename.
    const theirs = otherWrite(create!, { pronouns: 'she/her' });
    // Meanwhile, on this device, an edit to another field and not yet sent.
    await device.records.update('case', kase.id, { preferredName: 'Sammy' });
    const script = scriptedTransport(
      answer({ accepted: [create!.id], changes: [serverRecord(create!, theirs)] }),
    );
    // The batch holds both mutations, but the server accepted only the create so far.
    await engineFor(device, script).syncOnce();

    const stored = await device.records.get('case', kase.id);
    expect(stored).toMatchObject({ pronouns: 'she/her', preferredName: 'Sammy' });
    expect((await outboxMutations(device)).map((m) => m.set)).toEqual([{ preferredName: 'Sammy' }]);
  });

  it('keeps pending edits on top whether the answer is shorter or longer than the outbox', async () => {
    // The engine finds pending edits by index for a short answer and by reading the
    // outbox whole for a long one (a first pull): both must find the same.
    const device = await freshDevice();
    const a = await device.records.createCase({ ...validCase });
    await device.records.update('case', a.id, { preferredName: 'Sammy' });
    const b = await device.records.createCase({ ...validCase, preferredName: 'Jo' });
    await device.records.update('case', b.id, { pronouns: 'he/him' });
    await device.records.update('case', b.id, { status: 'closed' });
    const [createA, , createB] = await outboxMutations(device);
    const serverA = serverRecord(createA!, otherWrite(createA!, { pronouns: 'she/her' }));
    const serverB = serverRecord(createB!, otherWrite(createB!, { ageBand: '16-17' }));
    const others = Array.from({ length: 6 }, () => {
      const m = { ...createA!, id: uuidv7(), recordId: uuidv7() };
      return serverRecord({ ...m, caseId: m.recordId });
    });
    const script = scriptedTransport(
      answer({ changes: [serverA] }), // 1 record, 5 waiting
      answer({ changes: [serverB, ...others] }), // 7 records, 5 waiting
    );
    const engine = engineFor(device, script);
    await engine.syncOnce();
    await engine.syncOnce();
    expect(await device.records.get('case', a.id)).toMatchObject({
      pronouns: 'she/her',
      preferredName: 'Sammy',
    });
    expect(await device.records.get('case', b.id)).toMatchObject({
      ageBand: '16-17',
      preferredName: 'Jo',
      pronouns: 'he/him',
      status: 'closed',
    });
    for (const r of others) expect(await device.records.get('case', r.id)).toEqual(r);
    expect(await device.db.outbox.count()).toBe(5);
  });

  it('applies a pending mutation the server already holds without changing anything (lost answer)', async () => {
    const device = await freshDevice();
    const kase = await device.records.createCase({ ...validCase });
    await device.records.update('case', kase.id, { preferredName: 'Sammy' });
    const [create, rename] = await outboxMutations(device);
    const script = scriptedTransport(answer({ changes: [serverRecord(create!, rename!)] }));
    await engineFor(device, script).syncOnce();
    expect(await device.records.get('case', kase.id)).toEqual(serverRecord(create!, rename!));
    expect(await device.db.outbox.count()).toBe(2); // not acknowledged: they go again
  });

  it('skips records of kinds this app does not know, and stores the rest', async () => {
    const device = await freshDevice();
    const other = await freshDevice();
    const kase = await other.records.createCase({ ...validCase });
    const unknown = { ...kase, id: uuidv7(), kind: 'from-a-newer-app' } as AnyRecord;
    const script = scriptedTransport(answer({ changes: [unknown, kase] }));
    const result = await engineFor(device, script).syncOnce();
    expect(result).toMatchObject({ stored: 1, skipped: 1 });
    expect(await device.records.get('case', kase.id)).toEqual(kase);
  });
});

describe('SyncEngine: removed partitions', () => {
  it('removes the case and its records, keeps other cases and keeps unsent work in the outbox', async () => {
    const device = await freshDevice();
    const lost = await device.records.createCase({ ...validCase });
    const kept = await device.records.createCase({ ...validCase, preferredName: 'Kim' });
    const script = scriptedTransport(acceptAll({ checkpoint: { [lost.id]: 3, [kept.id]: 1 } }));
    const engine = engineFor(device, script);
    await engine.syncOnce();
    const goal = await device.records.create('goal', lost.id, goalData());
    const waiting = await outboxMutations(device);

    script.push(answer({ removed: [lost.id], checkpoint: { [kept.id]: 1 } }));
    const result = await engine.syncOnce();
    // The unsent goal was pushed and not acknowledged (the server has not answered for it).
    expect(result.removed).toEqual([lost.id]);
    expect(await device.records.get('case', lost.id)).toBeUndefined();
    expect(await device.records.get('goal', goal.id)).toBeUndefined();
    expect(await device.records.get('case', kept.id)).toBeDefined();
    expect(await outboxMutations(device)).toEqual(waiting);
    expect(await readCheckpoint(device.db)).toEqual({ [kept.id]: 1 });
  });
});

describe('SyncEngine: reset partitions', () => {
  it('applies removed before changes, and keeps records the person created and has not sent', async () => {
    const device = await freshDevice();
    const kase = await device.records.createCase({ ...validCase });
    const [create] = await outboxMutations(device);
    const script = scriptedTransport(acceptAll({ checkpoint: { [kase.id]: 1 } }));
    const engine = engineFor(device, script, 1);
    await engine.syncOnce();
    const first = await device.records.create('goal', kase.id, goalData('Sent now'));
    const second = await device.records.create('goal', kase.id, goalData('Sent next time', 1));
    const [sentGoal] = await outboxMutations(device);
    // What the person may see in the case changed: the server sends the whole case again.
    script.push(
      answer({
        accepted: [sentGoal!.id],
        removed: [kase.id],
        changes: [serverRecord(create!), serverRecord(sentGoal!)],
        checkpoint: { [kase.id]: 3 },
      }),
      acceptAll({ checkpoint: { [kase.id]: 4 } }),
    );
    await engine.syncOnce();
    expect(await device.records.get('case', kase.id)).toEqual(serverRecord(create!));
    expect(await device.records.get('goal', first.id)).toEqual(serverRecord(sentGoal!));
    expect((await device.records.get('goal', second.id))?.text).toBe('Sent next time');
    expect(script.requests[2]!.checkpoint).toEqual({ [kase.id]: 3 });
    expect(await readCheckpoint(device.db)).toEqual({ [kase.id]: 4 });
  });
});

describe('SyncEngine: refused changes', () => {
  it('moves a refused mutation to `rejected` with its reason, and keeps the rest going', async () => {
    const device = await freshDevice();
    const kase = await device.records.createCase({ ...validCase });
    await device.records.update('case', kase.id, { preferredName: 'Sammy' });
    const [create, rename] = await outboxMutations(device);
    const script = scriptedTransport(
      answer({
        accepted: [create!.id],
        rejected: [{ id: rename!.id, key: 'forbidden', path: ['preferredName'], params: {} }],
      }),
    );
    const engine = engineFor(device, script);
    const result = await engine.syncOnce();
    expect(result).toMatchObject({ accepted: 1, rejected: 1 });
    expect(await device.db.outbox.count()).toBe(0);
    const rejected = await engine.listRejected();
    expect(rejected).toHaveLength(1);
    expect(rejected[0]).toMatchObject({
      id: rename!.id,
      recordId: kase.id,
      caseId: kase.id,
      mutation: rename,
      reason: { key: 'forbidden', path: ['preferredName'], params: {} },
    });
    // The person's value stays on screen until they decide.
    expect((await device.records.get('case', kase.id))?.preferredName).toBe('Sammy');
  });

  it('retries a refused change as a new mutation with the same fields and base', async () => {
    const device = await freshDevice();
    const kase = await device.records.createCase({ ...validCase });
    await device.records.update('case', kase.id, { preferredName: 'Sammy' });
    const [create, rename] = await outboxMutations(device);
    const script = scriptedTransport(
      answer({
        accepted: [create!.id],
        rejected: [{ id: rename!.id, key: 'clockAhead', path: [], params: {} }],
      }),
    );
    const engine = engineFor(device, script);
    await engine.syncOnce();
    expect(await engine.retryRejected(rename!.id)).toBe(true);
    expect(await engine.listRejected()).toEqual([]);
    const [again] = await outboxMutations(device);
    expect(again).toMatchObject({
      recordId: kase.id,
      op: 'update',
      set: rename!.set,
      base: rename!.base,
    });
    expect(again!.id).not.toBe(rename!.id);
    expect(compareHlc(again!.hlc, rename!.hlc)).toBeGreaterThan(0);
    expect(await engine.retryRejected(rename!.id)).toBe(false); // already settled
  });

  it('discards a refused creation: the record leaves the device and the case is pulled again', async () => {
    const device = await freshDevice();
    const kase = await device.records.createCase({ ...validCase });
    const [create] = await outboxMutations(device);
    const script = scriptedTransport(
      answer({
        rejected: [{ id: create!.id, key: 'forbidden', path: [], params: {} }],
        checkpoint: { [kase.id]: 4, other: 2 },
      }),
    );
    const engine = engineFor(device, script);
    await engine.syncOnce();
    expect(await device.records.get('case', kase.id)).toBeDefined();
    expect(await engine.discardRejected(create!.id)).toBe(true);
    expect(await device.records.get('case', kase.id)).toBeUndefined();
    expect(await engine.listRejected()).toEqual([]);
    expect(await readCheckpoint(device.db)).toEqual({ other: 2 });
    expect(await engine.discardRejected(create!.id)).toBe(false);
  });

  it('discards a refused edit: the server copy comes back at the next sync', async () => {
    const device = await freshDevice();
    const kase = await device.records.createCase({ ...validCase });
    await device.records.update('case', kase.id, { preferredName: 'Sammy' });
    const [create, rename] = await outboxMutations(device);
    const script = scriptedTransport(
      answer({
        accepted: [create!.id],
        rejected: [{ id: rename!.id, key: 'forbidden', path: [], params: {} }],
        checkpoint: { [kase.id]: 1 },
      }),
    );
    const engine = engineFor(device, script);
    await engine.syncOnce();
    await engine.discardRejected(rename!.id);
    script.push(answer({ changes: [serverRecord(create!)], checkpoint: { [kase.id]: 1 } }));
    await engine.syncOnce();
    expect(script.requests[1]!.checkpoint).toEqual({}); // asked for the whole case again
    expect((await device.records.get('case', kase.id))?.preferredName).toBe('Sam');
  });
});

/** A write by another device, replacing what the creation wrote. */
function otherWrite(create: Mutation, set: Record<string, unknown>): Mutation {
  const hlc = formatHlc({ wall: Date.now() + 1, counter: 0, node: 'other-device' });
  const base = Object.fromEntries(Object.keys(set).map((f) => [f, [create.hlc]]));
  return {
    ...create,
    id: uuidv7(),
    deviceId: 'other-device',
    op: 'update',
    hlc,
    by: 'user-2',
    set,
    base,
  };
}
