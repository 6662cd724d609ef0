/**
 * Applies schema migrations in order, the same way on every backend.
 *
 * Each migration runs in its own transaction together with its row in schema_migrations,
 * so a failure leaves the database as it was before that migration (PostgreSQL DDL is
 * transactional). An advisory lock serialises nodes that start together against one
 * PostgreSQL database; on PGlite it costs nothing.
 */
import { createHash } from 'node:crypto';
import type { Migration } from './migrations/index';
import type { MigrationReport, Sql } from './store';

/** Arbitrary, fixed: "OurPlan migrations" for pg_advisory_xact_lock. */
const MIGRATION_LOCK_KEY = 4_907_263_118;

const CREATE_SCHEMA_MIGRATIONS = `
CREATE TABLE IF NOT EXISTS schema_migrations (
  id         integer PRIMARY KEY,
  name       text NOT NULL,
  checksum   text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now()
)`;

export class MigrationError extends Error {
  override name = 'MigrationError';
}

interface AppliedRow extends Record<string, unknown> {
  id: number;
  name: string;
  checksum: string;
}

export function checksum(migration: Migration): string {
  return createHash('sha256').update(migration.sql).digest('hex');
}

/** Catches a mistake in the list itself (duplicate or skipped ids) before touching the database. */
export function assertWellFormed(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.id !== index + 1) {
      throw new MigrationError(
        `Migration "${migration.name}" has id ${migration.id}; expected ${index + 1} (ids run 1, 2, 3… with no gaps).`,
      );
    }
  });
}

function label(migration: Pick<Migration, 'id' | 'name'>): string {
  return `${String(migration.id).padStart(4, '0')}-${migration.name}`;
}

/**
 * The database must not be ahead of this code (it was migrated by a newer version) and
 * applied migrations must not have been edited since: either way this server's idea of
 * the schema would be wrong, so it refuses to start rather than corrupt data.
 */
function assertConsistent(applied: readonly AppliedRow[], migrations: readonly Migration[]): void {
  for (const row of applied) {
    const known = migrations[row.id - 1];
    if (known === undefined) {
      throw new MigrationError(
        `The database has migration ${label(row)}, which this version of the server does not know. ` +
          'It was set up by a newer version: run that version (or restore a backup taken before the upgrade).',
      );
    }
    if (checksum(known) !== row.checksum) {
      throw new MigrationError(
        `Migration ${label(known)} has changed since it was applied to this database. ` +
          'Released migrations must never be edited: restore the original and add a new migration instead.',
      );
    }
  }
}

type Transact = <T>(fn: (tx: Sql) => Promise<T>) => Promise<T>;

export async function runMigrations(
  transaction: Transact,
  migrations: readonly Migration[],
): Promise<MigrationReport> {
  assertWellFormed(migrations);
  const applied: string[] = [];

  for (const migration of migrations) {
    await transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`);
      await tx.exec(CREATE_SCHEMA_MIGRATIONS);
      const rows = await tx.query<AppliedRow>(
        'SELECT id, name, checksum FROM schema_migrations ORDER BY id',
      );
      assertConsistent(rows, migrations);
      if (rows.some((row) => row.id === migration.id)) return;
      try {
        await tx.exec(migration.sql);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new MigrationError(`Migration ${label(migration)} failed: ${reason}`, {
          cause: error,
        });
      }
      await tx.query('INSERT INTO schema_migrations (id, name, checksum) VALUES ($1, $2, $3)', [
        migration.id,
        migration.name,
        checksum(migration),
      ]);
      applied.push(label(migration));
    });
  }

  return { applied, schemaVersion: migrations.length };
}
