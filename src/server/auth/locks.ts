/**
 * Transaction-scoped advisory locks that serialise account changes across server
 * processes (PostgreSQL) and cost nothing on PGlite. Arbitrary fixed keys, distinct from
 * the migration lock's.
 */
import type { Sql } from '../store/store';

/** Setup (only one first admin) and admin changes (never zero active admins). */
const ACCOUNTS_LOCK_KEY = 4_907_263_201;

export async function lockAccounts(tx: Sql): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock(${ACCOUNTS_LOCK_KEY})`);
}
