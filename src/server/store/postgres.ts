/**
 * The store on PostgreSQL, chosen when DATABASE_URL is set (DESIGN.md §2: several
 * stateless API nodes behind a load balancer share one database).
 */
import pg from 'pg';
import { runMigrations } from './migrate';
import { migrations } from './migrations/index';
import type { Row, Sql, Store, StoreHealth } from './store';

export interface PostgresStoreOptions {
  connectionString: string;
  /** Connections per server process. */
  maxConnections?: number;
  /** Told about errors on idle connections (e.g. the database restarted). */
  onIdleError?: (error: Error) => void;
}

const INT8_OID = 20;
const INT8_ARRAY_OID = 1016;

/**
 * PGlite returns bigint columns as numbers when they fit exactly and as BigInt when they
 * do not; node-postgres returns strings. Make pg do what PGlite does, so code above the
 * store sees the same types on both backends (tests/server/store.test.ts checks).
 */
function parseInt8(text: string): number | bigint {
  const big = BigInt(text);
  return big >= BigInt(Number.MIN_SAFE_INTEGER) && big <= BigInt(Number.MAX_SAFE_INTEGER)
    ? Number(big)
    : big;
}

type TypeId = Parameters<typeof pg.types.getTypeParser>[0];
type TypeFormat = Parameters<typeof pg.types.getTypeParser>[1];

function defaultParser(oid: number, format?: TypeFormat): (text: string) => unknown {
  return pg.types.getTypeParser(oid as TypeId, format) as (text: string) => unknown;
}

const typeParsers: pg.CustomTypesConfig = {
  getTypeParser: (oid: TypeId, format?: TypeFormat) => {
    if (oid === INT8_OID) return parseInt8;
    if ((oid as number) === INT8_ARRAY_OID) {
      const parseArray = defaultParser(INT8_ARRAY_OID);
      return (text: string) =>
        (parseArray(text) as (string | null)[]).map((item) =>
          item === null ? null : parseInt8(item),
        );
    }
    return defaultParser(oid, format);
  },
};

/** host:port/database, never the password, for messages. */
export function describeDatabaseUrl(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    return `${url.hostname || 'localhost'}:${url.port || '5432'}${url.pathname}`;
  } catch {
    return '(unparsable DATABASE_URL)';
  }
}

interface Queryable {
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

function sqlOn(db: Queryable): Sql {
  return {
    async query<T extends Row = Row>(sql: string, params: readonly unknown[] = []) {
      const result = await db.query(sql, [...params]);
      return result.rows as T[];
    },
    async exec(script: string) {
      // Without parameters pg uses the simple query protocol, which allows several statements.
      await db.query(script);
    },
  };
}

export async function openPostgresStore(options: PostgresStoreOptions): Promise<Store> {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.maxConnections ?? 10,
    types: typeParsers,
    application_name: 'ourplan',
    connectionTimeoutMillis: 10_000,
  });
  // Without a listener, an error on an idle connection would crash the process.
  pool.on('error', (error) => options.onIdleError?.(error));

  try {
    await pool.query('SELECT 1');
  } catch (error) {
    await pool.end().catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `Could not connect to PostgreSQL at ${describeDatabaseUrl(options.connectionString)}: ${reason}`,
      { cause: error },
    );
  }

  const sql = sqlOn(pool);
  let closed = false;

  async function transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    let broken = false;
    try {
      await client.query('BEGIN');
      const result = await fn(sqlOn(client));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      try {
        await client.query('ROLLBACK');
      } catch {
        broken = true; // the connection is unusable: drop it rather than return it to the pool
      }
      throw error;
    } finally {
      client.release(broken);
    }
  }

  return {
    backend: 'postgres',
    query: sql.query,
    exec: sql.exec,
    transaction,
    migrate: () => runMigrations(transaction, migrations),
    async health(): Promise<StoreHealth> {
      try {
        const [row] = await sql.query<{ version: string }>(
          "SELECT current_setting('server_version') AS version",
        );
        return { ok: true, backend: 'postgres', version: row?.version ?? null };
      } catch {
        return { ok: false, backend: 'postgres', version: null };
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}
