/**
 * First run (issue #3 part 1): a server with no accounts prints a one-time setup link;
 * POST /api/setup with it creates the organisation and the first admin and signs them in;
 * the link works once, and setup is refused for good once an account exists.
 */
import { statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PEPPER_FILE_NAME } from '../../src/server/auth/pepper';
import { sha256Hex } from '../../src/server/auth/tokens';
import { AuthClient } from './helpers/auth-client';
import { ADMIN_PASSWORD, firstRunToken, startAuthServer } from './helpers/auth-fixtures';
import { backends } from './helpers/backends';
import { seededDataDir } from './helpers/pglite-template';
import { makeStaticDir } from './helpers/static-fixture';
import type { TestServer } from './helpers/test-server';
import { collect, exited, spawnTs, waitForLine } from './fixtures/child';

const MAIN = path.join('src', 'server', 'main.ts');

const setupBody = (token: string, email = 'lead@example.org') => ({
  token,
  organisationName: 'Riverside CAMHS',
  displayName: 'Sam Lead',
  email,
  password: ADMIN_PASSWORD,
});

describe.each(backends)('first run and setup on %s', (backend) => {
  let ts: TestServer;

  beforeAll(async () => {
    ts = await startAuthServer(backend);
  });
  afterAll(async () => {
    await ts?.close();
  });

  it('prints a one-time link with the token in the fragment and stores only its hash', async () => {
    const { lines, token } = await firstRunToken(ts);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/); // 256 bits
    const text = lines.join('\n');
    expect(text).toContain(`${ts.url}/setup#token=${token}`);
    expect(text).toMatch(/first administrator/);
    const rows = await ts.server.store.query<{ token_hash: string }>(
      'SELECT token_hash FROM setup_tokens',
    );
    expect(rows.map((row) => row.token_hash)).toContain(sha256Hex(token ?? ''));
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it('refuses a wrong, malformed or expired token without creating anything', async () => {
    const client = new AuthClient(ts.url);
    const wrong = await client.post('/api/setup', setupBody('A'.repeat(43)));
    expect(wrong.status).toBe(403);
    expect(wrong.body['error']).toBe('invalid_setup_token');
    const malformed = await client.post('/api/setup', setupBody('not a token'));
    expect(malformed.status).toBe(403);

    const { token } = await firstRunToken(ts);
    await ts.server.store.query(
      "UPDATE setup_tokens SET expires_at = now() - interval '1 second' WHERE token_hash = $1",
      [sha256Hex(token ?? '')],
    );
    const expired = await client.post('/api/setup', setupBody(token ?? ''));
    expect(expired.status).toBe(403);
    expect(await ts.server.store.query('SELECT id FROM users')).toEqual([]);
    expect(client.cookie).toBeNull();
  });

  it('refuses a weak password with a problem key, never a 500', async () => {
    const { token } = await firstRunToken(ts);
    const client = new AuthClient(ts.url);
    const response = await client.post('/api/setup', {
      ...setupBody(token ?? ''),
      password: 'short',
    });
    expect(response.status).toBe(400);
    expect(response.body['error']).toBe('invalid');
    expect(response.body['problems']).toEqual([
      { path: ['password'], key: 'tooShort', params: { minimum: 12 } },
    ]);
  });

  it('creates the organisation and first admin, signs them in, and works only once', async () => {
    const { token } = await firstRunToken(ts);
    const admin = new AuthClient(ts.url);
    const created = await admin.post('/api/setup', setupBody(token ?? '', 'Lead@Example.ORG'));
    expect(created.status).toBe(201);
    expect(created.body['user']).toMatchObject({
      displayName: 'Sam Lead',
      email: 'lead@example.org',
      organisationName: 'Riverside CAMHS',
      roles: ['admin', 'practitioner'],
    });
    expect(admin.cookie).toMatch(/^ourplan-session=/);

    const me = await admin.get('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body['user']).toMatchObject({ email: 'lead@example.org' });

    // The same token again, and a fresh one: refused, since an account now exists.
    const again = await new AuthClient(ts.url).post(
      '/api/setup',
      setupBody(token ?? '', 'x@y.org'),
    );
    expect(again.status).toBe(409);
    expect(again.body['error']).toBe('already_set_up');
    const rows = await ts.server.store.query<{ used_at: Date | null }>(
      'SELECT used_at FROM setup_tokens WHERE token_hash = $1',
      [sha256Hex(token ?? '')],
    );
    expect(rows[0]?.used_at).not.toBeNull();
  });

  it('prints nothing and makes no token once set up', async () => {
    const before = await ts.server.store.query('SELECT token_hash FROM setup_tokens');
    const { lines, token } = await firstRunToken(ts);
    expect(lines).toEqual([]);
    expect(token).toBeNull();
    expect(await ts.server.store.query('SELECT token_hash FROM setup_tokens')).toHaveLength(
      before.length,
    );
    const refused = await new AuthClient(ts.url).post('/api/setup', setupBody('B'.repeat(43)));
    expect(refused.status).toBe(409);
  });
});

describe('npm start on a new data directory', () => {
  it('prints the setup link (a new one at each start until set up) and uses a pepper file', async () => {
    const dataDir = await seededDataDir();
    const staticDir = await makeStaticDir();
    const env = {
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      STATIC_DIR: staticDir,
      LOG_LEVEL: 'silent',
      DATABASE_URL: '',
      PASSWORD_PEPPER: '',
    };
    const tokens: string[] = [];
    try {
      for (let start = 0; start < 2; start++) {
        const server = spawnTs(MAIN, [], env);
        const stderr = collect(server.stderr);
        try {
          const [, url, token] = await waitForLine(
            server,
            /(http:\/\/127\.0\.0\.1:\d+)\/setup#token=([A-Za-z0-9_-]{43})/,
          );
          tokens.push(token ?? '');
          // The page behind the link is the app (the SPA routes /setup).
          const page = await fetch(`${url}/setup`, { headers: { accept: 'text/html' } });
          expect(page.status).toBe(200);
        } finally {
          server.kill('SIGTERM');
        }
        expect((await exited(server)).code, stderr()).toBe(0);
      }
      expect(tokens[0]).not.toBe(tokens[1]);
      const pepperFile = path.join(dataDir, PEPPER_FILE_NAME);
      expect(statSync(pepperFile).mode & 0o777).toBe(0o600);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
      await rm(staticDir, { recursive: true, force: true });
    }
  });
});
