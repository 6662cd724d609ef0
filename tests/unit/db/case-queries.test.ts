// The case screens' reads: the caseload in a fixed number of scans (with what needs
// attention), and every open conflict in a case.
import { afterEach, describe, expect, it } from 'vitest';
// First: it installs fake-indexeddb, which Dexie must find when it loads.
import { freshStore, validCase } from './store-fixtures';
import { formatHlc } from '../../../src/domain';
import { readCaseConflicts, readCaseload, readGoalRatingAges } from '../../../src/db/case-queries';

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

describe('goal ratings and safety plans on the caseload', () => {
  const goal = (status = 'active') => ({
    text: 'Go to football',
    theme: 'general-wellbeing',
    setBy: 'young-person',
    baselineRating: 2,
    status,
    order: 1,
    ...(status === 'ended' ? { endReason: 'Moved on' } : {}),
  });
  const rating = (goalId: string, ratedOn: string) => ({
    goalId,
    rating: 5,
    ratedOn,
    ratedBy: 'young-person',
  });

  it('readGoalRatingAges: the longest an active goal went unrated (last rating, or creation)', async () => {
    const { db, records } = store();
    const sam = await records.createCase({ ...validCase, preferredName: 'Sam' });
    const jo = await records.createCase({ ...validCase, preferredName: 'Jo' });
    const kit = await records.createCase({ ...validCase, preferredName: 'Kit' });
    // Sam: one goal rated recently, one rated long ago (and once even earlier).
    const recent = await records.create('goal', sam.id, goal());
    const stale = await records.create('goal', sam.id, goal());
    await records.create('goal-rating', sam.id, rating(recent.id, '2026-03-20T09:00:00.000Z'));
    await records.create('goal-rating', sam.id, rating(stale.id, '2026-01-05T09:00:00.000Z'));
    await records.create('goal-rating', sam.id, rating(stale.id, '2026-02-01T09:00:00.000Z'));
    // An ended goal never rated does not count.
    const ended = await records.create('goal', sam.id, goal('ended'));
    await db.recordTable('goal').update(ended.id, { createdAt: '2025-01-01T00:00:00.000Z' });
    // Jo: a goal never rated counts from the day it was made.
    const unrated = await records.create('goal', jo.id, goal());
    await db.recordTable('goal').update(unrated.id, { createdAt: '2026-02-10T12:00:00.000Z' });

    const ages = await readGoalRatingAges(db);
    expect(ages.get(sam.id)).toBe('2026-02-01');
    expect(ages.get(jo.id)).toBe('2026-02-10');
    expect(ages.has(kit.id)).toBe(false);
    // readCaseload leaves this to readGoalRatingAges: the list need not wait for ratings.
    expect((await readCaseload(db)).every((c) => c.goalsRatedSince === undefined)).toBe(true);
  });

  it('readCaseload: the earliest review date of an agreed, live safety plan', async () => {
    const { db, records } = store();
    const sam = await records.createCase({ ...validCase, preferredName: 'Sam' });
    const jo = await records.createCase({ ...validCase, preferredName: 'Jo' });
    const plan = (reviewBy: string, status = 'agreed') => ({
      status,
      ...(status === 'agreed' ? { agreedOn: '2026-01-01' } : {}),
      reviewBy,
      writtenByYoungPerson: [],
    });
    await records.create('safety-plan', sam.id, plan('2026-06-01'));
    await records.create('safety-plan', sam.id, plan('2026-04-01'));
    const gone = await records.create('safety-plan', sam.id, plan('2026-02-01'));
    await records.remove('safety-plan', gone.id);
    // A draft has not been agreed yet, so has no review to be due.
    await records.create('safety-plan', jo.id, plan('2026-02-01', 'draft'));

    const byName = Object.fromEntries(
      (await readCaseload(db)).map((c) => [c.record.preferredName, c]),
    );
    expect(byName.Sam?.safetyPlanReviewBy).toBe('2026-04-01');
    expect(byName.Jo?.safetyPlanReviewBy).toBeUndefined();
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
