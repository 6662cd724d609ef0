// The case overview's read: everything for one case in one transaction, live records only,
// the latest agreed grouping and the session in progress.
import { afterEach, describe, expect, it } from 'vitest';
// First: it installs fake-indexeddb, which Dexie must find when it loads.
import { freshStore, validCase } from './store-fixtures';
import { readCaseOverview } from '../../../src/db/case-overview';

const stores: ReturnType<typeof freshStore>[] = [];
function store() {
  const s = freshStore();
  stores.push(s);
  return s;
}
afterEach(async () => {
  for (const s of stores.splice(0)) await s.db.delete();
});

const session = (date: string, status: string) => ({
  date,
  attendees: [{ role: 'young-person' }],
  status,
});
const decision = (grouping: string, agreedOn: string) => ({
  grouping,
  agreedOn,
  reasons: 'Talked it through',
  agreedBy: [{ role: 'young-person' }, { role: 'practitioner' }],
});

describe('readCaseOverview', () => {
  it('gathers one case’s live records of every kind the overview shows, and no other case’s', async () => {
    const { db, records } = store();
    const sam = await records.createCase(validCase);
    const jo = await records.createCase({ ...validCase, preferredName: 'Jo' });
    await records.create('session', sam.id, session('2026-01-10', 'completed'));
    const gone = await records.create('session', sam.id, session('2026-01-17', 'completed'));
    await records.remove('session', gone.id);
    await records.create('session', jo.id, session('2026-01-10', 'completed'));
    const early = await records.create(
      'grouping-decision',
      sam.id,
      decision('getting-advice', '2026-01-10'),
    );
    await records.create('grouping-decision', sam.id, decision('getting-help', '2026-03-01'));
    await records.create('grouping-history-entry', sam.id, {
      grouping: 'getting-advice',
      from: null,
      decisionId: early.id,
      agreedOn: '2026-01-10',
      reasons: 'Talked it through',
    });
    const goal = await records.create('goal', sam.id, {
      text: 'Go to football',
      theme: 'general-wellbeing',
      setBy: 'young-person',
      baselineRating: 2,
      status: 'active',
      order: 1,
    });
    await records.create('goal-rating', sam.id, {
      goalId: goal.id,
      rating: 4,
      ratedOn: '2026-02-01T10:00:00.000Z',
      ratedBy: 'young-person',
    });
    await records.create('safety-plan', sam.id, { status: 'draft', writtenByYoungPerson: [] });
    await records.create('respect-item', sam.id, { itemId: 'review-options', status: 'not-yet' });

    const overview = await readCaseOverview(db, sam.id);
    expect(overview?.record.id).toBe(sam.id);
    expect(overview?.sessions.map((s) => s.date)).toEqual(['2026-01-10']);
    expect(overview?.inProgressSession).toBeUndefined();
    expect(overview?.groupingDecisions).toHaveLength(2);
    expect(overview?.latestDecision?.grouping).toBe('getting-help');
    expect(overview?.groupingHistory).toHaveLength(1);
    expect(overview?.goals.map((g) => g.text)).toEqual(['Go to football']);
    expect(overview?.goalRatings.map((r) => r.rating)).toEqual([4]);
    expect(overview?.safetyPlans.map((p) => p.status)).toEqual(['draft']);
    expect(overview?.respectItems.map((r) => r.itemId)).toEqual(['review-options']);
    expect(overview?.optionGridDecisions).toEqual([]);
    expect(overview?.currentViews).toEqual([]);
  });

  it('names the session in progress, the one written last when there are two', async () => {
    const { db, records } = store();
    const sam = await records.createCase(validCase);
    await records.create('session', sam.id, session('2026-01-10', 'completed'));
    await records.create('session', sam.id, session('2026-01-17', 'in-progress'));
    const latest = await records.create('session', sam.id, session('2026-01-24', 'in-progress'));
    expect((await readCaseOverview(db, sam.id))?.inProgressSession?.id).toBe(latest.id);
  });

  it('is null for a case not on this device, or deleted', async () => {
    const { db, records } = store();
    expect(await readCaseOverview(db, 'no-such-case')).toBeNull();
    const gone = await records.createCase(validCase);
    await records.remove('case', gone.id);
    expect(await readCaseOverview(db, gone.id)).toBeNull();
  });
});
