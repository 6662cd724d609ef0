// The case screens' reads: the caseload in three scans, and every open conflict in a case.
import { afterEach, describe, expect, it } from 'vitest';
import { formatHlc } from '../../../src/domain';
import { readCaseConflicts, readCaseload } from '../../../src/db/case-queries';
import { freshStore, validCase } from './store-fixtures';

const stores: ReturnType<typeof freshStore>[] = [];
function store() {
  const s = freshStore();
  stores.push(s);
  return s;
}
afterEach(async () => {
  for (const s of stores.splice(0)) await s.db.delete();
});

const otherClock = () => formatHlc({ wall: Date.now() - 1000, counter: 0, node: 'other' });

describe('readCaseload', () => {
  it('gives each live case its latest agreed grouping, conflicts and refused changes', async () => {
    const { db, records } = store();
    const sam = await records.createCase({ ...validCase, preferredName: 'Sam' });
    const jo = await records.createCase({ ...validCase, preferredName: 'Jo' });
    const gone = await records.createCase({ ...validCase, preferredName: 'Gone' });
    await records.remove('case', gone.id);
    const decision = (grouping: string, agreedOn: string) => ({
      grouping,
      agreedOn,
      reasons: 'Talked it through',
      agreedBy: [{ role: 'young-person' }, { role: 'practitioner' }],
    });
    await records.create('grouping-decision', sam.id, decision('getting-advice', '2026-01-05'));
    await records.create('grouping-decision', sam.id, decision('getting-help', '2026-03-05'));
    await db.recordTable('case').update(jo.id, {
      conflicts: [{ field: 'pronouns', value: 'he/him', clock: otherClock(), by: 'u2' }],
    });
    const [queued] = await db.outbox.toArray();
    await db.rejected.put({
      id: 'm-1',
      recordId: sam.id,
      caseId: sam.id,
      mutation: queued!.mutation,
      reason: { key: 'forbidden', path: [], params: {} },
      queuedAt: new Date().toISOString(),
      rejectedAt: new Date().toISOString(),
    });

    const caseload = await readCaseload(db);
    const byName = Object.fromEntries(caseload.map((c) => [c.record.preferredName, c]));
    expect(Object.keys(byName).sort()).toEqual(['Jo', 'Sam']);
    expect(byName.Sam).toMatchObject({ grouping: 'getting-help', conflicts: 0, refused: 1 });
    expect(byName.Jo).toMatchObject({ grouping: undefined, conflicts: 1, refused: 0 });
  });
});

describe('readCaseConflicts', () => {
  it('lists each conflicting field of each record in the case, and nothing settled', async () => {
    const { db, records } = store();
    const sam = await records.createCase({
      ...validCase,
      preferredName: 'Sam',
      pronouns: 'he/him',
    });
    const clock = otherClock();
    await db.recordTable('case').update(sam.id, {
      conflicts: [
        { field: 'pronouns', value: 'they/them', clock, by: 'u2' },
        // Same value as the record holds now: nothing to settle.
        { field: 'preferredName', value: 'Sam', clock, by: 'u2' },
      ],
    });
    const conflicts = await readCaseConflicts(db, sam.id);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({
      kind: 'case',
      field: 'pronouns',
      current: { value: 'he/him', clock: sam.clock.pronouns },
      others: [{ value: 'they/them', clock, by: 'u2' }],
    });
    expect(await readCaseConflicts(db, 'another-case')).toEqual([]);
  });
});
