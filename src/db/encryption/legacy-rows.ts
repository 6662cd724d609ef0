/**
 * Rows stored before encryption existed (database version 5 and earlier) are sealed the
 * first time the device is unlocked after the upgrade: each encrypted table is read and
 * written back through the middleware, in one transaction, once. Until then they are
 * read as they are (the middleware opens only sealed rows). A mark in `meta` says it is
 * done, so later unlocks cost nothing.
 */
import type { Table } from 'dexie';
import type { OurPlanDatabase } from '../database';
import { CLEAR_TABLES } from './table-policy';

const DONE_KEY = 'sealed-at-rest';

export async function sealLegacyRows(db: OurPlanDatabase): Promise<void> {
  if ((await db.meta.get(DONE_KEY))?.value === true) return;
  const tables = db.tables.filter((table) => !CLEAR_TABLES.has(table.name));
  await db.transaction('rw', [...tables, db.meta], async () => {
    for (const table of tables as Table<unknown, unknown>[]) {
      const rows = await table.toArray();
      if (rows.length > 0) await table.bulkPut(rows);
    }
    await db.meta.put({ key: DONE_KEY, value: true });
  });
}
