/**
 * A revoked session says so (issue 10 item 4): when the person revokes a device from
 * another one, or an admin deactivates the account, the device's next request to any
 * route that needs a signed-in person gets 401 session_revoked, its signal to delete its
 * case data. Signing out, a new sign-in on the same device, expiry and forged tokens
 * keep the plain 401 unauthorized, so those devices never wipe themselves.
 */
import { describe, expect, it } from 'vitest';
import { AuthClient, type ApiResponse } from './helpers/auth-client';
import { backends } from './helpers/backends';
import { STAFF_PASSWORD, staffOnDevices } from './helpers/staff-on-devices';

const PASSWORD = STAFF_PASSWORD;
const SYNC_BODY = { deviceId: 'device-lock-1', mutations: [], checkpoint: {} };

describe.each(backends)('revoked sessions on %s', (backend) => {
  const world = staffOnDevices(backend, 'revoked');
  const { practitioner, signIn, sessionId } = world;

  /**
   * Sends with the given cookie every time (the server clears it on a refusal, and a
   * browser would drop it; here each request must carry it to test each route).
   */
  async function withCookie(
    cookie: string | null,
    send: (client: AuthClient) => Promise<ApiResponse>,
  ): Promise<ApiResponse> {
    const client = new AuthClient(world.ts.url);
    client.cookie = cookie;
    return send(client);
  }

  function expectRefusal(response: ApiResponse, error: 'session_revoked' | 'unauthorized') {
    expect(response.status).toBe(401);
    expect(response.body['error']).toBe(error);
    expect(typeof response.body['message']).toBe('string');
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    // The cookie is cleared as before.
    expect(response.setCookie).toMatch(/Max-Age=0/);
  }

  it('revoked from another session of the same person: session_revoked on sync and me', async () => {
    const { email, device: phone } = await practitioner();
    const laptop = await signIn(email, 'Laptop');
    const phoneCookie = phone.cookie;
    const phoneId = await sessionId(phone);

    expect((await laptop.delete(`/api/auth/sessions/${phoneId}`)).status).toBe(204);

    expectRefusal(
      await withCookie(phoneCookie, (c) => c.post('/api/sync', SYNC_BODY)),
      'session_revoked',
    );
    expectRefusal(await withCookie(phoneCookie, (c) => c.get('/api/auth/me')), 'session_revoked');
    expectRefusal(
      await withCookie(phoneCookie, (c) => c.get('/api/auth/sessions')),
      'session_revoked',
    );
    // The laptop carries on.
    expect((await laptop.get('/api/auth/me')).status).toBe(200);
    const stored = await world.ts.server.store.query(
      'SELECT ended_by FROM auth_sessions WHERE id = $1',
      [phoneId],
    );
    expect(stored).toEqual([{ ended_by: 'revoke' }]);
  });

  it('is said by routes that check a role too, and not by routes that need no one', async () => {
    const { email, device: tablet } = await practitioner();
    const other = await signIn(email, 'Other');
    const tabletCookie = tablet.cookie;
    expect((await other.delete(`/api/auth/sessions/${await sessionId(tablet)}`)).status).toBe(204);

    // requireRole (admin route, answered by the auth error handler).
    expectRefusal(
      await withCookie(tabletCookie, (c) => c.get('/api/admin/users')),
      'session_revoked',
    );
    // A route answered by the global error handler.
    expectRefusal(
      await withCookie(tabletCookie, (c) =>
        c.get('/api/cases/01a208eb-d8c2-744e-98b5-5f1154e59483/audit'),
      ),
      'session_revoked',
    );
    // Signing in again from that device is not refused for it, and a wrong password keeps
    // its own answer.
    const wrong = await withCookie(tabletCookie, (c) =>
      c.post('/api/auth/sign-in', { email, password: 'not the password at all' }),
    );
    expect(wrong.status).toBe(401);
    expect(wrong.body['error']).toBe('invalid_credentials');
    const again = await withCookie(tabletCookie, (c) =>
      c.post('/api/auth/sign-in', { email, password: PASSWORD }),
    );
    expect(again.status).toBe(200);
  });

  it('signing out is not a revocation: plain unauthorized', async () => {
    const { device } = await practitioner();
    const cookie = device.cookie;
    const id = await sessionId(device);
    expect((await device.post('/api/auth/sign-out')).status).toBe(204);

    expectRefusal(await withCookie(cookie, (c) => c.post('/api/sync', SYNC_BODY)), 'unauthorized');
    expectRefusal(await withCookie(cookie, (c) => c.get('/api/auth/me')), 'unauthorized');
    const stored = await world.ts.server.store.query(
      'SELECT ended_by FROM auth_sessions WHERE id = $1',
      [id],
    );
    expect(stored).toEqual([{ ended_by: 'sign-out' }]);
  });

  it('ending the session in hand from the session list is signing out', async () => {
    const { device } = await practitioner();
    const cookie = device.cookie;
    const response = await device.delete(`/api/auth/sessions/${await sessionId(device)}`);
    expect(response.status).toBe(204);
    expectRefusal(await withCookie(cookie, (c) => c.get('/api/auth/me')), 'unauthorized');
  });

  it('a new sign-in on the same device replaces its session without a revocation', async () => {
    const { email, device } = await practitioner();
    const first = device.cookie;
    const again = await device.post('/api/auth/sign-in', { email, password: PASSWORD });
    expect(again.status).toBe(200);
    expect(device.cookie).not.toBe(first);
    expectRefusal(await withCookie(first, (c) => c.post('/api/sync', SYNC_BODY)), 'unauthorized');
  });

  it('expired, unknown or forged tokens stay plain unauthorized', async () => {
    const { device } = await practitioner();
    const cookie = device.cookie;
    const id = await sessionId(device);
    await world.ts.server.store.query(
      "UPDATE auth_sessions SET idle_expires_at = now() - interval '1 second' WHERE id = $1",
      [id],
    );
    expectRefusal(await withCookie(cookie, (c) => c.get('/api/auth/me')), 'unauthorized');
    expectRefusal(
      await withCookie(`ourplan-session=${'x'.repeat(43)}`, (c) => c.post('/api/sync', SYNC_BODY)),
      'unauthorized',
    );
    const none = await new AuthClient(world.ts.url).post('/api/sync', SYNC_BODY);
    expect(none.status).toBe(401);
    expect(none.body['error']).toBe('unauthorized');
  });

  it('a revoked session that has since expired still says session_revoked', async () => {
    // A phone that comes back after months offline must still learn it was revoked.
    const { email, device: phone } = await practitioner();
    const other = await signIn(email, 'Other');
    const cookie = phone.cookie;
    const id = await sessionId(phone);
    expect((await other.delete(`/api/auth/sessions/${id}`)).status).toBe(204);
    await world.ts.server.store.query(
      `UPDATE auth_sessions SET idle_expires_at = now() - interval '1 day',
                                absolute_expires_at = now() - interval '1 day'
        WHERE id = $1`,
      [id],
    );
    expectRefusal(
      await withCookie(cookie, (c) => c.post('/api/sync', SYNC_BODY)),
      'session_revoked',
    );
  });

  it('deactivating the account revokes every device: session_revoked', async () => {
    const { id, email, device: phone } = await practitioner();
    const tablet = await signIn(email, 'Tablet');
    const cookies = [phone.cookie, tablet.cookie];

    const deactivated = await world.admin.patch(`/api/admin/users/${id}`, { active: false });
    expect(deactivated.status).toBe(200);

    for (const cookie of cookies) {
      expectRefusal(
        await withCookie(cookie, (c) => c.post('/api/sync', SYNC_BODY)),
        'session_revoked',
      );
      expectRefusal(await withCookie(cookie, (c) => c.get('/api/auth/me')), 'session_revoked');
    }
  });
});
