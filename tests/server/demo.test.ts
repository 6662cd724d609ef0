/**
 * The demo organisation (`npm run demo`, src/server/demo): seeded on the real server, its
 * people sign in over HTTP as a newcomer would with the printed details and each sees
 * what their role allows; seeding again changes nothing; a store that already has
 * accounts is never seeded.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnyRecord, Checkpoint } from '../../src/domain';
import {
  DEMO_ORGANISATION_NAME,
  readDemoState,
  seedDemo,
  type DemoPerson,
} from '../../src/server/demo/seed';
import { AuthClient } from './helpers/auth-client';
import { setUpFirstAdmin, startAuthServer } from './helpers/auth-fixtures';
import { backends } from './helpers/backends';
import { counts } from './helpers/sync-fixtures';
import type { TestServer } from './helpers/test-server';

interface Pulled {
  records: AnyRecord[];
  organisationName: string;
}

/** Signs in with the printed details and pulls everything from an empty checkpoint. */
async function signInAndPull(ts: TestServer, person: DemoPerson): Promise<Pulled> {
  const client = new AuthClient(ts.url);
  const signedIn = await client.post(
    '/api/auth/sign-in',
    person.kind === 'staff'
      ? { email: person.signIn, password: person.secret }
      : { signInName: person.signIn, passphrase: person.secret },
  );
  expect(signedIn.status).toBe(200);
  const user = signedIn.body['user'] as { organisationName: string };
  const records: AnyRecord[] = [];
  let checkpoint: Checkpoint = {};
  for (;;) {
    const response = await client.post('/api/sync', {
      deviceId: 'demo-test-device',
      mutations: [],
      checkpoint,
    });
    expect(response.status).toBe(200);
    const body = response.body as { changes: AnyRecord[]; checkpoint: Checkpoint; more: boolean };
    records.push(...body.changes);
    checkpoint = body.checkpoint;
    if (!body.more) break;
  }
  return { records, organisationName: user.organisationName };
}

const ofKind = (records: AnyRecord[], kind: string) => records.filter((r) => r.kind === kind);
const caseNamed = (records: AnyRecord[], name: string) =>
  ofKind(records, 'case').find((r) => r['preferredName'] === name);

