// The goal summaries (src/db/goal-summaries.ts) stay what they would be if worked out from
// scratch, whichever road records take into the goals and ratings tables: the repository,
// a sync pull's bulkPut, a partition removed from the device, a cleared table, an
// aborted transaction; and a device upgraded from version 3 gets them built once.
import { afterEach, describe, expect, it } from 'vitest';
// First: it installs fake-indexeddb, which Dexie must find when it loads.
import { freshStore, validCase } from './store-fixtures';
import { Dexie } from 'dexie';
import { OurPlanDatabase } from '../../../src/db/database';
import { summariesOf } from '../../../src/db/goal-summaries';
import {
  DRAFT_INDEXES_V3,
  META_INDEXES_V1,
  OUTBOX_INDEXES_V1,
  RECORD_INDEXES_V1,
  REJECTED_INDEXES_V2,
} from '../../../src/db/tables';
import type { AnyRecord } from '../../../src/domain';

const dbs: Dexie[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

function store() {
  const s = freshStore();
  dbs.push(s.db);
  return s;
}

const goal = {
  text: 'Go back to school',
  theme: 'impact-on-life',
  setBy: 'young-person',
  baselineRating: 2,
  status: 'active',
  order: 1,
};
const rating = (goalId: string, value: number | undefined, day: number, extra = {}) => ({
  goalId,
  ...(value === undefined ? {} : { rating: value }),
  ratedOn: `2026-11-${String(day).padStart(2, '0')}T10:00:00.000Z`,
  ratedBy: 'young-person',
  ...extra,
});

/** The summaries as stored, and as they would be worked out from every record now. */
async function storedAndExpected(db: OurPlanDatabase) {
  const [stored, goals, ratings] = await Promise.all([
    db.goalSummaries.toArray(),
    db.recordTable('goal').toArray(),
    db.recordTable('goal-rating').toArray(),
  ]);
  const byId = (a: { goalId: string }, b: { goalId: string }) => a.goalId.localeCompare(b.goalId);
  return { stored: stored.sort(byId), expected: summariesOf(goals, ratings).sort(byId) };
}

describe('goal summaries', () => {
  it('follow writes through the repository: ratings, corrections, status and deletion', async () => {
    const { db, records } = store();
    const sam = await records.createCase(validCase);
    const school = await records.create('goal', sam.id, goal);
    const friends = await records.create('goal', sam.id, { ...goal, text: 'See friends' });
    await records.create('goal-rating', sam.id, rating(school.id, 3, 2));
    const wrong = await records.create('goal-rating', sam.id, rating(school.id, 9, 9));

    let summary = await db.goalSummaries.get(school.id);
    expect(summary).toMatchObject({
      caseId: sam.id,
      status: 'active',
      baselineRating: 2,
      lastRatedOn: '2026-11-09',
      category: 'reliable-improvement',
    });
    expect(await db.goalSummaries.get(friends.id)).toMatchObject({
      lastRatedOn: null,
      category: null,
    });

    // Taking the 9 away as a mistake: 2 to 3 is no reliable change.
    await records.create(
      'goal-rating',
      sam.id,
      rating(school.id, undefined, 9, { correctsRatingId: wrong.id }),
    );
    summary = await db.goalSummaries.get(school.id);
    expect(summary?.category).toBe('no-reliable-change');

    await records.update('goal', school.id, { status: 'achieved' });
    await records.remove('goal', friends.id);
    expect(await db.goalSummaries.get(school.id)).toMatchObject({ status: 'achieved' });
    expect(await db.goalSummaries.get(friends.id)).toMatchObject({ deleted: true });

    const { stored, expected } = await storedAndExpected(db);
    expect(stored).toEqual(expected);
  });

  it('follow a sync pull of many goals at once, a removed partition and a cleared table', async () => {
    const { db, records } = store();
    const sam = await records.createCase(validCase);
    const jo = await records.createCase({ ...validCase, preferredName: 'Jo' });
    const template = await records.create('goal', sam.id, goal);
    const ratingTemplate = await records.create('goal-rating', sam.id, rating(template.id, 4, 1));
    // As a first pull stores them: one bulkPut per table, more goals than the per-goal road.
    const goals: AnyRecord[] = [];
    const ratings: AnyRecord[] = [];
    for (let i = 0; i < 120; i++) {
      const caseId = i % 2 === 0 ? sam.id : jo.id;
      const g = { ...template, id: `goal-${i}`, caseId, baselineRating: i % 5 };
      goals.push(g);
      for (let n = 1; n <= 3; n++) {
        ratings.push({
          ...ratingTemplate,
          id: `rating-${i}-${n}`,
          caseId,
          goalId: g.id,
          rating: (i + n * 3) % 11,
          ratedOn: `2026-10-${String(n * 5).padStart(2, '0')}T10:00:00.000Z`,
        });
      }
    }
    await db.transaction(
      'rw',
      [db.recordTable('goal'), db.recordTable('goal-rating')],
      async () => {
        await db.recordTable('goal').bulkPut(goals);
        await db.recordTable('goal-rating').bulkPut(ratings);
      },
    );
    let { stored, expected } = await storedAndExpected(db);
    expect(stored).toHaveLength(121);
    expect(stored).toEqual(expected);

    // Jo's case leaves the device (a partition removed): its ratings and goals go.
    await db.recordTable('goal-rating').where('caseId').equals(jo.id).delete();
    ({ stored, expected } = await storedAndExpected(db));
    expect(stored).toEqual(expected);
    expect(stored.find((s) => s.goalId === 'goal-1')).toMatchObject({ lastRatedOn: null });
    await db.recordTable('goal').where('caseId').equals(jo.id).delete();
    ({ stored, expected } = await storedAndExpected(db));
    expect(stored.some((s) => s.caseId === jo.id)).toBe(false);
    expect(stored).toEqual(expected);

    await db.recordTable('goal-rating').clear();
    ({ stored, expected } = await storedAndExpected(db));
    expect(stored.every((s) => s.category === null)).toBe(true);
    expect(stored).toEqual(expected);
  });

  it('are not changed by a write that fails', async () => {
    const { db, records } = store();
    const sam = await records.createCase(validCase);
    const school = await records.create('goal', sam.id, goal);
    const before = await db.goalSummaries.get(school.id);
    await expect(
      db.transaction('rw', db.recordTable('goal-rating'), async () => {
        await db.recordTable('goal-rating').put({
          ...(await db.recordTable('goal').get(school.id))!,
          id: 'r-1',
          kind: 'goal-rating',
          goalId: school.id,
          rating: 9,
          ratedOn: '2026-11-20T10:00:00.000Z',
        });
        throw new Error('storage full');
      }),
    ).rejects.toThrow('storage full');
    expect(await db.recordTable('goal-rating').count()).toBe(0);
    expect(await db.goalSummaries.get(school.id)).toEqual(before);
  });

  it('are built once for the goals already on a device that upgrades from version 3', async () => {
    const name = `ourplan-upgrade-${process.pid}-${Date.now()}`;
    const { db: source, records } = store();
    const sam = await records.createCase(validCase);
    const school = await records.create('goal', sam.id, goal);
    await records.create('goal-rating', sam.id, rating(school.id, 7, 3));
    const goals = await source.recordTable('goal').toArray();
    const ratings = await source.recordTable('goal-rating').toArray();

    const old = new Dexie(name);
    old.version(3).stores({
      ...RECORD_INDEXES_V1,
      outbox: OUTBOX_INDEXES_V1,
      meta: META_INDEXES_V1,
      rejected: REJECTED_INDEXES_V2,
      drafts: DRAFT_INDEXES_V3,
    });
    await old.table('goals').bulkPut(goals);
    await old.table('goalRatings').bulkPut(ratings);
    old.close();

    const upgraded = new OurPlanDatabase(name);
    dbs.push(upgraded);
    expect(await upgraded.goalSummaries.toArray()).toEqual(summariesOf(goals, ratings));
    expect(await upgraded.goalSummaries.get(school.id)).toMatchObject({
      category: 'reliable-improvement',
      lastRatedOn: '2026-11-03',
    });
  });
});
