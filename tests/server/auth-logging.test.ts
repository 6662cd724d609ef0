/**
 * Logs never carry passwords, session tokens, setup tokens or activation codes
 * (DESIGN.md §10), even at the most detailed level, through setup, activation, sign-in,
 * a failed sign-in and sign-out.
 */
import { rm } from 'node:fs/promises';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/server/config';
import { loggerOptions } from '../../src/server/http/logger';
import { startServer, type RunningServer } from '../../src/server/server';
import { AuthClient } from './helpers/auth-client';
import { ADMIN_PASSWORD, TEST_PEPPER, createStaff, firstRunToken } from './helpers/auth-fixtures';
import { placeFor, type BackendPlace } from './helpers/backends';
import { makeStaticDir } from './helpers/static-fixture';

describe('auth logging', () => {
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

  it('never logs a password, token or code', async () => {
    const { token } = await firstRunToken({ server });
    const url = server.listenUrl;
    const admin = new AuthClient(url);
    const setup = await admin.post('/api/setup', {
      token,
      organisationName: 'Org',
      displayName: 'Lead',
      email: 'lead@example.org',
      password: ADMIN_PASSWORD,
    });
    expect(setup.status).toBe(201);
    const { code } = await createStaff(admin, 'staff@example.org');
    const staffPassword = 'staff secret passphrase';
    const staff = new AuthClient(url);
    expect(
      (await staff.post('/api/accounts/activate', { code, password: staffPassword })).status,
    ).toBe(200);
    const wrong = await new AuthClient(url).post('/api/auth/sign-in', {
      email: 'staff@example.org',
      password: 'wrong secret guess',
    });
    expect(wrong.status).toBe(401);
    expect((await staff.post('/api/auth/sign-out')).status).toBe(204);

    const log = lines.join('');
    expect(log).toContain('request refused'); // logging did happen
    for (const secret of [
      ADMIN_PASSWORD,
      staffPassword,
      'wrong secret guess',
      token ?? '',
      code,
      (admin.cookie ?? '').split('=')[1] ?? '',
      TEST_PEPPER,
    ]) {
      expect(secret.length).toBeGreaterThan(8);
      expect(log).not.toContain(secret);
    }
  });
});
