/**
 * The server the sync benchmark measures: the real OurPlan server (`src/server/main.ts`,
 * as `npm start` runs it) in a child process on loopback, so the simulated devices in
 * this process never share an event loop or a core with it. PGlite starts from a copy of
 * the test template cluster; PostgreSQL gets a fresh schema of TEST_DATABASE_URL, as the
 * server tests do. The first-run setup token is read from what the server prints.
 *
 * After stop(), inspect() opens the same store in this process to check what it holds.
 */
import { rm } from 'node:fs/promises';
import { loadConfig } from '../../src/server/config.ts';
import { openStore } from '../../src/server/store/open-store.ts';
import type { Backend, Store } from '../../src/server/store/store.ts';
import { createPostgresSchema } from '../server/helpers/backends.ts';
import { seededDataDir } from '../server/helpers/pglite-template.ts';
import { makeStaticDir } from '../server/helpers/static-fixture.ts';
import { makeTempDir } from '../server/helpers/temp.ts';
import { startServer } from '../support/server-process.ts';

export interface SyncBenchServer {
  backend: Backend;
  /** e.g. http://127.0.0.1:41234 (no trailing slash) */
  url: string;
  setupToken: string;
  /** The server's own output so far, for error messages. */
  output(): string;
  stop(): Promise<void>;
  /** Opens the store the stopped server used and runs `fn` on it. */
  inspect<T>(fn: (store: Store) => Promise<T>): Promise<T>;
  /** Removes its data directory or schema. */
  cleanUp(): Promise<void>;
}

async function waitForToken(output: () => string, timeoutMs = 10_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const token = /#token=([A-Za-z0-9_-]+)/.exec(output())?.[1];
    if (token) return token;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`The server printed no setup link:\n${output()}`);
}

export async function startSyncBenchServer(backend: Backend): Promise<SyncBenchServer> {
  const staticDir = await makeStaticDir();
  const dataDir = backend === 'pglite' ? await seededDataDir() : await makeTempDir('data');
  const schema = backend === 'postgres' ? await createPostgresSchema() : null;
  const env: Record<string, string> = {
    DATA_DIR: dataDir,
    STATIC_DIR: staticDir,
    DATABASE_URL: schema?.url ?? '',
    LOG_LEVEL: 'warn',
  };
  const cleanUp = async () => {
    await schema?.drop();
    await rm(dataDir, { recursive: true, force: true });
    await rm(staticDir, { recursive: true, force: true });
  };
  try {
    const server = await startServer(env);
    const setupToken = await waitForToken(server.output);
    return {
      backend,
      url: server.url.replace(/\/$/, ''),
      setupToken,
      output: server.output,
      stop: server.stop,
      async inspect(fn) {
        const store = await openStore(loadConfig({ ...env, LOG_LEVEL: 'silent' }));
        try {
          return await fn(store);
        } finally {
          await store.close();
        }
      },
      cleanUp,
    };
  } catch (error) {
    await cleanUp();
    throw error;
  }
}
