// The whole path as the app uses it: the HTTP transport with a session cookie, against the
// real server (Fastify, sign-in, POST /api/sync) on PGlite, with two people's devices.
import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { httpTransport, SyncEngine, SyncFailure } from '../../src/sync';
import { AuthClient } from '../server/helpers/auth-client';
import {
  ADMIN_PASSWORD,
  activeStaff,
  setUpFirstAdmin,
  startAuthServer,
} from '../server/helpers/auth-fixtures';
import type { TestServer } from '../server/helpers/test-server';
import { deleteDevices, freshDevice, goalData, validCase } from './helpers/device';
import { canonical, deviceRecords } from './helpers/snapshot';

let ts: TestServer;
let lead: { id: string; client: AuthClient };
let colleague: { id: string; client: AuthClient };

beforeAll(async () => {
  ts = await startAuthServer('pglite');
  const { admin } = await setUpFirstAdmin(ts);
  lead = { id: await userId(admin), client: admin };
  colleague = await activeStaff(ts, admin, 'kim@example.org', 'another long passphrase here');
});
afterAll(async () => ts?.close());
afterEach(deleteDevices);

async function userId(client: AuthClient): Promise<string> {
  const me = await client.get('/api/auth/me');
  return (me.body['user'] as { id: string }).id;
}

function transportFor(client: AuthClient) {
  return httpTransport({
    url: `${ts.url}/api/sync`,
    headers: { cookie: client.cookie ?? '', 'x-forwarded-for': client.address },
  });
}

async function deviceOf(person: { id: string; client: AuthClient }) {
  const d = await freshDevice(person.id);
  const engine = new SyncEngine({
    db: d.db,
    deviceId: d.deviceId,
    transport: transportFor(person.client),
  });
  return { ...d, engine };
}

describe('sync over HTTP with a session cookie', () => {
  it('brings a case and its changes from one person’s device to another’s', async () => {
    const tablet = await deviceOf(lead);
    const phone = await deviceOf(colleague);
    const kase = await tablet.records.createCase({ ...validCase });
    await tablet.records.create('case-membership', kase.id, {
      userId: colleague.id,
      role: 'practitioner',
      active: true,
    });
    expect(await tablet.engine.syncOnce()).toMatchObject({ accepted: 2, rejected: 0 });
    await phone.engine.syncOnce();
    await phone.records.create('goal', kase.id, goalData('Walk the dog'));
    await tablet.records.update('case', kase.id, { preferredName: 'Sammy' });
    for (let i = 0; i < 2; i++) {
      await phone.engine.syncOnce();
      await tablet.engine.syncOnce();
    }
    const onTablet = canonical(
      (await deviceRecords(tablet.db)).filter((r) => r.caseId === kase.id),
    );
    const onPhone = canonical((await deviceRecords(phone.db)).filter((r) => r.caseId === kase.id));
    expect(onPhone).toEqual(onTablet);
    expect(onTablet.live).toHaveLength(4); // case, lead membership, colleague's membership, goal
    expect(await phone.records.get('case', kase.id)).toMatchObject({ preferredName: 'Sammy' });
  });

  it('reports signedOut, keeping the outbox, once the session has ended', async () => {
    const client = new AuthClient(ts.url);
    const signIn = await client.post('/api/auth/sign-in', {
      email: 'lead@example.org',
      password: ADMIN_PASSWORD,
    });
    expect(signIn.status).toBe(200);
    const person = { id: lead.id, client };
    const tablet = await deviceOf(person);
    await tablet.records.createCase({ ...validCase });
    const transport = transportFor(client); // holds the cookie from before sign-out
    await client.post('/api/auth/sign-out', {});
    const engine = new SyncEngine({ db: tablet.db, deviceId: tablet.deviceId, transport });
    const failure = await engine.syncOnce().catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(SyncFailure);
    expect(failure).toMatchObject({ kind: 'signedOut', status: 401 });
    expect(await tablet.db.outbox.count()).toBe(1);
  });
});
