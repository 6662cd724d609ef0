/**
 * Start-up step: writes the `user` record of every account that has none, i.e. accounts
 * made before the server kept these records (user-records.ts). Run by startServer after
 * the migrations, each time the server starts; once every account has its record it only
 * reads, so running it again is harmless.
 *
 * Decision (not a migration): a record is a server mutation with an HLC, an applied
 * mutation row and an audit entry chained by hash, which SQL migrations cannot make the
 * way the rest of the server does. Two nodes starting together against one PostgreSQL
 * database both run it; the organisation partition's lock makes the second find the
 * records already written.
 */
import { ORG_PARTITION, ValidationError } from '../../domain';
import type { Store } from '../store/store';
import { lockPartition } from '../sync/server-writes';
import { accountFieldsOf, writeUserRecord, type AccountColumns } from './user-records';

export interface BackfillReport {
  /** Accounts whose record was written now. */
  written: number;
  /** Accounts the domain's `user` schema refuses (e.g. an address it cannot hold): no record. */
  refused: string[];
}

const WITHOUT_RECORD = `
SELECT u.id, u.display_name, u.email, u.roles, u.active
  FROM users u
 WHERE NOT EXISTS (
   SELECT 1 FROM records r WHERE r.id = u.id AND r.partition = $1 AND r.kind = 'user')
 ORDER BY u.id`;

export async function backfillUserRecords(store: Store): Promise<BackfillReport> {
  const report: BackfillReport = { written: 0, refused: [] };
  // Checked first without the lock: the usual start, with nothing to do, writes nothing.
  if ((await store.query(WITHOUT_RECORD, [ORG_PARTITION])).length === 0) return report;
  await store.transaction(async (tx) => {
    await lockPartition(tx, ORG_PARTITION);
    for (const row of await tx.query<AccountColumns>(WITHOUT_RECORD, [ORG_PARTITION])) {
      try {
        if (await writeUserRecord(tx, accountFieldsOf(row))) report.written++;
      } catch (error) {
        // Refused before anything was written, so the transaction goes on; one odd old
        // account must not stop the server from starting.
        if (!(error instanceof ValidationError)) throw error;
        report.refused.push(row.id);
      }
    }
  });
  return report;
}