describe.each(backends)('npm run demo on %s', (backend) => {
  let ts: TestServer;
  let people: DemoPerson[];
  const person = (displayName: string): DemoPerson => {
    const found = people.find((p) => p.displayName === displayName);
    if (!found) throw new Error(`no demo person ${displayName}`);
    return found;
  };

  beforeAll(async () => {
    ts = await startAuthServer(backend);
    expect(await seedDemo(ts.server.store, ts.config)).toBe('seeded');
    const state = await readDemoState(ts.server.store);
    if (state.state !== 'ready') throw new Error(`demo state: ${state.state}`);
    people = state.people;
  });
  afterAll(() => ts.close());

  it('lets the practitioner sign in and pull the three demo cases at their different points', async () => {
    const { records, organisationName } = await signInAndPull(ts, person('Alex Demo'));
    expect(organisationName).toBe(DEMO_ORGANISATION_NAME);
    expect(
      ofKind(records, 'case')
        .map((r) => r['preferredName'])
        .sort(),
    ).toEqual(['Jamie', 'Kit', 'Rowan']);

    // New referral: the details and memberships only.
    const kit = caseNamed(records, 'Kit');
    expect(records.filter((r) => r.caseId === kit?.id).map((r) => r.kind)).toEqual([
      'case',
      'case-membership',
      'case-membership',
    ]);

    // Mid-way: Getting Help, two goals rated over time, sessions, a carer who sees goals.
    const jamie = records.filter((r) => r.caseId === caseNamed(records, 'Jamie')?.id);
    expect(ofKind(jamie, 'grouping-decision').map((r) => r['grouping'])).toEqual(['getting-help']);
    expect(ofKind(jamie, 'goal')).toHaveLength(2);
    expect(ofKind(jamie, 'goal-rating')).toHaveLength(5);
    expect(ofKind(jamie, 'session')).toHaveLength(2);
    expect(ofKind(jamie, 'sharing-settings')).toHaveLength(1);

    // Getting Risk Support: an agreed safety plan with items in its sections.
    const rowan = records.filter((r) => r.caseId === caseNamed(records, 'Rowan')?.id);
    expect(ofKind(rowan, 'grouping-decision').map((r) => r['grouping'])).toEqual([
      'getting-risk-support',
    ]);
    expect(ofKind(rowan, 'safety-plan').map((r) => r['status'])).toEqual(['agreed']);
    expect(ofKind(rowan, 'safety-plan-item')).toHaveLength(8);
    expect(ofKind(rowan, 'backup-team-action')).toHaveLength(1);
    // Version 1, as agreed: every item and the backup team, with who was there.
    const [version] = ofKind(rowan, 'safety-plan-version');
    expect(version).toMatchObject({
      version: 1,
      present: [{ role: 'young-person' }, { role: 'practitioner' }],
    });
    expect(version?.['items']).toHaveLength(8);

    // Dates are relative to today: the next reviews are still to come.
    const today = new Date().toISOString().slice(0, 10);
    for (const kase of ofKind(records, 'case'))
      expect(String(kase['nextReviewOn']) > today).toBe(true);
  });

  it('wrote the records as audited writes by the lead practitioner', async () => {
    const [row] = await ts.server.store.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_events WHERE action <> 'read' AND kind IS NOT NULL`,
    );
    const c = await counts(ts.server.store);
    // Every record (the lead memberships the server adds included) was applied and audited.
    expect(c.applied_mutations).toBe(c.records);
    expect(row?.n).toBe(c.records);
  });

  it('lets a young person sign in with their sign-in name and see only their own case', async () => {
    const jamie = person('Jamie Example');
    expect(jamie.signIn).toMatch(/^jamie-[0-9A-Z]{4}$/);
    const { records } = await signInAndPull(ts, jamie);
    const cases = ofKind(records, 'case');
    expect(cases.map((r) => r['preferredName'])).toEqual(['Jamie']);
    const caseIds = new Set(records.map((r) => r.caseId).filter((id) => id !== null));
    expect([...caseIds]).toEqual([cases[0]?.id]);
    expect(ofKind(records, 'goal')).toHaveLength(2);

    const rowan = await signInAndPull(ts, person('Rowan Example'));
    expect(ofKind(rowan.records, 'case').map((r) => r['preferredName'])).toEqual(['Rowan']);
    expect(ofKind(rowan.records, 'safety-plan-item')).toHaveLength(8);
  });

  it("shows the carer only what the young person shares: goals, not Jamie's notes", async () => {
    const { records } = await signInAndPull(ts, person('Morgan Example'));
    expect(ofKind(records, 'case').map((r) => r['preferredName'])).toEqual(['Jamie']);
    expect(ofKind(records, 'goal')).toHaveLength(2);
    expect(ofKind(records, 'note')).toHaveLength(0);
  });

  it('does nothing when run again, or on a store that already has accounts', async () => {
    const before = await counts(ts.server.store);
    const [users] = await ts.server.store.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM users',
    );
    expect(await seedDemo(ts.server.store, ts.config)).toBe('has-accounts');
    expect(await counts(ts.server.store)).toEqual(before);
    const [after] = await ts.server.store.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM users',
    );
    expect(after?.n).toBe(users?.n);
  });
});

describe.each(backends)('the demo on a real organisation (%s)', (backend) => {
  let ts: TestServer;
  beforeAll(async () => {
    ts = await startAuthServer(backend);
    await setUpFirstAdmin(ts);
  });
  afterAll(() => ts.close());

  it('is never seeded into it, and says the store is not the demo', async () => {
    expect(await seedDemo(ts.server.store, ts.config)).toBe('has-accounts');
    expect(await readDemoState(ts.server.store)).toEqual({ state: 'not-demo' });
    const [orgs] = await ts.server.store.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM organisations',
    );
    expect(orgs?.n).toBe(1);
  });
});
