/**
 * Fuzzed bad input (fast-check) on every auth and account route that takes a body: never
 * a 500, always a JSON {error, message}, and a refused body writes nothing at all.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/server/store/store';
import { AuthClient } from './helpers/auth-client';
import { setUpFirstAdmin, startAuthServer } from './helpers/auth-fixtures';
import { backends } from './helpers/backends';
import type { TestServer } from './helpers/test-server';

const TABLES = [
  'organisations',
  'users',
  'auth_sessions',
  'setup_tokens',
  'activation_codes',
  'auth_attempts',
];

/** Everything a request could have changed, as one comparable string. */
async function snapshot(store: Store): Promise<string> {
  const parts: unknown[] = [];
  for (const table of TABLES) {
    parts.push(await store.query(`SELECT * FROM ${table} ORDER BY 1`));
  }
  return JSON.stringify(parts);
}

/** Values of every JSON type, including near misses for each field. */
const jsonValue = fc.oneof(
  fc.jsonValue(),
  fc.string({ maxLength: 300 }),
  fc.constantFrom('', ' ', 'a@b', 'x'.repeat(5000), '\u0000', 'admin', 'young-person'),
  fc.array(fc.constantFrom('admin', 'practitioner', 'carer', 'root', ''), { maxLength: 5 }),
);

const FIELDS = [
  'token',
  'organisationName',
  'displayName',
  'email',
  'password',
  'deviceLabel',
  'code',
  'roles',
  'active',
  '__proto__',
  'constructor',
  'extra',
];

const badBody = fc.oneof(
  fc.jsonValue(),
  fc.dictionary(fc.constantFrom(...FIELDS), jsonValue, { maxKeys: 7 }),
);

describe.each(backends)('fuzzed bodies on %s', (backend) => {
  let ts: TestServer;
  let admin: AuthClient;
  let anonymous: AuthClient;
  let adminId: string;

  beforeAll(async () => {
    ts = await startAuthServer(backend);
    ({ admin } = await setUpFirstAdmin(ts));
    anonymous = new AuthClient(ts.url);
    adminId = ((await admin.get('/api/auth/me')).body['user'] as { id: string }).id;
  });
  afterAll(async () => {
    await ts?.close();
  });

  const routes = (): [AuthClient, string, string][] => [
    [anonymous, 'POST', '/api/setup'],
    [anonymous, 'POST', '/api/auth/sign-in'],
    [anonymous, 'POST', '/api/accounts/activate'],
    [admin, 'POST', '/api/admin/users'],
    [admin, 'PATCH', `/api/admin/users/${adminId}`],
  ];

  it('never answers 500, and a refused body changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(4), badBody, async (index, body) => {
        const [client, method, path] = routes()[index] ?? routes()[0]!;
        const before = await snapshot(ts.server.store);
        const response = await client.request(method, path, JSON.stringify(body));
        expect(response.status).toBeLessThan(500);
        // (A generated PATCH can be valid, e.g. {active: true}: then 200.)
        if (response.status >= 400) {
          expect(typeof response.body['error']).toBe('string');
          expect(typeof response.body['message']).toBe('string');
        }
        if (response.status === 400) {
          expect(await snapshot(ts.server.store)).toBe(before);
        }
      }),
      { numRuns: 150 },
    );
    // The admin is still signed in and still the admin.
    expect((await admin.get('/api/auth/me')).body['user']).toMatchObject({
      roles: ['admin', 'practitioner'],
    });
  });

  it('refuses malformed JSON, wrong media types and oversized bodies with a 4xx', async () => {
    const send = (path: string, body: string, type = 'application/json') =>
      fetch(`${ts.url}${path}`, { method: 'POST', body, headers: { 'content-type': type } });
    const before = await snapshot(ts.server.store);
    for (const path of ['/api/setup', '/api/auth/sign-in', '/api/accounts/activate']) {
      expect((await send(path, '{"email":')).status).toBe(400);
      expect((await send(path, 'email=a', 'application/x-www-form-urlencoded')).status).toBe(415);
      expect((await send(path, JSON.stringify({ password: 'x'.repeat(2_000_000) }))).status).toBe(
        413,
      );
      expect((await send(path, 'null')).status).toBe(400);
    }
    expect(await snapshot(ts.server.store)).toBe(before);
  });
});
