/**
 * Which tables are encrypted at rest and which of their fields stay in clear (issue #10).
 *
 * Encrypted: every table of case data, the outbox, refused changes, drafts and the goal
 * summaries derived from goals. In clear:
 * - `meta`: the device's own facts, read before unlocking (the device id, its clock, who
 *   is signed in, the passcode check, the wrapped data key, settings);
 * - the organisation's reference content, the same for everyone in the service and
 *   needed on the lock screen or with no account: the organisation record, option grids,
 *   crisis lines and the directory of support.
 *
 * In an encrypted table only the fields an index needs stay in clear: the primary key
 * and the indexed fields (since version 6 these are ids, case ids and timestamps only:
 * tables.ts). Everything else is sealed (sealed-row.ts).
 */
import type { DBCoreIndex, DBCoreTableSchema } from 'dexie';

export const CLEAR_TABLES: ReadonlySet<string> = new Set([
  'meta',
  'organisations',
  'optionGrids',
  'crisisContactLists',
  'directoryResources',
]);

export interface TablePolicy {
  /** The field whose value names the row in the sealed blob's associated data. */
  identityField: string;
  clearFields: readonly string[];
}

function fieldsOf(index: DBCoreIndex): string[] {
  const { keyPath } = index;
  if (keyPath === null) return [];
  return Array.isArray(keyPath) ? keyPath : [keyPath];
}

/** How a table is sealed, or undefined when it stays in clear. */
export function policyFor(schema: DBCoreTableSchema): TablePolicy | undefined {
  if (CLEAR_TABLES.has(schema.name)) return undefined;
  const primary = schema.primaryKey;
  const clearFields = [
    ...new Set([primary, ...schema.indexes].flatMap((index) => fieldsOf(index))),
  ];
  // An auto-incremented key (the outbox's `seq`) is not known when a row is first sealed.
  const identityField =
    typeof primary.keyPath === 'string' && !primary.autoIncrement ? primary.keyPath : 'id';
  return { identityField, clearFields };
}
