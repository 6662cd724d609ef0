/**
 * The audit log on every backend: every accepted change and one read per case per pull
 * are recorded in a per-case hash chain that verifies; tampering is refused by the
 * database and, when forced, detected by the chain.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AUDIT_GENESIS_HASH,
  chain,
  verifyChain,
  type AuditEntry,
} from '../../src/server/audit/chain';
import { AuditGroupAppender } from '../../src/server/audit/group-append';
import { readChain } from '../../src/server/audit/store';
import { uuidv7 } from '../../src/domain';
import type { Backend } from '../../src/server/store/store';
import { backends } from './helpers/backends';
import {
  Device,
  goalData,
  makeActor,
  noteData,
  openSyncFixture,
  seedCase,
  type SyncFixture,
} from './helpers/sync-fixtures';

describe('hash chain (pure)', () => {
  const entry = (n: number) => ({
    id: `e${n}`,
    partition: 'p',
    caseId: 'p',
    actorId: 'u',
    actorRole: 'practitioner',
    deviceId: null,
    action: 'read' as const,
    kind: null,
    recordId: null,
    at: new Date(1_700_000_000_000 + n).toISOString(),
  });

  it('verifies a chain and finds the first broken link', () => {
    const rows = chain({ seq: 0, hash: AUDIT_GENESIS_HASH }, [1, 2, 3, 4].map(entry));
    expect(verifyChain(rows)).toEqual({ ok: true, length: 4 });
    const altered = rows.map((r) => (r.seq === 2 ? { ...r, actorId: 'someone else' } : r));
    expect(verifyChain(altered)).toMatchObject({ ok: false, brokenAt: 2, reason: 'hash' });
    expect(verifyChain(rows.filter((r) => r.seq !== 3))).toMatchObject({
      ok: false,
      brokenAt: 4,
      reason: 'gap',
    });
    const rehashed = chain({ seq: 1, hash: 'f'.repeat(64) }, [entry(9)]);
    expect(verifyChain([rows[0]!, ...rehashed])).toMatchObject({
      ok: false,
      brokenAt: 2,
      reason: 'prevHash',
    });
  });
});

describe.each(backends)('audit log on %s', (backend: Backend) => {
  let fx: SyncFixture;
  beforeAll(async () => {
    fx = await openSyncFixture(backend);
  });
  afterAll(async () => {
    await fx?.close();
  });

  it('records each change and one read per case per pull, in a chain that verifies', async () => {
    const tablet = new Device(fx.service, makeActor('practitioner'));
    const yp = makeActor('young-person');
    const { caseId } = await seedCase(tablet, { youngPerson: yp });
    await tablet.sync([
      tablet.create('goal', caseId, goalData()),
      tablet.create('note', caseId, noteData('care-team')),
    ]);
    const phone = new Device(fx.service, yp);
    await phone.pullAll();
    await phone.sync(); // nothing new: no read recorded
    const events = await readChain(fx.store, caseId);
    expect(events.map((e) => `${e.actorRole}:${e.action}:${e.kind ?? ''}`)).toEqual([
      'practitioner:create:case',
      'system:access-granted:case-membership',
      'lead-practitioner:access-granted:case-membership',
      'lead-practitioner:read:', // the seeding sync pulled its own case back
      'lead-practitioner:create:goal',
      'lead-practitioner:create:note',
      'lead-practitioner:read:',
      'young-person:read:',
    ]);
    expect(events.at(-1)).toMatchObject({ actorId: yp.userId, deviceId: phone.id });
    expect(verifyChain(events)).toEqual({ ok: true, length: 8 });
  });

  it('records every one of many concurrent pulls of a case, before answering it, in one whole chain', async () => {
    const lead = makeActor('practitioner');
    const tablet = new Device(fx.service, lead);
    const { caseId } = await seedCase(tablet);
    const before = (await readChain(fx.store, caseId)).length;
    const pullers = Array.from({ length: 12 }, () => new Device(fx.service, lead));
    const writes = 3;
    await Promise.all([
      ...pullers.map(async (d) => {
        await d.pullAll();
        // The answer has come: its read must already be in the chain.
        const chainNow = await readChain(fx.store, caseId);
        expect(chainNow.filter((e) => e.deviceId === d.id && e.action === 'read')).toHaveLength(1);
      }),
      (async () => {
        for (let i = 0; i < writes; i++)
          await tablet.sync([tablet.create('goal', caseId, goalData())]);
      })(),
    ]);
    const events = await readChain(fx.store, caseId);
    expect(verifyChain(events)).toEqual({ ok: true, length: events.length });
    const added = events.slice(before);
    expect(added.filter((e) => e.action === 'read' && e.deviceId !== tablet.id)).toHaveLength(
      pullers.length,
    );
    expect(added.filter((e) => e.kind === 'goal')).toHaveLength(writes);
  });

  it('groups concurrent audit appends, and one that cannot be written fails alone', async () => {
    const appender = new AuditGroupAppender(fx.store);
    const partition = uuidv7();
    const entry = (at: string): AuditEntry => ({
      id: uuidv7(),
      partition,
      caseId: partition,
      actorId: 'u',
      actorRole: 'practitioner',
      deviceId: null,
      action: 'read',
      kind: null,
      recordId: null,
      at,
    });
    const good = () => entry(new Date().toISOString());
    // The first commits alone; the next three wait and share one commit, which the bad
    // one breaks, so they are retried one by one.
    const results = await Promise.allSettled([
      appender.append([good()]),
      appender.append([good(), good()]),
      appender.append([entry('not a time')]),
      appender.append([good()]),
    ]);
    expect(results.map((r) => r.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'rejected',
      'fulfilled',
    ]);
    const events = await readChain(fx.store, partition);
    expect(verifyChain(events)).toEqual({ ok: true, length: 4 });
  });

  it('refuses to change or delete entries, and detects a forced change', async () => {
    const tablet = new Device(fx.service, makeActor('practitioner'));
    const { caseId } = await seedCase(tablet);
    await expect(
      fx.store.query("UPDATE audit_events SET action = 'read' WHERE partition = $1", [caseId]),
    ).rejects.toThrow(/append-only/);
    await expect(
      fx.store.query('DELETE FROM audit_events WHERE partition = $1', [caseId]),
    ).rejects.toThrow(/append-only/);

    // Someone with the power to switch the trigger off still cannot hide it.
    await fx.store.transaction(async (tx) => {
      await tx.query('ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_change');
      await tx.query(
        "UPDATE audit_events SET actor_id = 'nobody' WHERE partition = $1 AND seq = 2",
        [caseId],
      );
      await tx.query('ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_change');
    });
    expect(verifyChain(await readChain(fx.store, caseId))).toMatchObject({
      ok: false,
      brokenAt: 2,
      reason: 'hash',
    });
  });
});
