// The repository: every write validates, stores the record and queues its mutation in one
// transaction (DESIGN.md §4); a refused or failed write leaves nothing behind.
import type { DBCore, DBCoreMutateRequest, DBCoreTable } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { ValidationError, openConflicts } from '../../../src/domain';
import { StorageError, onStorageProblem } from '../../../src/db/storage-errors';
import { freshStore, validCase } from './store-fixtures';

const stores: ReturnType<typeof freshStore>[] = [];
function store(...args: Parameters<typeof freshStore>) {
  const s = freshStore(...args);
  stores.push(s);
  return s;
}
afterEach(async () => {
  for (const s of stores.splice(0)) await s.db.delete();
});

/** Makes every write to one table fail as a full disk would, below Dexie's API. */
function failWritesTo(
  db: ReturnType<typeof freshStore>['db'],
  tableName: string,
  errorName = 'QuotaExceededError',
) {
  db.use({
    stack: 'dbcore',
    name: `fail-${tableName}`,
    create(down: DBCore): DBCore {
      return {
        ...down,
        table(name: string): DBCoreTable {
          const table = down.table(name);
          if (name !== tableName) return table;
          return {
            ...table,
            mutate(_req: DBCoreMutateRequest) {
              const error = new Error('The quota has been exceeded.');
              error.name = errorName;
              return Promise.reject(error);
            },
          };
        },
      };
    },
  });
}

