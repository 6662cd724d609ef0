/**
 * The embedded store: PGlite (PostgreSQL compiled to WebAssembly) with its data on disk,
 * so `npm start` needs no separate database (DESIGN.md §2).
 *
 * Layout of the data directory:
 *   <dataDir>/server.lock   who is using it (see data-dir-lock.ts)
 *   <dataDir>/pglite/       PostgreSQL's own data directory (PGDATA)
 */
import { PGlite } from '@electric-sql/pglite';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { acquireDataDirLock, type LockOptions } from './data-dir-lock';
import { DurableNodeFS, durableStartParams, fsyncTree } from './durable-nodefs';
import { runMigrations } from './migrate';
import { migrations } from './migrations/index';
import type { Row, Sql, Store, StoreHealth } from './store';

export interface PgliteStoreOptions {
  dataDir: string;
  lock?: LockOptions;
}

/** The store plus what tests need to check durability. */
export interface PgliteStore extends Store {
  readonly backend: 'pglite';
  /** How many fsyncs PostgreSQL has issued since the store opened. */
  fsyncCount(): number;
}

interface Queryable {
  query<T>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
  exec(sql: string): Promise<unknown>;
}

function sqlOn(db: Queryable): Sql {
  return {
    async query<T extends Row = Row>(sql: string, params: readonly unknown[] = []) {
      const result = await db.query<T>(sql, [...params]);
      return result.rows;
    },
    async exec(script: string) {
      await db.exec(script);
    },
  };
}

export async function openPgliteStore(options: PgliteStoreOptions): Promise<PgliteStore> {
  const lock = acquireDataDirLock(options.dataDir, options.lock);
  const pgdata = path.join(options.dataDir, 'pglite');
  const isNew = !existsSync(path.join(pgdata, 'PG_VERSION'));
  const fs = new DurableNodeFS(pgdata);

  let db: PGlite;
  try {
    db = await PGlite.create({ fs, startParams: [...durableStartParams] });
    if (isNew) fsyncTree(pgdata);
  } catch (error) {
    lock.release();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Could not open the embedded database in ${pgdata}: ${reason}`, {
      cause: error,
    });
  }

  const sql = sqlOn(db);
  let closed = false;

  return {
    backend: 'pglite',
    query: sql.query,
    exec: sql.exec,
    transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T> {
      return db.transaction((tx) => fn(sqlOn(tx)));
    },
    migrate() {
      return runMigrations((fn) => db.transaction((tx) => fn(sqlOn(tx))), migrations);
    },
    async health(): Promise<StoreHealth> {
      try {
        const [row] = await sql.query<{ version: string }>(
          "SELECT current_setting('server_version') AS version",
        );
        return { ok: true, backend: 'pglite', version: row?.version ?? null };
      } catch {
        return { ok: false, backend: 'pglite', version: null };
      }
    },
    fsyncCount: () => fs.fsyncCount,
    async close() {
      if (closed) return;
      closed = true;
      try {
        await db.close();
      } finally {
        lock.release();
      }
    },
  };
}
