/**
 * Passwords (DESIGN.md §10): stored as argon2id (64 MiB, t=3, p=1) with the server pepper,
 * so a hash verifies only with the pepper; the pepper comes from PASSWORD_PEPPER or a
 * 0600 file in DATA_DIR, and a server with a different pepper than the database was set
 * up with refuses to start instead of locking everyone out silently.
 */
import { verify } from '@node-rs/argon2';
import { statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/server/config';
import { PEPPER_FILE_NAME } from '../../src/server/auth/pepper';
import { startServer } from '../../src/server/server';
import { AuthClient } from './helpers/auth-client';
import {
  activeStaff,
  setUpFirstAdmin,
  startAuthServer,
  TEST_PEPPER,
} from './helpers/auth-fixtures';
import { backends, placeFor } from './helpers/backends';
import type { TestServer } from './helpers/test-server';
import path from 'node:path';

describe.each(backends)('password storage on %s', (backend) => {
  let ts: TestServer;
  let admin: AuthClient;

  beforeAll(async () => {
    ts = await startAuthServer(backend);
    ({ admin } = await setUpFirstAdmin(ts));
  });
  afterAll(async () => {
    await ts?.close();
  });

  it('stores an argon2id hash that verifies only with the pepper', async () => {
    const password = 'Pässwörd mit Ümläüten 🙂 "quotes" \\ and spaces ';
    const { id } = await activeStaff(ts, admin, 'hash@example.org', password);
    const [row] = await ts.server.store.query<{ password_hash: string }>(
      'SELECT password_hash FROM users WHERE id = $1',
      [id],
    );
    const stored = row?.password_hash ?? '';
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=65536,t=3,p=1\$/);
    expect(stored).not.toContain(password);
    const secret = Buffer.from(TEST_PEPPER, 'utf8');
    expect(await verify(stored, password.normalize('NFC'), { secret })).toBe(true);
    expect(await verify(stored, password.normalize('NFC'))).toBe(false);
    expect(
      await verify(stored, password.normalize('NFC'), { secret: Buffer.from('other pepper') }),
    ).toBe(false);
  });

  it('accepts the same password typed composed or decomposed (NFC)', async () => {
    const composed = 'caf\u00e9 au lait, s\u2019il vous pla\u00eet';
    await activeStaff(ts, admin, 'nfc@example.org', composed);
    const response = await new AuthClient(ts.url).post('/api/auth/sign-in', {
      email: 'nfc@example.org',
      password: composed.normalize('NFD'),
    });
    expect(response.status).toBe(200);
  });

  it('refuses passwords under 12 or over 256 characters with problem keys', async () => {
    const short = await admin.post('/api/admin/users', {
      displayName: 'x',
      email: 'pw@example.org',
      roles: ['practitioner'],
    });
    const code = (short.body['activation'] as { link: string }).link.split('#code=')[1];
    const client = new AuthClient(ts.url);
    const tooShort = await client.post('/api/accounts/activate', { code, password: '11 chars...' });
    expect(tooShort.status).toBe(400);
    expect(tooShort.body['problems']).toEqual([
      { path: ['password'], key: 'tooShort', params: { minimum: 12 } },
    ]);
    const tooLong = await client.post('/api/accounts/activate', {
      code,
      password: 'x'.repeat(257),
    });
    expect(tooLong.body['problems']).toEqual([
      { path: ['password'], key: 'tooLong', params: { maximum: 256 } },
    ]);
    // Exactly 256, any characters: fine.
    const longest = await client.post('/api/accounts/activate', {
      code,
      password: '\u0000\t<>&'.repeat(51) + 'x',
    });
    expect(longest.status).toBe(200);
  });
});

describe.each(backends)('the pepper on %s', (backend) => {
  it('is made once in DATA_DIR (0600), reused, and a different one is refused', async () => {
    const place = await placeFor(backend);
    const base = { PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', ...place.env };
    try {
      const first = await startServer(loadConfig(base));
      await first.close();
      const file = path.join(place.dataDir, PEPPER_FILE_NAME);
      expect(statSync(file).mode & 0o777).toBe(0o600);

      const again = await startServer(loadConfig(base));
      await again.close();

      await expect(
        startServer(loadConfig({ ...base, PASSWORD_PEPPER: TEST_PEPPER })),
      ).rejects.toThrow(/password pepper is not the one this database was set up with/);
    } finally {
      await place.cleanUp();
    }
  });
});

describe('PASSWORD_PEPPER in the configuration', () => {
  it('must be at least 32 characters, and is never echoed', () => {
    try {
      loadConfig({ PASSWORD_PEPPER: 'tooShortSecret' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).message).toContain('PASSWORD_PEPPER must be at least 32');
      expect((error as ConfigError).message).not.toContain('tooShortSecret');
    }
    expect(loadConfig({ PASSWORD_PEPPER: TEST_PEPPER }).passwordPepper).toBe(TEST_PEPPER);
    expect(loadConfig({}).passwordPepper).toBeUndefined();
  });
});
