/**
 * Served over HTTPS (TLS here, or PUBLIC_ORIGIN https behind a proxy that ends TLS), the
 * session cookie is `__Host-ourplan-session` with Secure (DESIGN.md §10).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cookiePolicy } from '../../src/server/auth/cookie';
import { ADMIN_PASSWORD, setUpFirstAdmin, startAuthServer } from './helpers/auth-fixtures';
import { AuthClient } from './helpers/auth-client';
import type { TestServer } from './helpers/test-server';

describe('the session cookie over HTTPS', () => {
  let ts: TestServer;
  let adminEmail: string;

  beforeAll(async () => {
    ts = await startAuthServer('pglite', { PUBLIC_ORIGIN: 'https://ourplan.example.org' });
    ({ adminEmail } = await setUpFirstAdmin(ts));
  });
  afterAll(async () => {
    await ts?.close();
  });

  it('is __Host-ourplan-session with Secure, HttpOnly, SameSite=Strict, Path=/', async () => {
    const client = new AuthClient(ts.url);
    const response = await client.post('/api/auth/sign-in', {
      email: adminEmail,
      password: ADMIN_PASSWORD,
    });
    expect(response.status).toBe(200);
    const cookie = response.setCookie ?? '';
    expect(cookie).toMatch(/^__Host-ourplan-session=[A-Za-z0-9_-]{43};/);
    const attributes = cookie.split(';').map((part) => part.trim().toLowerCase());
    for (const attribute of ['secure', 'httponly', 'samesite=strict', 'path=/']) {
      expect(attributes).toContain(attribute);
    }
    expect(attributes.some((attribute) => attribute.startsWith('domain='))).toBe(false);
    expect((await client.get('/api/auth/me')).status).toBe(200);

    // The plain-http name is not read on an HTTPS server.
    const wrongName = new AuthClient(ts.url);
    wrongName.cookie = (client.cookie ?? '').replace('__Host-ourplan-session', 'ourplan-session');
    expect((await wrongName.get('/api/auth/me')).status).toBe(401);
  });

  it('is chosen from the configuration', () => {
    const tls = { certFile: 'c', keyFile: 'k' };
    expect(cookiePolicy({ tls, publicOrigin: null })).toEqual({
      name: '__Host-ourplan-session',
      secure: true,
    });
    expect(cookiePolicy({ tls: null, publicOrigin: 'http://localhost:8080' })).toEqual({
      name: 'ourplan-session',
      secure: false,
    });
  });
});
