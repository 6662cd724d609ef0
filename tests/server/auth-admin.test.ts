/**
 * Admins manage staff accounts (issue #3 part 1): a new account is inactive with a
 * one-time activation link (works once, within 72 hours); only admins reach the admin
 * routes; the last active admin cannot be removed; deactivation ends sessions at once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthClient } from './helpers/auth-client';
import {
  activeStaff,
  createStaff,
  setUpFirstAdmin,
  startAuthServer,
} from './helpers/auth-fixtures';
import { backends } from './helpers/backends';
import type { TestServer } from './helpers/test-server';

const PASSWORD = 'a staff password, long';

describe.each(backends)('admin and activation on %s', (backend) => {
  let ts: TestServer;
  let admin: AuthClient;

  beforeAll(async () => {
    ts = await startAuthServer(backend);
    ({ admin } = await setUpFirstAdmin(ts));
  });
  afterAll(async () => {
    await ts?.close();
  });

  it('creates an inactive account with a one-time link that activates it once', async () => {
    const created = await admin.post('/api/admin/users', {
      displayName: 'Alex Practitioner',
      email: 'Alex@Example.org',
      roles: ['practitioner'],
    });
    expect(created.status).toBe(201);
    expect(created.body['user']).toMatchObject({
      email: 'alex@example.org',
      roles: ['practitioner'],
      active: false,
      hasPassword: false,
    });
    const activation = created.body['activation'] as { link: string; expiresAt: string };
    expect(activation.link).toMatch(/^\/activate#code=[A-Za-z0-9_-]{43}$/);
    const hours = (Date.parse(activation.expiresAt) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(71);
    expect(hours).toBeLessThanOrEqual(72);
    const code = activation.link.split('#code=')[1] ?? '';

    // Not yet active: cannot sign in.
    const early = await new AuthClient(ts.url).post('/api/auth/sign-in', {
      email: 'alex@example.org',
      password: PASSWORD,
    });
    expect(early.status).toBe(401);

    const person = new AuthClient(ts.url);
    const activated = await person.post('/api/accounts/activate', { code, password: PASSWORD });
    expect(activated.status).toBe(200);
    expect(activated.body['user']).toMatchObject({ email: 'alex@example.org' });
    expect((await person.get('/api/auth/me')).status).toBe(200);

    const second = await new AuthClient(ts.url).post('/api/accounts/activate', {
      code,
      password: 'someone else entirely',
    });
    expect(second.status).toBe(403);
    expect(second.body['error']).toBe('invalid_activation_code');

    const signIn = await new AuthClient(ts.url).post('/api/auth/sign-in', {
      email: 'alex@example.org',
      password: PASSWORD,
    });
    expect(signIn.status).toBe(200);
  });

  it('refuses an expired activation code', async () => {
    const { id, code } = await createStaff(admin, 'late@example.org');
    await ts.server.store.query(
      "UPDATE activation_codes SET expires_at = now() - interval '1 second' WHERE user_id = $1",
      [id],
    );
    const response = await new AuthClient(ts.url).post('/api/accounts/activate', {
      code,
      password: PASSWORD,
    });
    expect(response.status).toBe(403);
    const [user] = await ts.server.store.query<{ active: boolean; password_hash: string | null }>(
      'SELECT active, password_hash FROM users WHERE id = $1',
      [id],
    );
    expect(user).toEqual({ active: false, password_hash: null });
  });

  it('refuses a second account with the same address, whatever its case', async () => {
    const response = await admin.post('/api/admin/users', {
      displayName: 'Twin',
      email: 'ALEX@example.org',
      roles: ['admin'],
    });
    expect(response.status).toBe(409);
    expect(response.body['problems']).toEqual([
      { path: ['email'], key: 'alreadyExists', params: {} },
    ]);
  });

  it('lists the organisation users to admins, without password hashes', async () => {
    const list = await admin.get('/api/admin/users');
    expect(list.status).toBe(200);
    const users = list.body['users'] as Record<string, unknown>[];
    expect(users.map((user) => user['email'])).toContain('lead@example.org');
    expect(JSON.stringify(list.body)).not.toMatch(/argon2|password_hash/);
  });

  it('keeps non-admins out of admin routes (403) and everyone signed out (401)', async () => {
    const { id, client } = await activeStaff(ts, admin, 'prac@example.org', PASSWORD);
    expect((await client.get('/api/admin/users')).status).toBe(403);
    const create = await client.post('/api/admin/users', {
      displayName: 'Sneaky',
      email: 'sneaky@example.org',
      roles: ['admin'],
    });
    expect(create.status).toBe(403);
    expect(create.body['error']).toBe('forbidden');
    expect((await client.patch(`/api/admin/users/${id}`, { roles: ['admin'] })).status).toBe(403);
    const anonymous = new AuthClient(ts.url);
    expect((await anonymous.get('/api/admin/users')).status).toBe(401);
    expect(
      (await ts.server.store.query("SELECT 1 FROM users WHERE email = 'sneaky@example.org'"))
        .length,
    ).toBe(0);
  });

  it('never removes the last active admin, and deactivation ends sessions at once', async () => {
    const me = await admin.get('/api/auth/me');
    const adminId = (me.body['user'] as { id: string }).id;
    const demote = await admin.patch(`/api/admin/users/${adminId}`, { roles: ['practitioner'] });
    expect(demote.status).toBe(409);
    expect(demote.body['error']).toBe('last_admin');
    const deactivate = await admin.patch(`/api/admin/users/${adminId}`, { active: false });
    expect(deactivate.status).toBe(409);
    expect((await admin.get('/api/auth/me')).status).toBe(200); // nothing changed

    // With a second admin, the first may step down; the second then cannot.
    const second = await activeStaff(ts, admin, 'second@example.org', PASSWORD, ['admin']);
    const stepDown = await admin.patch(`/api/admin/users/${adminId}`, { active: false });
    expect(stepDown.status).toBe(200);
    expect(stepDown.body['user']).toMatchObject({ active: false });
    expect((await admin.get('/api/auth/me')).status).toBe(401); // at once
    expect(
      (await second.client.patch(`/api/admin/users/${second.id}`, { active: false })).status,
    ).toBe(409);

    // Reactivate the first admin, for the other tests' sake, and sign in again.
    expect(
      (await second.client.patch(`/api/admin/users/${adminId}`, { active: true })).status,
    ).toBe(200);
    const back = await admin.post('/api/auth/sign-in', {
      email: 'lead@example.org',
      password: 'correct horse battery staple',
    });
    expect(back.status).toBe(200);
  });

  it('withdraws an unused activation code when the account is deactivated', async () => {
    const { id, code } = await createStaff(admin, 'leaver@example.org');
    expect((await admin.patch(`/api/admin/users/${id}`, { active: false })).status).toBe(200);
    const response = await new AuthClient(ts.url).post('/api/accounts/activate', {
      code,
      password: PASSWORD,
    });
    expect(response.status).toBe(403);
  });

  it('answers 404 for users outside the organisation or ids that are not ids', async () => {
    expect(
      (await admin.patch('/api/admin/users/0190a0a0-0000-7000-8000-000000000000', { active: true }))
        .status,
    ).toBe(404);
    expect((await admin.patch('/api/admin/users/../../etc', { active: true })).status).toBe(404);
  });

  it('gives a never-activated account a new link, which replaces the old one', async () => {
    const { id, code } = await createStaff(admin, 'lost-link@example.org');
    const renewed = await admin.post(`/api/admin/users/${id}/activation`, {});
    expect(renewed.status).toBe(201);
    const link = (renewed.body['activation'] as { link: string }).link;
    expect(link).toMatch(/^\/activate#code=[A-Za-z0-9_-]{43}$/);
    const person = new AuthClient(ts.url);
    // The old link no longer works; the new one does, once.
    expect((await person.post('/api/accounts/activate', { code, password: PASSWORD })).status).toBe(
      403,
    );
    const fresh = link.split('#code=')[1] ?? '';
    expect(
      (await person.post('/api/accounts/activate', { code: fresh, password: PASSWORD })).status,
    ).toBe(200);
    // Now active: no more links, from anyone.
    expect((await admin.post(`/api/admin/users/${id}/activation`, {})).status).toBe(409);
    expect((await person.post(`/api/admin/users/${id}/activation`, {})).status).toBe(403);
    expect(
      (await admin.post('/api/admin/users/0190a0a0-0000-7000-8000-000000000000/activation', {}))
        .status,
    ).toBe(404);
  });
});
