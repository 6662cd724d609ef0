/**
 * An administrator sees a person's signed-in devices and signs one out (issue 10): the
 * list shows live sessions only and never a token; revoking is for admins of the same
 * organisation; the revoked device then gets 401 session_revoked (its signal to delete its
 * case data) while the person's other devices carry on.
 */
import { describe, expect, it } from 'vitest';
import { createOrganisation, insertUser } from '../../src/server/accounts/users';
import { createSession } from '../../src/server/auth/sessions';
import { AuthClient } from './helpers/auth-client';
import { backends } from './helpers/backends';
import { staffOnDevices } from './helpers/staff-on-devices';

const SYNC_BODY = { deviceId: 'device-lock-2', mutations: [], checkpoint: {} };

interface SessionView {
  id: string;
  deviceLabel: string;
  createdAt: string;
  lastSeenAt: string;
  current: boolean;
  expiresAt: string;
}

describe.each(backends)('admin revokes a device on %s', (backend) => {
  const world = staffOnDevices(backend, 'devices');
  const { practitioner, signIn, sessionId } = world;

  it("lists a person's live devices, then signs one out, which then hears session_revoked", async () => {
    const { id, email, device: first } = await practitioner();
    const phone = await signIn(email, 'Work phone');
    const tablet = await signIn(email, 'Clinic tablet');
    const [phoneId, tabletId] = [await sessionId(phone), await sessionId(tablet)];
    // A session that already ended is not listed.
    expect((await first.post('/api/auth/sign-out')).status).toBe(204);

    const listed = await world.admin.get(`/api/admin/users/${id}/sessions`);
    expect(listed.status).toBe(200);
    const sessions = listed.body['sessions'] as SessionView[];
    expect(sessions.map((s) => s.id).sort()).toEqual([phoneId, tabletId].sort());
    const phoneView = sessions.find((s) => s.id === phoneId);
    expect(phoneView).toMatchObject({ deviceLabel: 'Work phone' });
    for (const session of sessions) {
      // Not the admin's own device: that is true only on their own account's page.
      expect(session.current).toBe(false);
      for (const field of ['createdAt', 'lastSeenAt', 'expiresAt'] as const) {
        expect(Number.isNaN(Date.parse(session[field])), field).toBe(false);
      }
      expect(Date.parse(session.expiresAt)).toBeGreaterThan(Date.now());
    }
    for (const client of [phone, tablet]) {
      expect(JSON.stringify(listed.body)).not.toContain((client.cookie ?? '').split('=')[1]);
    }

    // On the admin's own page, the device they are using is marked.
    const adminId = ((await world.admin.get('/api/auth/me')).body['user'] as { id: string }).id;
    const own = (await world.admin.get(`/api/admin/users/${adminId}/sessions`)).body[
      'sessions'
    ] as SessionView[];
    expect(own.filter((s) => s.current).map((s) => s.id)).toEqual([await sessionId(world.admin)]);

    const phoneCookie = phone.cookie;
    const revoked = await world.admin.post(`/api/admin/users/${id}/sessions/${phoneId}/revoke`);
    expect(revoked.status).toBe(204);

    const sync = await phone.post('/api/sync', SYNC_BODY);
    expect(sync.status).toBe(401);
    expect(sync.body['error']).toBe('session_revoked');
    const replay = new AuthClient(world.ts.url);
    replay.cookie = phoneCookie;
    const me = await replay.get('/api/auth/me');
    expect(me.status).toBe(401);
    expect(me.body['error']).toBe('session_revoked');
    // The other device carries on; the list no longer has the phone.
    expect((await tablet.get('/api/auth/me')).status).toBe(200);
    const after = (await world.admin.get(`/api/admin/users/${id}/sessions`)).body[
      'sessions'
    ] as SessionView[];
    expect(after.map((s) => s.id)).toEqual([tabletId]);

    // Again: that session is not live any more.
    const again = await world.admin.post(`/api/admin/users/${id}/sessions/${phoneId}/revoke`);
    expect(again.status).toBe(404);
    expect(again.body['error']).toBe('not_found');
  });

  it("404s for another user's session, a signed-out or expired one, and nonsense ids", async () => {
    const a = await practitioner();
    const b = await practitioner();
    const bId = await sessionId(b.device);
    // b's session under a's id.
    expect((await world.admin.post(`/api/admin/users/${a.id}/sessions/${bId}/revoke`)).status).toBe(
      404,
    );
    expect((await b.device.get('/api/auth/me')).status).toBe(200);

    const aOld = await sessionId(a.device);
    await world.ts.server.store.query(
      "UPDATE auth_sessions SET idle_expires_at = now() - interval '1 second' WHERE id = $1",
      [aOld],
    );
    expect(
      (await world.admin.post(`/api/admin/users/${a.id}/sessions/${aOld}/revoke`)).status,
    ).toBe(404);

    for (const path of [
      `/api/admin/users/${a.id}/sessions/not-an-id/revoke`,
      `/api/admin/users/not-an-id/sessions/${bId}/revoke`,
      '/api/admin/users/01a208eb-d8c2-744e-98b5-5f1154e59483/sessions/01a208eb-d8c2-744e-98b5-5f1154e59483/revoke',
    ]) {
      const response = await world.admin.post(path);
      expect(response.status, path).toBe(404);
    }
    expect((await world.admin.get('/api/admin/users/not-an-id/sessions')).status).toBe(404);
    expect(
      (await world.admin.get('/api/admin/users/01a208eb-d8c2-744e-98b5-5f1154e59483/sessions'))
        .status,
    ).toBe(404);
  });

  it('is for admins only: 401 signed out, 403 for a practitioner', async () => {
    const { id, device } = await practitioner();
    const own = await sessionId(device);
    const list = await device.get(`/api/admin/users/${id}/sessions`);
    expect(list.status).toBe(403);
    expect(list.body['error']).toBe('forbidden');
    const revoke = await device.post(`/api/admin/users/${id}/sessions/${own}/revoke`);
    expect(revoke.status).toBe(403);
    expect((await device.get('/api/auth/me')).status).toBe(200);

    const anonymous = new AuthClient(world.ts.url);
    expect((await anonymous.get(`/api/admin/users/${id}/sessions`)).status).toBe(401);
    expect((await anonymous.post(`/api/admin/users/${id}/sessions/${own}/revoke`)).status).toBe(
      401,
    );
  });

  it("answers 404 for another organisation's user, and their admin cannot reach ours", async () => {
    const store = world.ts.server.store;
    const otherOrg = await createOrganisation(store, 'Hillside CAMHS');
    const outsider = await insertUser(store, {
      organisationId: otherOrg,
      displayName: 'Other Admin',
      email: 'other-admin@example.org',
      roles: ['admin', 'practitioner'],
      active: true,
      passwordHash: null,
    });
    const outsiderSession = await createSession(store, outsider.id, 'Hillside laptop');

    const list = await world.admin.get(`/api/admin/users/${outsider.id}/sessions`);
    expect(list.status).toBe(404);
    const revoke = await world.admin.post(
      `/api/admin/users/${outsider.id}/sessions/${outsiderSession.id}/revoke`,
    );
    expect(revoke.status).toBe(404);

    // Their session is untouched, and from it our people are out of reach too.
    const otherAdmin = new AuthClient(world.ts.url);
    otherAdmin.cookie = `ourplan-session=${outsiderSession.token}`;
    expect((await otherAdmin.get('/api/auth/me')).status).toBe(200);
    const ours = await practitioner();
    const oursSession = await sessionId(ours.device);
    expect((await otherAdmin.get(`/api/admin/users/${ours.id}/sessions`)).status).toBe(404);
    expect(
      (await otherAdmin.post(`/api/admin/users/${ours.id}/sessions/${oursSession}/revoke`)).status,
    ).toBe(404);
    expect((await ours.device.get('/api/auth/me')).status).toBe(200);
  });
});
