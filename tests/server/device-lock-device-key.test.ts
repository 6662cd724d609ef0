/**
 * The escrow key of a device's data (issue 10: forgotten passcode). A device gets a new
 * key with any live session; an existing key only within ten minutes of signing in with
 * the password (403 reauthenticate otherwise), so a stolen device with a live cookie
 * cannot fetch the key that opens its own data. Keys are per person and device, bad
 * bodies are 400s, requests are rate limited, and the key never reaches the logs.
 */
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/server/config';
import { loggerOptions } from '../../src/server/http/logger';
import { startServer, type RunningServer } from '../../src/server/server';
import { AuthClient } from './helpers/auth-client';
import { firstRunToken, TEST_PEPPER } from './helpers/auth-fixtures';
import { backends, placeFor, type BackendPlace } from './helpers/backends';
import { STAFF_PASSWORD, staffOnDevices } from './helpers/staff-on-devices';
import { makeStaticDir } from './helpers/static-fixture';

const PASSWORD = STAFF_PASSWORD;
const KEY_PATH = '/api/auth/device-key';

function keyOf(body: Record<string, unknown>): Buffer {
  const key = body['key'];
  expect(typeof key).toBe('string');
  expect(key).toMatch(/^[A-Za-z0-9+/]+={0,2}$/);
  const bytes = Buffer.from(key as string, 'base64');
  expect(bytes).toHaveLength(32);
  return bytes;
}

describe.each(backends)('device keys on %s', (backend) => {
  const world = staffOnDevices(backend, 'keys');
  const { practitioner } = world;

  /** Makes the client's session look as if it began `minutes` ago. */
  async function ageSession(client: AuthClient, minutes: number): Promise<void> {
    const me = await client.get('/api/auth/me');
    const id = (me.body['session'] as { id: string }).id;
    await world.ts.server.store.query(
      'UPDATE auth_sessions SET created_at = now() - make_interval(mins => $2::integer) WHERE id = $1',
      [id, minutes],
    );
  }

  it('needs a signed-in person', async () => {
    const response = await new AuthClient(world.ts.url).post(KEY_PATH, { deviceId: 'tablet-0001' });
    expect(response.status).toBe(401);
    expect(response.body['error']).toBe('unauthorized');
  });

  it('creates a key for a new device, stores it wrapped, and hands it back while fresh', async () => {
    const { id, device } = await practitioner();
    const created = await device.post(KEY_PATH, { deviceId: 'tablet-0001' });
    expect(created.status).toBe(200);
    expect(created.body['created']).toBe(true);
    expect(created.headers.get('cache-control')).toBe('no-store');
    const key = keyOf(created.body);

    const [row] = await world.ts.server.store.query<{ key: Uint8Array }>(
      'SELECT key FROM device_keys WHERE user_id = $1 AND device_id = $2',
      [id, 'tablet-0001'],
    );
    // Stored wrapped under the pepper (escrow-wrap.ts): nonce, ciphertext and tag, and
    // never the key itself, so a database backup alone does not hold it.
    const stored = Buffer.from(row?.key ?? new Uint8Array());
    expect(stored.length).toBe(12 + 32 + 16);
    expect(stored.includes(key)).toBe(false);

    const again = await device.post(KEY_PATH, { deviceId: 'tablet-0001' });
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ key: key.toString('base64'), created: false });
  });

  it('still hands out a key stored raw before keys were wrapped, and wraps it', async () => {
    const { id, device } = await practitioner();
    const raw = randomBytes(32);
    await world.ts.server.store.query(
      'INSERT INTO device_keys (user_id, device_id, key) VALUES ($1, $2, $3)',
      [id, 'old-tablet-01', raw],
    );
    const answer = await device.post(KEY_PATH, { deviceId: 'old-tablet-01' });
    expect(answer.status).toBe(200);
    expect(keyOf(answer.body)).toEqual(raw);
    const [row] = await world.ts.server.store.query<{ key: Uint8Array }>(
      'SELECT key FROM device_keys WHERE user_id = $1 AND device_id = $2',
      [id, 'old-tablet-01'],
    );
    expect(Buffer.from(row?.key ?? new Uint8Array()).length).toBe(60);
    expect(keyOf((await device.post(KEY_PATH, { deviceId: 'old-tablet-01' })).body)).toEqual(raw);
  });

  it('refuses an existing key to a session older than ten minutes, until a fresh sign-in', async () => {
    const { email, device } = await practitioner();
    const key = keyOf((await device.post(KEY_PATH, { deviceId: 'phone-000002' })).body);

    await ageSession(device, 11);
    const stale = await device.post(KEY_PATH, { deviceId: 'phone-000002' });
    expect(stale.status).toBe(403);
    expect(stale.body['error']).toBe('reauthenticate');
    expect(typeof stale.body['message']).toBe('string');
    expect(JSON.stringify(stale.body)).not.toContain(key.toString('base64'));

    // Just inside the window still works.
    await ageSession(device, 9);
    expect((await device.post(KEY_PATH, { deviceId: 'phone-000002' })).status).toBe(200);

    // A stale session may still make a key for a device that has none.
    await ageSession(device, 60);
    const other = await device.post(KEY_PATH, { deviceId: 'phone-000003' });
    expect(other.status).toBe(200);
    expect(other.body['created']).toBe(true);

    // Signing in again with the password (a new session) opens it.
    const fresh = new AuthClient(world.ts.url);
    expect((await fresh.post('/api/auth/sign-in', { email, password: PASSWORD })).status).toBe(200);
    const recovered = await fresh.post(KEY_PATH, { deviceId: 'phone-000002' });
    expect(recovered.status).toBe(200);
    expect(recovered.body).toEqual({ key: key.toString('base64'), created: false });
  });

  it("keeps each person's keys apart, even for the same device id", async () => {
    const first = await practitioner();
    const second = await practitioner();
    const mine = keyOf((await first.device.post(KEY_PATH, { deviceId: 'shared-tablet' })).body);
    const theirs = await second.device.post(KEY_PATH, { deviceId: 'shared-tablet' });
    expect(theirs.status).toBe(200);
    expect(theirs.body['created']).toBe(true);
    expect(keyOf(theirs.body).equals(mine)).toBe(false);
    // And asking again gets their own key back, never the first person's.
    const again = await second.device.post(KEY_PATH, { deviceId: 'shared-tablet' });
    expect(keyOf(again.body).equals(mine)).toBe(false);
  });

  it("deletes a person's keys when an admin deactivates them, and only theirs", async () => {
    const leaving = await practitioner();
    const staying = await practitioner();
    await leaving.device.post(KEY_PATH, { deviceId: 'tablet-0001' });
    await leaving.device.post(KEY_PATH, { deviceId: 'phone-00001' });
    await staying.device.post(KEY_PATH, { deviceId: 'tablet-0001' });
    const keysOf = async (userId: string) =>
      (
        await world.ts.server.store.query<{ device_id: string }>(
          'SELECT device_id FROM device_keys WHERE user_id = $1 ORDER BY device_id',
          [userId],
        )
      ).map((row) => row.device_id);
    expect(await keysOf(leaving.id)).toEqual(['phone-00001', 'tablet-0001']);

    const deactivated = await world.admin.patch(`/api/admin/users/${leaving.id}`, {
      active: false,
    });
    expect(deactivated.status).toBe(200);
    // Their devices are told to delete their data, and nothing on the server opens it now.
    expect(await keysOf(leaving.id)).toEqual([]);
    expect(await keysOf(staying.id)).toEqual(['tablet-0001']);
    expect((await leaving.device.post(KEY_PATH, { deviceId: 'tablet-0001' })).status).toBe(401);
  });

  it('answers 400 with problems for bad bodies, never 500', async () => {
    const { id, device } = await practitioner();
    const bodies: unknown[] = [
      {},
      [],
      'null',
      '"tablet-0001"',
      { deviceId: 'short' },
      { deviceId: 'x'.repeat(65) },
      { deviceId: 'has spaces in it' },
      { deviceId: 'tablet/../0001' },
      { deviceId: 12345678 },
      { deviceId: null },
      { deviceId: 'tablet-0001', extra: true },
    ];
    for (const body of bodies) {
      const response = await device.post(KEY_PATH, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body['error']).toBe('invalid');
      expect(Array.isArray(response.body['problems'])).toBe(true);
    }
    const notJson = await device.request('POST', KEY_PATH, '{');
    expect(notJson.status).toBe(400);
    // None of them made a key.
    const rows = await world.ts.server.store.query(
      'SELECT device_id FROM device_keys WHERE user_id = $1',
      [id],
    );
    expect(rows).toEqual([]);
  });

  it('limits each person to 20 requests an hour', async () => {
    const { device } = await practitioner();
    for (let i = 0; i < 20; i++) {
      expect((await device.post(KEY_PATH, { deviceId: 'limit-device' })).status).toBe(200);
    }
    const refused = await device.post(KEY_PATH, { deviceId: 'limit-device' });
    expect(refused.status).toBe(429);
    expect(refused.body['error']).toBe('too_many_attempts');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    // Someone else is not held back by it.
    const { device: other } = await practitioner();
    expect((await other.post(KEY_PATH, { deviceId: 'limit-device' })).status).toBe(200);
  });
});

