/**
 * The sync service on every backend: idempotent replays, forged duplicate ids, conflicts
 * kept, append-only kinds, refusals that write nothing, wrong clocks, and 200 concurrent
 * pushes into one case with no gap or duplicate.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7, type Mutation } from '../../src/domain';
import type { Backend } from '../../src/server/store/store';
import { backends } from './helpers/backends';
import {
  Device,
  counts,
  goalData,
  makeActor,
  noteData,
  openSyncFixture,
  seedCase,
  type SyncFixture,
} from './helpers/sync-fixtures';

describe.each(backends)('sync service on %s', (backend: Backend) => {
  let fx: SyncFixture;
  beforeAll(async () => {
    fx = await openSyncFixture(backend);
  });
  afterAll(async () => {
    await fx?.close();
  });

  const practitionerDevice = () => new Device(fx.service, makeActor('practitioner'));

  it('makes the creator of a case its lead practitioner, in the same transaction', async () => {
    const tablet = practitionerDevice();
    const { caseId } = await seedCase(tablet);
    const memberships = tablet.ofKind('case-membership');
    expect(memberships).toHaveLength(1);
    expect(memberships[0]).toMatchObject({
      caseId,
      userId: tablet.actor.userId,
      role: 'lead-practitioner',
      active: true,
      createdBy: 'server',
    });
    expect(tablet.checkpoint[caseId]).toBe(2);
  });

  it('accepts a replayed push once: one record, one applied row, one version bump', async () => {
    const tablet = practitionerDevice();
    const { caseId } = await seedCase(tablet);
    const goal = tablet.create('goal', caseId, goalData());
    const before = await counts(fx.store);
    const first = await tablet.sync([goal]);
    const second = await tablet.sync([goal]); // the response to the first was "lost"
    expect(first.accepted).toEqual([goal.id]);
    expect(second.accepted).toEqual([goal.id]);
    expect(second.rejected).toEqual([]);
    const after = await counts(fx.store);
    expect(after.records - before.records).toBe(1);
    expect(after.applied_mutations - before.applied_mutations).toBe(1);
    const [p] = await fx.store.query<{ version: number }>(
      'SELECT version FROM partitions WHERE partition = $1',
      [caseId],
    );
    expect(p?.version).toBe(3);
  });

  it('refuses a second mutation with a used id and different content', async () => {
    const tablet = practitionerDevice();
    const { caseId } = await seedCase(tablet);
    const goal = tablet.create('goal', caseId, goalData());
    await tablet.sync([goal]);
    const forged: Mutation = { ...goal, set: { ...goal.set, text: 'Something else' } };
    const response = await tablet.sync([forged]);
    expect(response.rejected).toEqual([
      { id: goal.id, key: 'duplicateMutation', path: ['id'], params: {} },
    ]);
    const [row] = await fx.store.query<{ data: { text: string } }>(
      'SELECT data FROM records WHERE id = $1',
      [goal.recordId],
    );
    expect(row?.data.text).toBe(goalData().text);
  });

  it("does not tell someone else that a replay of another person's mutation was applied", async () => {
    const tablet = practitionerDevice();
    const { caseId } = await seedCase(tablet);
    const goal = tablet.create('goal', caseId, goalData());
    await tablet.sync([goal]);
    const other = practitionerDevice();
    const response = await other.sync([goal]);
    expect(response.accepted).toEqual([]);
    expect(response.rejected[0]).toMatchObject({ id: goal.id, key: 'forbidden' });
  });

  it('refuses a repeated id with other content within one push', async () => {
    const tablet = practitionerDevice();
    const { caseId } = await seedCase(tablet);
    const goal = tablet.create('goal', caseId, goalData());
    const copy = { ...goal };
    const forged = { ...goal, set: { ...goal.set, text: 'Other' } };
    const response = await tablet.sync([goal, copy, forged]);
    expect(response.accepted).toEqual([goal.id]);
    expect(response.rejected.map((r) => r.key)).toEqual(['duplicateMutation']);
  });

  it('keeps concurrent edits of one field as a conflict', async () => {
    const actor = makeActor('practitioner');
    const tablet = new Device(fx.service, actor);
    const laptop = new Device(fx.service, actor);
    const { caseId } = await seedCase(tablet);
    const goal = tablet.create('goal', caseId, goalData());
    await tablet.sync([goal]);
    await laptop.pullAll();
    const base = { text: [goal.hlc] };
    const a = tablet.mutation(
      'update',
      'goal',
      goal.recordId,
      caseId,
      { text: 'From the tablet' },
      base,
    );
    const b = laptop.mutation(
      'update',
      'goal',
      goal.recordId,
      caseId,
      { text: 'From the laptop' },
      base,
    );
    expect((await tablet.sync([a])).accepted).toEqual([a.id]);
    expect((await laptop.sync([b])).accepted).toEqual([b.id]);
    await tablet.sync();
    const merged = tablet.records.get(goal.recordId)!;
    const values = [merged['text'], ...merged.conflicts.map((c) => c.value)];
    expect(values.sort()).toEqual(['From the laptop', 'From the tablet']);
    expect(merged.conflicts).toHaveLength(1);
    expect(laptop.records.get(goal.recordId)).toEqual(merged);
  });

  it('refuses updates and deletes of append-only kinds', async () => {
    const tablet = practitionerDevice();
    const { caseId } = await seedCase(tablet);
    const note = tablet.create('note', caseId, noteData('care-team'));
    await tablet.sync([note]);
    const edit = tablet.mutation('update', 'note', note.recordId, caseId, { body: 'Changed' });
    const del = tablet.mutation('delete', 'note', note.recordId, caseId);
    const response = await tablet.sync([edit, del]);
    expect(response.rejected.map((r) => r.key)).toEqual(['appendOnlyKind', 'appendOnlyKind']);
  });

  it('refuses unknown kinds, forged case ids and scope violations, writing nothing', async () => {
    const tablet = practitionerDevice();
    const { caseId } = await seedCase(tablet);
    const before = await counts(fx.store);
    const unknown = { ...tablet.create('goal', caseId, goalData()), kind: 'spaceship' };
    const forgedCase = tablet.create('goal', uuidv7(), goalData());
    const orgWithCase = tablet.create('directory-resource', caseId, { name: 'x' });
    const goalWithoutCase = tablet.create('goal', null, goalData());
    const signposting = tablet.create('signposting-event', caseId, {
      topicIds: [],
      ageBand: 'not-known',
      immediateDanger: false,
      resourceIds: [],
      occurredOn: '2026-01-01',
    });
    const response = await tablet.sync([
      unknown,
      forgedCase,
      orgWithCase,
      goalWithoutCase,
      signposting,
    ]);
    expect(response.accepted).toEqual([]);
    expect(response.rejected.map((r) => r.key)).toEqual([
      'unknownKind',
      'forbidden',
      'caseScope',
      'caseScope',
      'caseScope',
    ]);
    expect(await counts(fx.store)).toEqual(before);
  });

  it('refuses a bad mutation on its own, never the whole batch', async () => {
    const tablet = practitionerDevice();
    const { caseId } = await seedCase(tablet);
    const good = tablet.create('goal', caseId, goalData());
    const bad = tablet.create('goal', caseId, { ...goalData(), baselineRating: 11 });
    const response = await tablet.sync([bad, 42, { id: 'nope' }, good]);
    expect(response.accepted).toEqual([good.id]);
    expect(response.rejected).toHaveLength(3);
    expect(response.rejected[0]).toMatchObject({
      id: bad.id,
      key: 'tooBig',
      path: ['baselineRating'],
    });
  });

  it('refuses a clock more than 5 minutes ahead', async () => {
    const actor = makeActor('practitioner');
    const ahead = new Device(fx.service, actor, () => Date.now() + 10 * 60 * 1000);
    const response = await ahead.sync([ahead.create('case', null, { preferredName: 'x' })]);
    expect(response.rejected).toEqual([
      expect.objectContaining({ key: 'clockAhead', path: ['hlc'] }),
    ]);
    expect(response.serverTime).toMatch(/Z$/);
  });

  it('gives 200 concurrent pushes into one case versions 1..N with no gap or duplicate', async () => {
    const actor = makeActor('practitioner');
    const tablet = new Device(fx.service, actor);
    const { caseId } = await seedCase(tablet);
    const devices = Array.from({ length: 200 }, () => new Device(fx.service, actor));
    const responses = await Promise.all(
      devices.map((d, i) => d.sync([d.create('note', caseId, noteData('care-team', `n${i}`))])),
    );
    expect(responses.every((r) => r.accepted.length === 1)).toBe(true);
    const rows = await fx.store.query<{ version: number }>(
      'SELECT version FROM records WHERE partition = $1 ORDER BY version',
      [caseId],
    );
    expect(rows.map((r) => r.version)).toEqual(Array.from({ length: 202 }, (_, i) => i + 1));
    for (const d of [tablet, ...devices.slice(0, 20)]) {
      const fresh = new Device(fx.service, d.actor);
      await fresh.pullAll();
      expect(fresh.ofKind('note')).toHaveLength(200);
    }
  });

  it('pages a large pull without skipping anything', async () => {
    const small = await openSyncFixture(backend, { maxChangesPerPull: 7 });
    try {
      const tablet = new Device(small.service, makeActor('practitioner'));
      const { caseId } = await seedCase(tablet);
      const { caseId: other } = await seedCase(tablet);
      await tablet.sync(
        Array.from({ length: 20 }, (_, i) =>
          tablet.create('note', i % 2 ? caseId : other, noteData('care-team', `n${i}`)),
        ),
      );
      const fresh = new Device(small.service, tablet.actor);
      let rounds = 0;
      for (;;) {
        rounds += 1;
        const r = await fresh.sync();
        expect(r.changes.length).toBeLessThanOrEqual(7);
        if (!r.more) break;
      }
      expect(rounds).toBeGreaterThan(3);
      expect(fresh.ofKind('note')).toHaveLength(20);
      expect(fresh.records.size).toBe(24);
    } finally {
      await small.close();
    }
  });

  // How fast is a benchmark's business (tests/bench/sync-small.ts, `npm run bench`), not a
  // test's: a timed assertion fails whenever the machine is busy.
  it('accepts 15 pushes of 50 mutations in a row', async () => {
    const tablet = practitionerDevice();
    const { caseId } = await seedCase(tablet);
    await tablet.pullAll();
    for (let round = 0; round < 15; round++) {
      const batch = Array.from({ length: 50 }, (_, i) =>
        i % 2
          ? tablet.create('goal', caseId, goalData())
          : tablet.create('note', caseId, noteData('care-team')),
      );
      const r = await tablet.sync(batch);
      expect(r.accepted).toHaveLength(50);
      expect(r.rejected).toEqual([]);
    }
  });
});
