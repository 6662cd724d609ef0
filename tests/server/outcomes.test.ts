/**
 * GET /api/admin/outcomes (issue #6 item 6) over HTTP on every backend: an admin gets the
 * service view of outcomes for the whole organisation, worked out from the records table
 * with the same rules as the practitioner's device; anyone else is refused; a query
 * parameter is a 400, never a 500.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Mutation } from '../../src/domain';
import { AuthClient } from './helpers/auth-client';
import { backends } from './helpers/backends';
import {
  startInvitationWorld,
  type HttpDevice,
  type InvitationWorld,
} from './helpers/invitation-fixtures';

const caseData = (name: string) => ({
  preferredName: name,
  ageBand: '14-15',
  involved: [],
  consentToRecord: true,
  status: 'open',
});

const decisionData = (grouping: string, agreedOn: string) => ({
  grouping,
  agreedOn,
  reasons: 'Agreed together',
  agreedBy: [{ role: 'practitioner' }, { role: 'young-person' }],
});

const goalData = (baselineRating: number, extra: Record<string, unknown> = {}) => ({
  text: 'Go back to school two days a week',
  theme: 'impact-on-life',
  setBy: 'young-person',
  baselineRating,
  status: 'active',
  order: 1,
  ...extra,
});

const ratingData = (goalId: string, rating: number, ratedOn: string, extra = {}) => ({
  goalId,
  rating,
  ratedOn: `${ratedOn}T10:00:00.000Z`,
  ratedBy: 'young-person',
  ...extra,
});

/**
 * The fixture, with what each goal counts as (reliable change = 2.45 points or more):
 *
 * Case A: decided getting-help on 1 Oct, then getting-more-help on 1 Nov → getting-more-help
 *   A1 baseline 2, rated 3 then 6       → +4  reliable improvement
 *   A2 baseline 5, rated 4              → -1  no reliable change
 *   A3 baseline 3, never rated          → goal, not rated
 * Case B: getting-help
 *   B1 baseline 8, rated 5              → -3  reliable deterioration
 *   B2 baseline 4, rated 9, corrected 5 → +1  no reliable change (the 9 does not count)
 *   B3 ended, baseline 1, rated 4       → +3  reliable improvement (ended goals count)
 * Case C: no grouping agreed
 *   C1 baseline 0, rated 3              → +3  reliable improvement
 *   C2 baseline 0, rated 10, deleted    → left out entirely
 *
 * getting-more-help: 3 goals, 2 rated: 1 improvement, 1 no change, 0 deterioration
 * getting-help:      3 goals, 3 rated: 1 improvement, 1 no change, 1 deterioration
 * none:              1 goal,  1 rated: 1 improvement
 * total:             7 goals, 6 rated: 3 improvement (1/2), 2 no change (1/3), 1 deterioration (1/6)
 */
