/**
 * POST /api/sync and GET /api/cases/:caseId/audit over real HTTP on every backend: 401
 * without a session, 400 (never 500) for a bad body, and a full round trip with a real
 * session from the sign-in routes. The young person's plain-words audit view is checked
 * on an app with a stand-in session check (invitations are not built yet).
 */
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/server/auth/actor';
import { registerAuditRoutes } from '../../src/server/audit/route';
import { registerErrorHandler } from '../../src/server/http/errors';
import type { Backend } from '../../src/server/store/store';
import { registerSyncRoutes } from '../../src/server/sync/route';
import { AuthClient } from './helpers/auth-client';
import { activeStaff, setUpFirstAdmin, startAuthServer } from './helpers/auth-fixtures';
import { backends } from './helpers/backends';
import {
  Device,
  caseData,
  makeActor,
  noteData,
  openSyncFixture,
  seedCase,
  type SyncFixture,
} from './helpers/sync-fixtures';
import type { TestServer } from './helpers/test-server';

describe.each(backends)('POST /api/sync over HTTP on %s', (backend: Backend) => {
  let ts: TestServer;
  let admin: AuthClient;

  beforeAll(async () => {
    ts = await startAuthServer(backend);
    ({ admin } = await setUpFirstAdmin(ts));
  });
  afterAll(async () => {
    await ts?.close();
  });

  it('answers 401 without a session', async () => {
    const anonymous = new AuthClient(ts.url);
    const sync = await anonymous.post('/api/sync', {
      deviceId: 'd1',
      mutations: [],
      checkpoint: {},
    });
    expect(sync.status).toBe(401);
    expect(sync.body['error']).toBe('unauthorized');
    const audit = await anonymous.get('/api/cases/01a208eb-d8c2-744e-98b5-5f1154e59483/audit');
    expect(audit.status).toBe(401);
  });

  it('answers 400 with problems for a bad body, never 500', async () => {
    const bodies: unknown[] = [
      {},
      [],
      'null',
      { deviceId: 'bad id!', mutations: [], checkpoint: {} },
      { deviceId: 'd1', mutations: 'x', checkpoint: {} },
      { deviceId: 'd1', mutations: [], checkpoint: { a: -1 } },
      { deviceId: 'd1', mutations: new Array(201).fill({}), checkpoint: {} },
      { deviceId: 'd1', mutations: [], checkpoint: {}, extra: true },
    ];
    for (const body of bodies) {
      const response = await admin.post('/api/sync', body);
      expect(response.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(response.body['error']).toBe('invalid');
    }
  });

  it('round-trips a case with a real session, and keeps it from staff not on it', async () => {
    const me = await admin.get('/api/auth/me');
    const userId = (me.body['user'] as { id: string }).id;
    const device = new Device(null as never, {
      userId,
      organisationId: '',
      roles: ['practitioner'],
      sessionId: '',
    });
    const kase = device.create('case', null, caseData());
    const note = device.create('note', kase.recordId, noteData('care-team', 'hello'));
    const response = await admin.post('/api/sync', {
      deviceId: device.id,
      mutations: [kase, note],
      checkpoint: {},
    });
    expect(response.status).toBe(200);
    expect(response.body['accepted']).toEqual([kase.id, note.id]);
    const changes = response.body['changes'] as { kind: string }[];
    // 'user': the admin's own account record (organisation partition) on a first pull.
    expect(changes.map((c) => c.kind).sort()).toEqual(['case', 'case-membership', 'note', 'user']);

    const audit = await admin.get(`/api/cases/${kase.recordId}/audit`);
    expect(audit.status).toBe(200);
    expect(audit.body['chain']).toMatchObject({ ok: true });

    const other = await activeStaff(ts, admin, 'other@example.org', 'another long passphrase here');
    const pulled = await other.client.post('/api/sync', {
      deviceId: 'd2',
      mutations: [],
      checkpoint: {},
    });
    expect(pulled.status).toBe(200);
    expect(JSON.stringify(pulled.body['changes'])).not.toContain(kase.recordId);
    expect((await other.client.get(`/api/cases/${kase.recordId}/audit`)).status).toBe(403);
  });
});

describe.each(backends)('GET /api/cases/:caseId/audit views on %s', (backend: Backend) => {
  let fx: SyncFixture;
  let app: FastifyInstance;
  const actors = new Map<string, Actor>();

  beforeAll(async () => {
    fx = await openSyncFixture(backend);
    app = Fastify();
    registerErrorHandler(app, 1024 * 1024);
    // Stand-in for the session check: the test names the actor.
    app.addHook('preHandler', async (request) => {
      const id = request.headers['x-test-actor'];
      if (typeof id === 'string') request.actor = actors.get(id);
    });
    registerSyncRoutes(app, fx.store);
    registerAuditRoutes(app, fx.store);
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await fx?.close();
  });

  const get = (actor: Actor, url: string) =>
    app.inject({ method: 'GET', url, headers: { 'x-test-actor': actor.userId } });

  it('gives the young person plain words with no internal ids; 403 to carers and others', async () => {
    const tablet = new Device(fx.service, makeActor('practitioner'));
    const yp = makeActor('young-person');
    const carer = makeActor('carer');
    const stranger = makeActor('practitioner');
    const admin = makeActor('admin');
    for (const a of [tablet.actor, yp, carer, stranger, admin]) actors.set(a.userId, a);
    const { caseId } = await seedCase(tablet, { youngPerson: yp, carer });
    await new Device(fx.service, yp).pullAll();

    const plain = await get(yp, `/api/cases/${caseId}/audit`);
    expect(plain.statusCode).toBe(200);
    const body = plain.json<{
      events: { who: { isYou: boolean }; what: string; when: string }[];
    }>();
    expect(body.events.at(-1)).toMatchObject({
      who: { isYou: true, role: 'young-person' },
      what: 'read',
    });
    expect(plain.body).not.toContain(tablet.actor.userId);
    expect(plain.body).not.toContain(caseId);
    expect(plain.body).not.toMatch(/"hash"|"id"/);

    const team = await get(tablet.actor, `/api/cases/${caseId}/audit`);
    expect(team.statusCode).toBe(200);
    expect(team.json<{ chain: { ok: boolean } }>().chain.ok).toBe(true);
    for (const a of [carer, stranger, admin])
      expect((await get(a, `/api/cases/${caseId}/audit`)).statusCode).toBe(403);
    expect((await get(yp, '/api/cases/not-a-case/audit')).statusCode).toBe(404);
  });

  it('answers 401 without an actor and 400 for a bad body with one', async () => {
    const actor = makeActor('practitioner');
    actors.set(actor.userId, actor);
    const none = await app.inject({
      method: 'POST',
      url: '/api/sync',
      payload: { deviceId: 'd', mutations: [], checkpoint: {} },
    });
    expect(none.statusCode).toBe(401);
    const bad = await app.inject({
      method: 'POST',
      url: '/api/sync',
      headers: { 'x-test-actor': actor.userId },
      payload: { deviceId: 'd', mutations: {}, checkpoint: [] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ problems: unknown[] }>().problems.length).toBeGreaterThan(0);
  });
});
