/**
 * Starts the real server (the same startServer that `npm start` runs) on 127.0.0.1 with
 * an OS-chosen port, a temporary data directory or PostgreSQL schema, and the fake
 * dist/ from static-fixture.ts. Tests talk to it over HTTP with fetch.
 */
import { rm } from 'node:fs/promises';
import { loadConfig, type Config } from '../../../src/server/config';
import { startServer, type RunningServer } from '../../../src/server/server';
import type { Backend } from '../../../src/server/store/store';
import { placeFor } from './backends';
import { makeStaticDir } from './static-fixture';

export interface TestServer {
  /** e.g. http://127.0.0.1:41234 (no trailing slash) */
  url: string;
  config: Config;
  server: RunningServer;
  staticDir: string;
  dataDir: string;
  close(): Promise<void>;
}

export async function startTestServer(
  backend: Backend,
  env: Record<string, string> = {},
): Promise<TestServer> {
  const place = await placeFor(backend);
  const staticDir = await makeStaticDir();
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    STATIC_DIR: staticDir,
    LOG_LEVEL: 'silent',
    ...place.env,
    ...env,
  });
  let server: RunningServer;
  try {
    server = await startServer(config);
  } catch (error) {
    await place.cleanUp();
    throw error;
  }
  let closed = false;
  return {
    url: server.listenUrl,
    config,
    server,
    staticDir,
    dataDir: place.dataDir,
    async close() {
      if (closed) return;
      closed = true;
      await server.close();
      await place.cleanUp();
      await rm(staticDir, { recursive: true, force: true });
    },
  };
}
