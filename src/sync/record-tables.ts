/**
 * The record tables of the local store, as the engine needs them: all of them at once for
 * the one transaction that applies a server answer, and a way to delete a partition's
 * records whichever indexes a table has.
 */
import type { Table } from 'dexie';
import type { AnyRecord } from '../domain';
import { TABLE_FOR_KIND, type OurPlanDatabase } from '../db';

export function recordTables(db: OurPlanDatabase): Table<AnyRecord, string>[] {
  const names = [...new Set(Object.values(TABLE_FOR_KIND))];
  return names.map((name) => db.table(name) as Table<AnyRecord, string>);
}

/** Deletes every record of a partition (case) from the device. Returns how many. */
export async function deletePartitionRecords(
  db: OurPlanDatabase,
  partition: string,
): Promise<number> {
  let count = 0;
  for (const table of recordTables(db)) {
    const indexed = table.schema.indexes.some((i) => i.name === 'caseId');
    // Tables without a caseId index hold organisation content (or the case itself, whose
    // caseId is its own id): a scan is fine for something that happens this rarely.
    count += indexed
      ? await table.where('caseId').equals(partition).delete()
      : await table.filter((r) => r.caseId === partition).delete();
  }
  return count;
}
