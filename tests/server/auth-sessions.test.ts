/**
 * Signing in and out, and sessions (issue #3 part 1; DESIGN.md §10): the cookie's
 * attributes, a failed sign-in that does not say which part was wrong, me, the session
 * list, revocation that takes effect at once, and sign-out that ends the session on the
 * server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/server/auth/tokens';
import { AuthClient } from './helpers/auth-client';
import { ADMIN_PASSWORD, setUpFirstAdmin, startAuthServer } from './helpers/auth-fixtures';
import { backends } from './helpers/backends';
import type { TestServer } from './helpers/test-server';

describe.each(backends)('sign-in and sessions on %s', (backend) => {
  let ts: TestServer;
  let adminEmail: string;

  beforeAll(async () => {
    ts = await startAuthServer(backend);
    ({ adminEmail } = await setUpFirstAdmin(ts));
  });
  afterAll(async () => {
    await ts?.close();
  });

  const signIn = async (deviceLabel?: string) => {
    const client = new AuthClient(ts.url);
    const response = await client.post('/api/auth/sign-in', {
      email: adminEmail.toUpperCase(), // addresses match whatever the case
      password: ADMIN_PASSWORD,
      ...(deviceLabel ? { deviceLabel } : {}),
    });
    return { client, response };
  };

  it('sets an HttpOnly, SameSite=Strict, Path=/ cookie (no Secure over plain http)', async () => {
    const { client, response } = await signIn('Clinic tablet 3');
    expect(response.status).toBe(200);
    const cookie = response.setCookie ?? '';
    expect(cookie).toMatch(/^ourplan-session=[A-Za-z0-9_-]{43};/);
    const attributes = cookie.split(';').map((part) => part.trim().toLowerCase());
    expect(attributes).toContain('httponly');
    expect(attributes).toContain('samesite=strict');
    expect(attributes).toContain('path=/');
    expect(attributes).not.toContain('secure');
    expect(response.body['session']).toMatchObject({ deviceLabel: 'Clinic tablet 3' });

    // Only the token's hash is stored.
    const token = (client.cookie ?? '').split('=')[1] ?? '';
    const rows = await ts.server.store.query('SELECT token_hash FROM auth_sessions');
    expect(rows).toContainEqual({ token_hash: sha256Hex(token) });
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it('refuses a wrong password and an unknown address with the same answer', async () => {
    const wrongPassword = await new AuthClient(ts.url).post('/api/auth/sign-in', {
      email: adminEmail,
      password: 'not the password at all',
    });
    const unknownEmail = await new AuthClient(ts.url).post('/api/auth/sign-in', {
      email: 'nobody@example.org',
      password: ADMIN_PASSWORD,
    });
    for (const response of [wrongPassword, unknownEmail]) {
      expect(response.status).toBe(401);
      expect(response.setCookie).toBeNull();
    }
    expect(wrongPassword.body).toEqual(unknownEmail.body);
    expect(wrongPassword.body['error']).toBe('invalid_credentials');
  });

  it('answers me, lists sessions with the current one flagged, and never shows tokens', async () => {
    const { client } = await signIn('Phone');
    const me = await client.get('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body['user']).toMatchObject({ email: adminEmail, roles: ['admin', 'practitioner'] });
    const sessionId = (me.body['session'] as { id: string }).id;

    const list = await client.get('/api/auth/sessions');
    expect(list.status).toBe(200);
    const sessions = list.body['sessions'] as Record<string, unknown>[];
    expect(sessions.length).toBeGreaterThanOrEqual(2);
    expect(sessions.filter((session) => session['current'])).toEqual([
      expect.objectContaining({ id: sessionId, deviceLabel: 'Phone' }),
    ]);
    expect(Object.keys(sessions[0] ?? {}).sort()).toEqual([
      'createdAt',
      'current',
      'deviceLabel',
      'id',
      'lastUsedAt',
    ]);
    expect(JSON.stringify(list.body)).not.toContain((client.cookie ?? '').split('=')[1]);
  });

  it('uses the User-Agent as the device label when none is given', async () => {
    const { response } = await signIn();
    expect(response.body['session']).toMatchObject({ deviceLabel: 'AuthTest/1.0 (vitest)' });
  });

  it('answers 401 without a session, and with a forged or garbage cookie', async () => {
    const anonymous = await new AuthClient(ts.url).get('/api/auth/me');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body['error']).toBe('unauthorized');
    const forged = new AuthClient(ts.url);
    forged.cookie = `ourplan-session=${'x'.repeat(43)}`;
    const response = await forged.get('/api/auth/me');
    expect(response.status).toBe(401);
    expect(response.setCookie).toMatch(/Max-Age=0/); // told to drop it
    const garbage = new AuthClient(ts.url);
    garbage.cookie = 'ourplan-session=%%%; other=1';
    expect((await garbage.get('/api/auth/me')).status).toBe(401);
  });

  it('revokes another session of mine, which fails on its very next request', async () => {
    const { client: laptop } = await signIn('Laptop');
    const { client: tablet } = await signIn('Tablet');
    const tabletId = ((await tablet.get('/api/auth/me')).body['session'] as { id: string }).id;

    const revoked = await laptop.delete(`/api/auth/sessions/${tabletId}`);
    expect(revoked.status).toBe(204);
    expect((await tablet.get('/api/auth/me')).status).toBe(401);
    expect((await laptop.get('/api/auth/me')).status).toBe(200);
    const ids = ((await laptop.get('/api/auth/sessions')).body['sessions'] as { id: string }[]).map(
      (session) => session.id,
    );
    expect(ids).not.toContain(tabletId);

    // Again, or someone else's, or nonsense: 404.
    expect((await laptop.delete(`/api/auth/sessions/${tabletId}`)).status).toBe(404);
    expect((await laptop.delete('/api/auth/sessions/not-an-id')).status).toBe(404);
  });

  it('signs out: the old cookie no longer works, on the server', async () => {
    const { client } = await signIn('Shared tablet');
    const stolen = client.cookie;
    const out = await client.post('/api/auth/sign-out');
    expect(out.status).toBe(204);
    expect(out.setCookie).toMatch(/^ourplan-session=;.*Max-Age=0/);
    const replay = new AuthClient(ts.url);
    replay.cookie = stolen;
    expect((await replay.get('/api/auth/me')).status).toBe(401);
  });

  it('rotates on sign-in: a new token each time, and the session it replaces ends', async () => {
    const { client } = await signIn('Tablet');
    const first = client.cookie;
    const again = await client.post('/api/auth/sign-in', {
      email: adminEmail,
      password: ADMIN_PASSWORD,
    });
    expect(again.status).toBe(200);
    expect(client.cookie).not.toBe(first);
    const old = new AuthClient(ts.url);
    old.cookie = first;
    expect((await old.get('/api/auth/me')).status).toBe(401);
  });

  it('ends a session after its idle or absolute expiry', async () => {
    const { client: idle } = await signIn('Idle');
    const { client: old } = await signIn('Old');
    const idOf = async (client: AuthClient) =>
      ((await client.get('/api/auth/me')).body['session'] as { id: string }).id;
    const idleId = await idOf(idle);
    const oldId = await idOf(old);
    await ts.server.store.query(
      "UPDATE auth_sessions SET idle_expires_at = now() - interval '1 second' WHERE id = $1",
      [idleId],
    );
    await ts.server.store.query(
      "UPDATE auth_sessions SET absolute_expires_at = now() - interval '1 second' WHERE id = $1",
      [oldId],
    );
    expect((await idle.get('/api/auth/me')).status).toBe(401);
    expect((await old.get('/api/auth/me')).status).toBe(401);
  });

  it('moves last_used_at at most once a minute', async () => {
    const { client } = await signIn('Touch');
    const id = ((await client.get('/api/auth/me')).body['session'] as { id: string }).id;
    const lastUsed = async () =>
      (
        await ts.server.store.query<{ last_used_at: Date }>(
          'SELECT last_used_at FROM auth_sessions WHERE id = $1',
          [id],
        )
      )[0]?.last_used_at.getTime();
    const before = await lastUsed();
    await client.get('/api/auth/me');
    expect(await lastUsed()).toBe(before);
    await ts.server.store.query(
      "UPDATE auth_sessions SET last_used_at = now() - interval '2 minutes' WHERE id = $1",
      [id],
    );
    const stale = await lastUsed();
    await client.get('/api/auth/me');
    expect(await lastUsed()).toBeGreaterThan(stale ?? 0);
  });
});