async function seed(device: HttpDevice): Promise<void> {
  const ms: Mutation[] = [];
  const kase = (name: string) => {
    const m = device.create('case', null, caseData(name));
    ms.push(m);
    return m.recordId;
  };
  const add = (kind: string, caseId: string, set: Record<string, unknown>) => {
    const m = device.create(kind, caseId, set);
    ms.push(m);
    return m.recordId;
  };
  const a = kase('Ash');
  add('grouping-decision', a, decisionData('getting-help', '2026-10-01'));
  add('grouping-decision', a, decisionData('getting-more-help', '2026-11-01'));
  const a1 = add('goal', a, goalData(2));
  add('goal-rating', a, ratingData(a1, 3, '2026-11-01'));
  add('goal-rating', a, ratingData(a1, 6, '2026-11-20'));
  const a2 = add('goal', a, goalData(5));
  add('goal-rating', a, ratingData(a2, 4, '2026-11-20'));
  add('goal', a, goalData(3));

  const b = kase('Bea');
  add('grouping-decision', b, decisionData('getting-help', '2026-09-15'));
  const b1 = add('goal', b, goalData(8));
  add('goal-rating', b, ratingData(b1, 5, '2026-11-10'));
  const b2 = add('goal', b, goalData(4));
  const mistaken = add('goal-rating', b, ratingData(b2, 9, '2026-11-10'));
  add('goal-rating', b, ratingData(b2, 5, '2026-11-11', { correctsRatingId: mistaken }));
  const b3 = add('goal', b, goalData(1, { status: 'ended', endReason: 'Moved school' }));
  add('goal-rating', b, ratingData(b3, 4, '2026-10-30'));

  const c = kase('Cal');
  const c1 = add('goal', c, goalData(0));
  add('goal-rating', c, ratingData(c1, 3, '2026-11-05'));
  const c2 = add('goal', c, goalData(0));
  add('goal-rating', c, ratingData(c2, 10, '2026-11-05'));

  const created = await device.sync(ms);
  expect(created.status).toBe(200);
  expect(created.body['rejected']).toEqual([]);
  const deleted = await device.sync([
    { ...device.create('goal', c, {}), recordId: c2, op: 'delete' },
  ]);
  expect(deleted.status).toBe(200);
  expect(deleted.body['rejected']).toEqual([]);
}

const shares = (improvement: number | null, noChange: number | null, worse: number | null) => ({
  reliableImprovement: improvement,
  noReliableChange: noChange,
  reliableDeterioration: worse,
});

const counts = (goals: number, rated: number, improved: number, same: number, worse: number) => ({
  goals,
  rated,
  reliableImprovement: improved,
  noReliableChange: same,
  reliableDeterioration: worse,
  shares:
    rated === 0 ? shares(null, null, null) : shares(improved / rated, same / rated, worse / rated),
});

describe.each(backends)('service view of outcomes on %s', (backend) => {
  let world: InvitationWorld;
  let practitioner: HttpDevice;

  beforeAll(async () => {
    world = await startInvitationWorld(backend);
    practitioner = await world.staff('pat@example.org');
  });
  afterAll(() => world.ts.close());

  it('gives an admin zeros before there are any goals', async () => {
    const response = await world.admin.get('/api/admin/outcomes');
    expect(response.status).toBe(200);
    const outcomes = response.body['outcomes'] as { total: unknown };
    expect(outcomes.total).toEqual(counts(0, 0, 0, 0, 0));
  });

  it('gives an admin the figures for every case, by current grouping', async () => {
    await seed(practitioner);
    const response = await world.admin.get('/api/admin/outcomes');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(typeof response.body['computedAt']).toBe('string');
    expect(response.body['outcomes']).toEqual({
      byGroup: {
        thriving: counts(0, 0, 0, 0, 0),
        'getting-advice': counts(0, 0, 0, 0, 0),
        'getting-help': counts(3, 3, 1, 1, 1),
        'getting-more-help': counts(3, 2, 1, 1, 0),
        'getting-risk-support': counts(0, 0, 0, 0, 0),
        none: counts(1, 1, 1, 0, 0),
      },
      total: counts(7, 6, 3, 2, 1),
    });
    // Counts only: no names, goal text or case ids leave the server.
    const text = JSON.stringify(response.body);
    expect(text).not.toContain('Ash');
    expect(text).not.toContain('school');
  });

  it('refuses a practitioner (403) and anyone signed out (401)', async () => {
    const refused = await practitioner.client.get('/api/admin/outcomes');
    expect(refused.status).toBe(403);
    expect(refused.body['error']).toBe('forbidden');
    expect((await new AuthClient(world.ts.url).get('/api/admin/outcomes')).status).toBe(401);
  });

  it('answers a bad query with a 400, never a 500', async () => {
    for (const query of ['?grouping=thriving', '?x=%zz', '?a[b]=1', '?since=yesterday&since=x']) {
      const response = await world.admin.get(`/api/admin/outcomes${query}`);
      expect(response.status, query).toBe(400);
    }
  });
});