describe('device key logging', () => {
  const lines: string[] = [];
  let server: RunningServer;
  let place: BackendPlace;
  let staticDir: string;

  beforeAll(async () => {
    place = await placeFor('pglite');
    staticDir = await makeStaticDir();
    const config = loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      STATIC_DIR: staticDir,
      TRUST_PROXY: 'loopback',
      PASSWORD_PEPPER: TEST_PEPPER,
      ...place.env,
    });
    const logger = pino(loggerOptions('trace'), { write: (line: string) => lines.push(line) });
    server = await startServer(config, { logger });
  });
  afterAll(async () => {
    await server?.close();
    await place?.cleanUp();
    await rm(staticDir, { recursive: true, force: true });
  });

  it('never logs the key, even at trace level', async () => {
    const { token } = await firstRunToken({ server });
    const lead = new AuthClient(server.listenUrl);
    const setup = await lead.post('/api/setup', {
      token,
      organisationName: 'Org',
      displayName: 'Lead',
      email: 'lead@example.org',
      password: 'correct horse battery staple',
    });
    expect(setup.status).toBe(201);
    const created = await lead.post(KEY_PATH, { deviceId: 'logged-device' });
    const again = await lead.post(KEY_PATH, { deviceId: 'logged-device' });
    expect(again.status).toBe(200);
    const key = keyOf(created.body);
    expect(lines.length).toBeGreaterThan(0);
    const logged = lines.join('\n');
    expect(logged).toContain('/api/auth/device-key');
    for (const form of [key.toString('base64'), key.toString('hex'), key.toString('base64url')]) {
      expect(logged).not.toContain(form);
    }
  });
});
