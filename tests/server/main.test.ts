/**
 * The entry point as `npm start` runs it, in a child process: it prints where to open the
 * app, serves it, refuses a second server on the same data directory, and stops cleanly
 * on SIGTERM, releasing the lock.
 */
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCK_FILE_NAME } from '../../src/server/store/data-dir-lock';
import { collect, exited, spawnTs, waitForLine } from './fixtures/child';
import { makeTempDir } from './helpers/temp';
import { seededDataDir } from './helpers/pglite-template';
import { makeStaticDir } from './helpers/static-fixture';

const MAIN = path.join('src', 'server', 'main.ts');

describe('src/server/main.ts', () => {
  let dataDir: string;
  let staticDir: string;
  let emptyDir: string;

  beforeAll(async () => {
    dataDir = await seededDataDir();
    staticDir = await makeStaticDir();
    emptyDir = await makeTempDir('main-empty');
  });
  afterAll(async () => {
    for (const dir of [dataDir, staticDir, emptyDir])
      await rm(dir, { recursive: true, force: true });
  });

  const env = (extra: Record<string, string> = {}) => ({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    STATIC_DIR: staticDir,
    LOG_LEVEL: 'silent',
    DATABASE_URL: '',
    ...extra,
  });

  it('starts, says where to open the app, and stops cleanly on SIGTERM', async () => {
    const server = spawnTs(MAIN, [], env());
    const stdout = collect(server.stdout);
    const stderr = collect(server.stderr);
    try {
      const [, url] = await waitForLine(server, /Open (http:\/\/127\.0\.0\.1:\d+)\/ in a browser/);
      expect(stdout()).not.toContain('has not been built');

      const health = await fetch(`${url}/api/health`);
      expect(health.status).toBe(200);
      expect(await health.text()).toContain('"backend":"pglite"');
      expect(existsSync(path.join(dataDir, LOCK_FILE_NAME))).toBe(true);

      // A second server on the same data directory is refused, saying why.
      const second = spawnTs(MAIN, [], env());
      const secondErr = collect(second.stderr);
      expect((await exited(second)).code).toBe(1);
      expect(secondErr()).toContain(`Another OurPlan server (process ${server.pid}`);
    } finally {
      server.kill('SIGTERM');
    }
    const { code } = await exited(server);
    expect(code, stderr()).toBe(0);
    expect(stdout()).toContain('Stopped.');
    expect(existsSync(path.join(dataDir, LOCK_FILE_NAME))).toBe(false);
  });

  it('says to build the app when the static directory has none', async () => {
    const server = spawnTs(MAIN, [], env({ STATIC_DIR: emptyDir }));
    const stdout = collect(server.stdout);
    try {
      await waitForLine(server, /Run `npm run build`/);
      expect(stdout()).toContain(`The app has not been built: ${emptyDir} has no index.html.`);
    } finally {
      server.kill('SIGINT');
    }
    expect((await exited(server)).code).toBe(0);
  });

  it('refuses to start with a bad configuration, listing the problems', async () => {
    const server = spawnTs(MAIN, [], env({ PORT: 'eighty', TLS_CERT_FILE: 'cert.pem' }));
    const stderr = collect(server.stderr);
    expect((await exited(server)).code).toBe(1);
    expect(stderr()).toContain('PORT must be a whole number');
    expect(stderr()).toContain('TLS_CERT_FILE and TLS_KEY_FILE go together');
  });
});
