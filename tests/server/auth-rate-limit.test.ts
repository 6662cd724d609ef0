/**
 * Guessing is rate limited in the database (so it holds across server processes): sign-in
 * failures per account (5 per 15 minutes) and per client address (30 per 15 minutes);
 * setup and activation attempts per address (10 per 15 minutes). Over the limit: 429 with
 * Retry-After, and the right password does not help until the window passes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthClient, randomAddress } from './helpers/auth-client';
import {
  ADMIN_PASSWORD,
  createStaff,
  setUpFirstAdmin,
  startAuthServer,
} from './helpers/auth-fixtures';
import { backends } from './helpers/backends';
import type { TestServer } from './helpers/test-server';

describe.each(backends)('rate limits on %s', (backend) => {
  let ts: TestServer;
  let admin: AuthClient;
  let adminEmail: string;

  beforeAll(async () => {
    ts = await startAuthServer(backend);
    ({ admin, adminEmail } = await setUpFirstAdmin(ts));
  });
  afterAll(async () => {
    await ts?.close();
  });

  it('locks an account after 5 failures, from any address, with Retry-After', async () => {
    const { code } = await createStaff(admin, 'target@example.org');
    const password = 'the right password';
    expect(
      (await new AuthClient(ts.url).post('/api/accounts/activate', { code, password })).status,
    ).toBe(200);

    for (let i = 0; i < 5; i++) {
      const response = await new AuthClient(ts.url).post('/api/auth/sign-in', {
        email: 'target@example.org',
        password: `wrong guess ${i}`,
      });
      expect(response.status).toBe(401);
    }
    const locked = await new AuthClient(ts.url).post('/api/auth/sign-in', {
      email: 'target@example.org',
      password,
    });
    expect(locked.status).toBe(429);
    expect(locked.body['error']).toBe('too_many_attempts');
    const retryAfter = Number(locked.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);

    // Other accounts are not affected.
    const other = await new AuthClient(ts.url).post('/api/auth/sign-in', {
      email: adminEmail,
      password: ADMIN_PASSWORD,
    });
    expect(other.status).toBe(200);

    // Once the window has passed (moved back in the database), the right password works.
    await ts.server.store.query(
      "UPDATE auth_attempts SET at = at - interval '16 minutes' WHERE scope = 'sign-in-account'",
    );
    const later = await new AuthClient(ts.url).post('/api/auth/sign-in', {
      email: 'target@example.org',
      password,
    });
    expect(later.status).toBe(200);
  });

  it('limits unknown addresses the same way (no telling which exist)', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const response = await new AuthClient(ts.url).post('/api/auth/sign-in', {
        email: 'ghost@example.org',
        password: `guess ${i}`,
      });
      statuses.push(response.status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
  });

  it('limits one client address to 30 failures across accounts', async () => {
    const address = randomAddress();
    for (let i = 0; i < 30; i++) {
      const response = await new AuthClient(ts.url, address).post('/api/auth/sign-in', {
        email: `spray-${i}@example.org`,
        password: 'password123456',
      });
      expect(response.status).toBe(401);
    }
    const blocked = await new AuthClient(ts.url, address).post('/api/auth/sign-in', {
      email: adminEmail,
      password: ADMIN_PASSWORD,
    });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another address still gets in.
    const elsewhere = await new AuthClient(ts.url).post('/api/auth/sign-in', {
      email: adminEmail,
      password: ADMIN_PASSWORD,
    });
    expect(elsewhere.status).toBe(200);
  });

  it('limits activation and setup attempts per address', async () => {
    const address = randomAddress();
    const client = new AuthClient(ts.url, address);
    for (let i = 0; i < 10; i++) {
      const response = await client.post('/api/accounts/activate', {
        code: 'C'.repeat(43),
        password: 'a long enough password',
      });
      expect(response.status).toBe(403);
    }
    const blocked = await client.post('/api/accounts/activate', {
      code: 'C'.repeat(43),
      password: 'a long enough password',
    });
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get('retry-after')).toMatch(/^\d+$/);
  });
});

describe.each(backends)('setup rate limit on %s', (backend) => {
  let ts: TestServer;

  beforeAll(async () => {
    ts = await startAuthServer(backend);
  });
  afterAll(async () => {
    await ts?.close();
  });

  it('allows 10 failed setup attempts per address, then 429', async () => {
    const client = new AuthClient(ts.url);
    const body = {
      token: 'T'.repeat(43),
      organisationName: 'Org',
      displayName: 'Name',
      email: 'a@example.org',
      password: 'a long enough password',
    };
    for (let i = 0; i < 10; i++) {
      expect((await client.post('/api/setup', body)).status).toBe(403);
    }
    const blocked = await client.post('/api/setup', body);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
