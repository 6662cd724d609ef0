/**
 * The public signposting endpoints over real HTTP on every backend (issue #9): the
 * directory school staff see without an account (only directory data, only published
 * entries), and the anonymous counts (validated, idempotent, rate limited, stored as the
 * count alone in the anonymous partition, and reaching admins, and only admins, by sync).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7, type Mutation } from '../../src/domain';
import { ANONYMOUS_PARTITION } from '../../src/server/access/partitions';
import type { Backend } from '../../src/server/store/store';
import { AuthClient } from './helpers/auth-client';
import { activeStaff, setUpFirstAdmin, startAuthServer } from './helpers/auth-fixtures';
import { backends } from './helpers/backends';
import { Device } from './helpers/sync-fixtures';
import type { TestServer } from './helpers/test-server';

const DIRECTORY = '/api/public/directory';
const COUNTS = '/api/public/signposting-counts';

const resourceData = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  description: 'Drop-in talks with a counsellor',
  groupings: ['getting-advice'],
  topics: ['low-mood', 'worries'],
  ageRange: { minAge: 11, maxAge: 18 },
  contact: { phone: '01234 567890' },
  cost: 'free',
  exampleContent: false,
  reviewBy: '2027-06-01',
  ...extra,
});

const today = () => new Date().toISOString().slice(0, 10);

const countData = (extra: Record<string, unknown> = {}) => ({
  topicIds: ['low-mood', 'school-pressure'],
  wishes: ['someone-to-talk-to'],
  ageBand: '14-15',
  immediateDanger: false,
  resourceIds: ['national-childline', uuidv7()],
  occurredOn: today(),
  ...extra,
});

interface Row extends Record<string, unknown> {
  id: string;
  partition: string;
  kind: string;
  data: Record<string, unknown>;
}

/** What a signed-in device gets from a first full pull. */
async function pullAll(client: AuthClient, deviceId: string): Promise<Record<string, unknown>[]> {
  const changes: Record<string, unknown>[] = [];
  let checkpoint: unknown = {};
  for (;;) {
    const r = await client.post('/api/sync', { deviceId, mutations: [], checkpoint });
    expect(r.status).toBe(200);
    changes.push(...(r.body['changes'] as Record<string, unknown>[]));
    checkpoint = r.body['checkpoint'];
    if (!r.body['more']) return changes;
  }
}