describe('RecordRepository', () => {
  it('creates a case that belongs to itself and queues exactly one mutation for it', async () => {
    const { db, records } = store();
    const created = await records.createCase({ ...validCase });
    expect(created.caseId).toBe(created.id);
    expect(created.preferredName).toBe('Sam');
    expect(created.createdBy).toBe('user-practitioner-1');
    expect(await db.recordTable('case').get(created.id)).toEqual(created);
    const outbox = await db.outbox.toArray();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]!.mutation).toMatchObject({
      op: 'create',
      kind: 'case',
      recordId: created.id,
      caseId: created.id,
    });
    expect(outbox[0]!.mutation.set).toMatchObject({ preferredName: 'Sam' });
  });

  it('refuses a schema violation with readable problems and writes nothing', async () => {
    const { db, records } = store();
    const error = await records
      .createCase({ ...validCase, preferredName: '', ageBand: 'teenager' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    const problems = (error as ValidationError).problems.map((p) => `${p.path.join('.')}:${p.key}`);
    expect(problems).toEqual(
      expect.arrayContaining(['preferredName:required', 'ageBand:notAnOption']),
    );
    expect(await db.recordTable('case').count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('refuses an update that breaks the schema and keeps the stored record as it was', async () => {
    const { db, records } = store();
    const created = await records.createCase({ ...validCase });
    await expect(
      records.update('case', created.id, { preferredName: 'x'.repeat(101) }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(await db.recordTable('case').get(created.id)).toEqual(created);
    expect(await db.outbox.count()).toBe(1);
  });

  it('keeps the record and its outbox entry atomic: a failing outbox write leaves neither', async () => {
    const { db, records } = store();
    failWritesTo(db, 'outbox');
    const reported: StorageError[] = [];
    const stop = onStorageProblem((e) => reported.push(e));
    try {
      const error = await records.createCase({ ...validCase }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StorageError);
      expect((error as StorageError).code).toBe('quota');
      expect(reported.map((e) => e.code)).toEqual(['quota']);
    } finally {
      stop();
    }
    expect(await db.recordTable('case').count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('keeps them atomic the other way round: a failing record write queues nothing', async () => {
    const { db, records } = store();
    failWritesTo(db, 'cases', 'UnknownError');
    const error = await records.createCase({ ...validCase }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).code).toBe('failed');
    expect(await db.outbox.count()).toBe(0);
  });

  it('updates with a base naming the version replaced, so sequential edits never conflict', async () => {
    const { db, records } = store();
    const created = await records.createCase({ ...validCase });
    const updated = await records.update('case', created.id, { pronouns: 'she/her' });
    expect(updated.pronouns).toBe('she/her');
    expect(updated.clock.pronouns! > created.clock.pronouns!).toBe(true);
    const [, second] = await db.outbox.orderBy('seq').toArray();
    expect(second!.mutation.base).toEqual({ pronouns: [created.clock.pronouns] });
    expect(openConflicts(updated)).toEqual([]);
  });

  it('keeps a concurrent edit as a conflict when the person edited an older version, and resolves it', async () => {
    const { records } = store();
    const created = await records.createCase({ ...validCase });
    const seen = { pronouns: [created.clock.pronouns!] };
    await records.update('case', created.id, { pronouns: 'she/her' }, seen);
    // A second person edited the same version they saw: both values are kept.
    const both = await records.update('case', created.id, { pronouns: 'he/him' }, seen);
    expect(openConflicts(both, 'pronouns').map((c) => c.value)).toEqual(['she/her']);
    expect(both.pronouns).toBe('he/him');
    const resolved = await records.resolveConflict('case', created.id, 'pronouns', 'she/her');
    expect(resolved.pronouns).toBe('she/her');
    expect(openConflicts(resolved)).toEqual([]);
  });

  it('makes strictly increasing clocks even when the wall clock goes backwards', async () => {
    let now = Date.parse('2026-11-23T10:00:00Z');
    const { db, records } = store('user-1', () => now);
    const a = await records.createCase({ ...validCase });
    now -= 60 * 60 * 1000; // the device clock is put back an hour
    const b = await records.update('case', a.id, { pronouns: 'she/her' });
    expect(b.clock.pronouns! > a.clock.pronouns!).toBe(true);
    const clocks = (await db.outbox.orderBy('seq').toArray()).map((e) => e.mutation.hlc);
    expect([...clocks].sort()).toEqual(clocks);
  });

  it('tombstones rather than deletes', async () => {
    const { db, records } = store();
    const created = await records.createCase({ ...validCase });
    const removed = await records.remove('case', created.id);
    expect(removed.deleted).toBe(true);
    expect((await db.recordTable('case').get(created.id))?.deleted).toBe(true);
    expect((await db.outbox.orderBy('seq').last())?.mutation.op).toBe('delete');
  });

  it('never edits append-only records: a correction is a new record', async () => {
    const { db, records } = store();
    const kase = await records.createCase({ ...validCase });
    const goal = await records.create('goal', kase.id, {
      text: 'Go back to school',
      theme: 'impact-on-life',
      setBy: 'young-person',
      baselineRating: 2,
      status: 'active',
      order: 0,
    });
    const rating = await records.create('goal-rating', kase.id, {
      goalId: goal.id,
      rating: 4,
      ratedOn: new Date().toISOString(),
      ratedBy: 'young-person',
    });
    await expect(records.update('goal-rating', rating.id, { rating: 5 })).rejects.toMatchObject({
      problems: [expect.objectContaining({ key: 'appendOnlyKind' })],
    });
    expect((await db.recordTable('goal-rating').get(rating.id))?.rating).toBe(4);
  });

  it('refuses an unknown kind', async () => {
    const { records } = store();
    // @ts-expect-error: an unknown kind is a type error too
    await expect(records.create('diagnosis', null, {})).rejects.toBeInstanceOf(ValidationError);
  });
});

describe('clearing a field', () => {
  it('travels as `unset`, survives JSON, and clears the field on another replica', async () => {
    const { db, records } = store();
    const created = await records.createCase({ ...validCase });
    const cleared = await records.update('case', created.id, { pronouns: undefined });
    expect(cleared.pronouns).toBeUndefined();
    const last = (await db.outbox.orderBy('seq').last())!.mutation;
    const overTheWire = JSON.parse(JSON.stringify(last)) as typeof last;
    expect(overTheWire.unset).toEqual(['pronouns']);
    const { applyMutation } = await import('../../../src/domain');
    const first = (await db.outbox.orderBy('seq').first())!.mutation;
    const elsewhere = applyMutation(
      applyMutation(undefined, JSON.parse(JSON.stringify(first))),
      overTheWire,
    );
    expect(elsewhere.pronouns).toBeUndefined();
    expect(elsewhere.clock.pronouns).toBe(last.hlc);
  });
});

describe('RecordRepository.together', () => {
  const note = { body: 'Talked about school', audience: 'care-team', purpose: 'session-note' };

  it('keeps every write when all of them succeed', async () => {
    const { db, records } = store();
    const sam = await records.createCase({ ...validCase });
    await records.together(['case', 'note'], async () => {
      await records.update('case', sam.id, { pronouns: 'he/him' });
      await records.create('note', sam.id, note);
    });
    expect((await db.recordTable('case').get(sam.id))?.pronouns).toBe('he/him');
    expect(await db.recordTable('note').count()).toBe(1);
    expect(await db.outbox.count()).toBe(3);
  });

  it('keeps none of them, records or outbox entries, when a later write is refused', async () => {
    const { db, records } = store();
    const sam = await records.createCase({ ...validCase });
    const refused = records.together(['case', 'note'], async () => {
      await records.update('case', sam.id, { pronouns: 'he/him' });
      // A note needs a body: this write breaks the schema after the first one was made.
      await records.create('note', sam.id, { ...note, body: '' });
    });
    await expect(refused).rejects.toBeInstanceOf(ValidationError);
    expect((await db.recordTable('case').get(sam.id))?.pronouns).toBe(validCase.pronouns);
    expect(await db.recordTable('note').count()).toBe(0);
    expect(await db.outbox.count()).toBe(1);
  });

  it('keeps none of them when storage fails part-way, and says so once', async () => {
    const { db, records } = store();
    failWritesTo(db, 'notes'); // before the database opens, as middleware must be
    const sam = await records.createCase({ ...validCase });
    const problems: string[] = [];
    const stop = onStorageProblem((e) => problems.push(e.code));
    try {
      const failed = records.together(['case', 'note'], async () => {
        await records.update('case', sam.id, { pronouns: 'he/him' });
        await records.create('note', sam.id, note);
      });
      await expect(failed).rejects.toBeInstanceOf(StorageError);
    } finally {
      stop();
    }
    expect(problems).toEqual(['quota']);
    expect((await db.recordTable('case').get(sam.id))?.pronouns).toBe(validCase.pronouns);
    expect(await db.outbox.count()).toBe(1);
  });
});
