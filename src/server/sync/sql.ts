/**
 * The SQL of a push: loading records by id and writing a partition's changes in three
 * batched statements (jsonb parameters work the same on PGlite and PostgreSQL, where
 * array parameters differ).
 */
import type { AnyRecord } from '../../domain';
import type { Sql } from '../store/store';

export interface Change {
  record: AnyRecord;
  /** The partition version of the change. */
  version: number;
}

export interface AppliedRow {
  id: string;
  recordId: string;
  version: number;
  userId: string;
  deviceId: string;
  hash: string;
}

/** Records by id, from any partition (a write naming a record of another case is refused). */
export async function loadRecords(
  sql: Sql,
  ids: readonly string[],
): Promise<Map<string, AnyRecord>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await sql.query<{ data: AnyRecord }>(
    'SELECT data FROM records WHERE id IN (SELECT jsonb_array_elements_text($1::jsonb))',
    [JSON.stringify(unique)],
  );
  return new Map(rows.map((r) => [r.data.id, r.data]));
}

// The WHERE keeps a record in its partition: if another case's push created the same id
// between our read and this write, no row comes back and the group runs again.
const UPSERT_RECORDS = `
INSERT INTO records (id, partition, kind, case_id, version, data, updated_at)
SELECT x.id, $1, x.kind, x.case_id, x.version, x.data, now()
  FROM jsonb_to_recordset($2::jsonb) AS x(id text, kind text, case_id text, version bigint, data jsonb)
ON CONFLICT (id) DO UPDATE
   SET version = excluded.version, data = excluded.data, updated_at = excluded.updated_at
 WHERE records.partition = excluded.partition
RETURNING id`;

const INSERT_APPLIED = `
INSERT INTO applied_mutations (id, partition, record_id, version, device_id, user_id, hash)
SELECT x.id, $1, x."recordId", x.version, x."deviceId", x."userId", x.hash
  FROM jsonb_to_recordset($2::jsonb) AS x(id text, "recordId" text, version bigint,
       "deviceId" text, "userId" text, hash text)
ON CONFLICT (id) DO NOTHING
RETURNING id`;

/** Writes the changes and applied ids; false when a concurrent push got an id first. */
export async function writeChanges(
  tx: Sql,
  partition: string,
  changes: ReadonlyMap<string, Change>,
  applied: readonly AppliedRow[],
): Promise<boolean> {
  const rows = [...changes.values()].map(({ record, version }) => ({
    id: record.id,
    kind: record.kind,
    case_id: record.caseId,
    version,
    data: record,
  }));
  const written = await tx.query(UPSERT_RECORDS, [partition, JSON.stringify(rows)]);
  if (written.length !== rows.length) return false;
  const ids = await tx.query(INSERT_APPLIED, [partition, JSON.stringify(applied)]);
  return ids.length === applied.length;
}
