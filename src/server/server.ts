/**
 * Starts the whole server from a configuration: store, migrations, HTTP. Used by main.ts
 * and by the tests, so tests run exactly what `npm start` runs.
 */
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import { backfillUserRecords } from './accounts/user-records-backfill';
import type { Config } from './config';
import { buildApp } from './http/app';
import { openStore } from './store/open-store';
import type { MigrationReport, Store, StoreHealth } from './store/store';

export interface RunningServer {
  app: FastifyInstance;
  store: Store;
  /** Where this process listens, e.g. http://127.0.0.1:8080 (no trailing slash). */
  listenUrl: string;
  /** What people should open: PUBLIC_ORIGIN when set, otherwise listenUrl (localhost for 0.0.0.0). */
  publicUrl: string;
  migrations: MigrationReport;
  storeHealth: StoreHealth;
  /** Stops taking requests, lets those in flight finish, then closes the store. */
  close(): Promise<void>;
}

export interface StartOptions {
  logger?: FastifyBaseLogger;
}

function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}

export async function startServer(
  config: Config,
  options: StartOptions = {},
): Promise<RunningServer> {
  // Until the app (and its logger) exists, warnings from the store wait here.
  const pending: string[] = [];
  let warn = (message: string): void => void pending.push(message);

  const store = await openStore(config, { warn: (message) => warn(message) });
  let app: FastifyInstance | undefined;
  try {
    const migrations = await store.migrate();
    const storeHealth = await store.health();
    app = await buildApp({ config, store, ...(options.logger ? { logger: options.logger } : {}) });
    const log = app.log;
    warn = (message) => log.warn(message);
    pending.forEach((message) => log.warn(message));
    if (migrations.applied.length > 0) {
      log.info({ applied: migrations.applied }, 'database migrated');
    }
    // Before listening, so no device pulls the organisation without everyone's record.
    const backfill = await backfillUserRecords(store);
    if (backfill.written > 0) log.info({ written: backfill.written }, 'user records written');
    if (backfill.refused.length > 0)
      log.warn(
        { accounts: backfill.refused },
        'accounts without a user record: the domain refuses their details',
      );

    await app.listen({ port: config.port, host: config.host });
    const address = app.server.address() as AddressInfo;
    const scheme = config.tls ? 'https' : 'http';
    const listenUrl = `${scheme}://${urlHost(config.host)}:${address.port}`;
    const running = app;

    return {
      app: running,
      store,
      listenUrl,
      publicUrl: config.publicOrigin ?? listenUrl,
      migrations,
      storeHealth,
      async close() {
        try {
          await running.close();
        } finally {
          await store.close();
        }
      },
    };
  } catch (error) {
    await app?.close().catch(() => undefined);
    await store.close().catch(() => undefined);
    throw error;
  }
}