describe.each(backends)('public signposting endpoints on %s', (backend: Backend) => {
  let ts: TestServer;
  let admin: AuthClient;
  let adminDevice: Device;

  const records = (): Promise<Row[]> =>
    ts.server.store.query<Row>('SELECT id, partition, kind, data FROM records ORDER BY id');

  async function adminWrites(mutations: Mutation[]): Promise<void> {
    const r = await admin.post('/api/sync', {
      deviceId: adminDevice.id,
      mutations,
      checkpoint: {},
    });
    expect(r.status).toBe(200);
    expect(r.body['rejected']).toEqual([]);
  }

  beforeAll(async () => {
    ts = await startAuthServer(backend);
    ({ admin } = await setUpFirstAdmin(ts));
    const me = await admin.get('/api/auth/me');
    const userId = (me.body['user'] as { id: string }).id;
    adminDevice = new Device(null as never, {
      userId,
      organisationId: '',
      roles: ['admin'],
      sessionId: '',
    });
  });
  afterAll(async () => {
    await ts?.close();
  });

  describe('GET /api/public/directory', () => {
    it('answers without a session, empty before the organisation has entries', async () => {
      const r = await new AuthClient(ts.url).get(DIRECTORY);
      expect(r.status).toBe(200);
      expect(r.body).toEqual({ resources: [], disabledDirectoryIds: [], updatedAt: null });
      expect(r.headers.get('cache-control')).toBe('no-cache');
    });

    it('gives published entries and switched-off ids, and nothing else', async () => {
      const active = adminDevice.create('directory-resource', null, resourceData('School nurse'));
      const noStatus = adminDevice.create(
        'directory-resource',
        null,
        resourceData('Youth club', { groupings: ['thriving'], status: 'active' }),
      );
      const retired = adminDevice.create(
        'directory-resource',
        null,
        resourceData('Closed drop-in', { status: 'retired' }),
      );
      const gone = adminDevice.create('directory-resource', null, resourceData('Deleted one'));
      const organisation = adminDevice.create('organisation', null, {
        name: 'Riverside CAMHS',
        defaultLanguage: 'en-GB',
        disabledDirectoryIds: ['national-kooth'],
      });
      await adminWrites([active, noStatus, retired, gone, organisation]);
      await adminWrites([
        adminDevice.mutation('delete', 'directory-resource', gone.recordId, null),
      ]);

      const r = await new AuthClient(ts.url).get(DIRECTORY);
      expect(r.status).toBe(200);
      expect(Object.keys(r.body).sort()).toEqual([
        'disabledDirectoryIds',
        'resources',
        'updatedAt',
      ]);
      const resources = r.body['resources'] as { id: string; data: Record<string, unknown> }[];
      expect(resources.map((x) => x.id).sort()).toEqual(
        [active.recordId, noStatus.recordId].sort(),
      );
      expect(resources.find((x) => x.id === active.recordId)?.data).toEqual(
        resourceData('School nurse'),
      );
      expect(r.body['disabledDirectoryIds']).toEqual(['national-kooth']);
      expect(typeof r.body['updatedAt']).toBe('string');
      // No envelope: who wrote the entries (staff user ids) stays on the server.
      const text = JSON.stringify(r.body);
      expect(text).not.toContain(adminDevice.actor.userId);
      expect(text).not.toContain('createdBy');
      expect(text).not.toContain('Riverside');
    });

    it('refuses query parameters with 400', async () => {
      const r = await new AuthClient(ts.url).get(`${DIRECTORY}?all=1`);
      expect(r.status).toBe(400);
    });
  });

  describe('POST /api/public/signposting-counts', () => {
    it('stores the count, and only the count, in the anonymous partition', async () => {
      const client = new AuthClient(ts.url);
      const before = await records();
      const appliedBefore = await ts.server.store.query<{ id: string }>(
        'SELECT id FROM applied_mutations',
      );
      const id = uuidv7();
      const count = countData();

      const r = await client.post(COUNTS, { id, count });
      expect(r.status).toBe(201);
      expect(r.body).toEqual({ id });
      expect(r.setCookie).toBeNull();

      const known = new Set(before.map((x) => x.id));
      const added = (await records()).filter((x) => !known.has(x.id));
      expect(added).toHaveLength(1);
      const [row] = added;
      expect(row).toMatchObject({ id, partition: ANONYMOUS_PARTITION, kind: 'signposting-event' });
      const record = row!.data;
      // Exactly the count's fields beside the envelope, which names only the server.
      const envelope = new Set([
        'id',
        'caseId',
        'kind',
        'createdAt',
        'createdBy',
        'updatedAt',
        'updatedBy',
        'clock',
        'writers',
        'conflicts',
        'superseded',
        'deleted',
      ]);
      const fields = Object.fromEntries(Object.entries(record).filter(([k]) => !envelope.has(k)));
      expect(fields).toEqual(count);
      expect(record).toMatchObject({
        caseId: null,
        createdBy: 'server',
        updatedBy: 'server',
        conflicts: [],
        deleted: false,
      });
      expect(new Set(Object.values(record['writers'] as Record<string, string>))).toEqual(
        new Set(['server']),
      );
      // Not the client's address, anywhere in what was written for the count.
      const seen = new Set(appliedBefore.map((a) => a.id));
      const applied = (
        await ts.server.store.query<{ id: string; user_id: string; device_id: string }>(
          'SELECT id, user_id, device_id FROM applied_mutations',
        )
      ).filter((a) => !seen.has(a.id));
      expect(applied).toEqual([
        expect.objectContaining({ user_id: 'server', device_id: 'server' }),
      ]);
      const audit = await ts.server.store.query('SELECT * FROM audit_events WHERE record_id = $1', [
        id,
      ]);
      expect(audit).toHaveLength(1);
      expect(JSON.stringify([record, applied, audit])).not.toContain(client.address);
    });

    it('stores a retried count once, and refuses a different count under a used id', async () => {
      const client = new AuthClient(ts.url);
      const id = uuidv7();
      const count = countData({ immediateDanger: true, topicIds: [], resourceIds: [] });
      expect((await client.post(COUNTS, { id, count })).status).toBe(201);
      const after = (await records()).length;

      // The answer was lost; the device sends it again (keys in another order, too).
      const reordered = Object.fromEntries(Object.entries(count).reverse());
      const retry = await client.post(COUNTS, { id, count: reordered });
      expect(retry.status).toBe(200);
      expect(retry.body).toEqual({ id });

      const other = await client.post(COUNTS, { id, count: countData() });
      expect(other.status).toBe(409);
      expect(other.body['error']).toBe('id_taken');

      // An id already used by another kind of record is not overwritten either.
      const [resource] = (await records()).filter((x) => x.kind === 'directory-resource');
      const taken = await client.post(COUNTS, { id: resource!.id, count: countData() });
      expect(taken.status).toBe(409);

      expect((await records()).length).toBe(after);
      const [stored] = (await records()).filter((x) => x.id === id);
      expect(stored?.data['immediateDanger']).toBe(true);
    });

    it('stores a count once when the same one arrives twice at the same moment', async () => {
      const id = uuidv7();
      const count = countData();
      const [a, b] = await Promise.all([
        new AuthClient(ts.url).post(COUNTS, { id, count }),
        new AuthClient(ts.url).post(COUNTS, { id, count }),
      ]);
      expect([a.status, b.status].sort()).toEqual([200, 201]);
      expect((await records()).filter((x) => x.id === id)).toHaveLength(1);
    });

    it('answers 400 with problems for bad input, never 500, and writes nothing', async () => {
      const client = new AuthClient(ts.url);
      const before = (await records()).length;
      const many = Array.from({ length: 50_000 }, (_, i) => `topic-${i}`);
      const bodies: unknown[] = [
        '{"id": ',
        'null',
        '[]',
        '"a string"',
        '12',
        {},
        { id: uuidv7() },
        { count: countData() },
        { id: 'not-an-id', count: countData() },
        { id: 42, count: countData() },
        { id: uuidv7(), count: countData(), extra: true },
        { id: uuidv7(), count: 'lots' },
        { id: uuidv7(), count: countData({ topicIds: 'low-mood' }) },
        { id: uuidv7(), count: countData({ topicIds: many }) },
        {
          id: uuidv7(),
          count: countData({ resourceIds: many.slice(0, 20_000).map(() => uuidv7()) }),
        },
        { id: uuidv7(), count: countData({ resourceIds: ['Sam Smith, Year 9'] }) },
        { id: uuidv7(), count: countData({ topicIds: ['low-mood', 'low-mood'] }) },
        { id: uuidv7(), count: countData({ immediateDanger: 'yes' }) },
        { id: uuidv7(), count: countData({ ageBand: '14' }) },
        { id: uuidv7(), count: countData({ wishes: ['a hug'] }) },
        { id: uuidv7(), count: countData({ occurredOn: '2999-01-01' }) },
        { id: uuidv7(), count: countData({ occurredOn: '2026-02-30' }) },
        { id: uuidv7(), count: countData({ note: 'Sam told me about home' }) },
        { id: uuidv7(), count: countData({ caseId: uuidv7() }) },
        '{"id":"01a208eb-d8c2-744e-98b5-5f1154e59483","count":{"__proto__":{"x":1}}}',
      ];
      for (const body of bodies) {
        const r = await client.post(COUNTS, body);
        const label = (typeof body === 'string' ? body : JSON.stringify(body)).slice(0, 100);
        expect(r.status, label).toBe(400);
        expect(r.body['error'], label).toBe('invalid');
        const problems = r.body['problems'] as { key: string }[];
        expect(problems.length, label).toBeGreaterThan(0);
        expect(problems.length, label).toBeLessThanOrEqual(20);
        expect(typeof problems[0]?.key, label).toBe('string');
      }
      const plain = await fetch(`${ts.url}${COUNTS}`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: JSON.stringify({ id: uuidv7(), count: countData() }),
      });
      expect(plain.status).toBe(415);
      // Past the server's body limit: refused whole as too large, still not a 500.
      const huge = await client.post(COUNTS, {
        id: uuidv7(),
        count: countData({ resourceIds: many.map(() => uuidv7()) }),
      });
      expect(huge.status).toBe(413);
      expect((await records()).length).toBe(before);
    });

    it('limits counts per client address with 429 and Retry-After', async () => {
      const busy = new AuthClient(ts.url);
      for (let i = 0; i < 60; i++) {
        const r = await busy.post(COUNTS, { id: uuidv7(), count: countData() });
        expect(r.status, `count ${i + 1}`).toBe(201);
      }
      const refused = await busy.post(COUNTS, { id: uuidv7(), count: countData() });
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      // Another address (another school) is not held up.
      const other = await new AuthClient(ts.url).post(COUNTS, { id: uuidv7(), count: countData() });
      expect(other.status).toBe(201);
    });

    it('reaches admins through /api/sync, and no one else', async () => {
      const id = uuidv7();
      const count = countData({ topicIds: ['sleep'] });
      expect((await new AuthClient(ts.url).post(COUNTS, { id, count })).status).toBe(201);

      const pulled = await pullAll(admin, 'admin-counts-device');
      const event = pulled.find((r) => r['id'] === id);
      expect(event).toMatchObject({ kind: 'signposting-event', caseId: null, ...count });

      const staff = await activeStaff(ts, admin, 'counts@example.org', 'a staff password, long');
      const theirs = await pullAll(staff.client, 'staff-counts-device');
      expect(theirs.filter((r) => r['kind'] === 'signposting-event')).toEqual([]);
    });
  });
});
