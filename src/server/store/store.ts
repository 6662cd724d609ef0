/**
 * The server's only way to its database (DESIGN.md §2, §11).
 *
 * Deliberately narrow, so the same code and the same SQL run on the embedded PGlite and
 * on PostgreSQL, and every backend is tested through this one interface. Later issues
 * add domain operations (apply a batch, pull since a checkpoint, memberships, tombstone
 * clean-up) on top of `query` and `transaction`, not new ways in.
 */

export type Backend = 'pglite' | 'postgres';

/** A row as it comes back from the driver. Both backends return the same JS types. */
export type Row = Record<string, unknown>;

/** What a caller can do with SQL, inside or outside a transaction. */
export interface Sql {
  /** One statement with $1, $2… parameters; resolves to its rows. */
  query<T extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** A script of several statements without parameters (migrations). */
  exec(script: string): Promise<void>;
}

export interface StoreHealth {
  ok: boolean;
  backend: Backend;
  /** The database engine's version (e.g. "18.6"), or null when it cannot be reached. */
  version: string | null;
}

export interface MigrationReport {
  /** Names of the migrations applied by this call (empty when already up to date). */
  applied: string[];
  /** The highest migration id now applied. */
  schemaVersion: number;
}

export interface Store extends Sql {
  readonly backend: Backend;
  /** Applies pending migrations in order; safe to call again and from several nodes at once. */
  migrate(): Promise<MigrationReport>;
  /** Never throws: a store that cannot answer reports ok: false. */
  health(): Promise<StoreHealth>;
  /**
   * Runs `fn` in one transaction: committed when it resolves, rolled back when it throws.
   * Use only the `tx` it is given inside: on PGlite (one connection) a query through the
   * store itself would wait for the transaction to end, i.e. for ever.
   */
  transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T>;
  /** Closes connections and releases the data-directory lock. Safe to call twice. */
  close(): Promise<void>;
}
