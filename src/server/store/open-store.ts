/**
 * Chooses the store from the configuration: PostgreSQL when DATABASE_URL is set,
 * otherwise the embedded PGlite in DATA_DIR.
 */
import type { Config } from '../config';
import { openPgliteStore } from './pglite';
import { openPostgresStore } from './postgres';
import type { Store } from './store';

export interface OpenStoreHooks {
  /** Something worth telling the operator that is not an error (e.g. a stale lock taken over). */
  warn?: (message: string) => void;
}

export function openStore(
  config: Pick<Config, 'databaseUrl' | 'dataDir'>,
  hooks: OpenStoreHooks = {},
): Promise<Store> {
  if (config.databaseUrl !== null) {
    return openPostgresStore({
      connectionString: config.databaseUrl,
      onIdleError: (error) => hooks.warn?.(`PostgreSQL connection error: ${error.message}`),
    });
  }
  return openPgliteStore({
    dataDir: config.dataDir,
    lock: {
      onStaleLock: (previous) =>
        hooks.warn?.(
          `Took over a stale lock on ${config.dataDir} left by process ${previous.pid} (started ${previous.startedAt}), which is no longer running.`,
        ),
    },
  });
}
