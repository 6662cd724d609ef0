// Every record a device holds, in a form that compares across devices and with the server.
import { canonicalJson, type AnyRecord } from '../../../src/domain';
import type { OurPlanDatabase } from '../../../src/db/database';
import { recordTables } from '../../../src/sync/record-tables';

export async function deviceRecords(db: OurPlanDatabase): Promise<AnyRecord[]> {
  const all: AnyRecord[] = [];
  for (const table of recordTables(db)) all.push(...(await table.toArray()));
  return sortById(all);
}

export function sortById(records: AnyRecord[]): AnyRecord[] {
  return [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Canonical JSON of live and deleted records, apart: both must match. */
export function canonical(records: AnyRecord[]): { live: string[]; deleted: string[] } {
  const sorted = sortById(records);
  return {
    live: sorted.filter((r) => !r.deleted).map(canonicalJson),
    deleted: sorted.filter((r) => r.deleted).map(canonicalJson),
  };
}
