/**
 * The organisation's directory as school staff without an account may see it
 * (GET /api/public/directory): its own live `directory-resource` records, and the bundled
 * national entries its admins switched off (`disabledDirectoryIds` on the organisation
 * record). Only directory fields leave the server: the records' envelopes name the staff
 * who wrote them (createdBy, writers) and may keep replaced values (conflicts), so each
 * record is cut down to the kind's own data fields.
 */
import { ORG_PARTITION, directoryResourceKind, type AnyRecord } from '../../domain';
import type { Sql } from '../store/store';

export interface PublicDirectoryResource {
  id: string;
  data: Record<string, unknown>;
}

export interface PublicDirectoryBody {
  resources: PublicDirectoryResource[];
  disabledDirectoryIds: string[];
  /** The latest change to anything in this answer (ISO), or null when there is nothing. */
  updatedAt: string | null;
}

interface RecordRow extends Record<string, unknown> {
  kind: string;
  data: AnyRecord;
}

/** Read from the kind at run time, so fields the kind gains are published too. */
function directoryFields(): string[] {
  return Object.keys(directoryResourceKind.data.shape);
}

function pick(record: AnyRecord, fields: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(
    fields.filter((f) => record[f] !== undefined).map((f) => [f, record[f]]),
  );
}

/** Retired entries stay in the organisation's records but are never signposted. */
function isPublished(record: AnyRecord): boolean {
  return !record.deleted && record['status'] !== 'retired';
}

/**
 * The organisation record, as devices choose it (src/db/organisation.ts): should two have
 * been made offline at once, the oldest live one is the organisation's.
 */
function organisationOf(rows: readonly RecordRow[]): AnyRecord | undefined {
  return rows
    .filter((r) => r.kind === 'organisation' && !r.data.deleted)
    .map((r) => r.data)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))[0];
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export async function readPublicDirectory(sql: Sql): Promise<PublicDirectoryBody> {
  const rows = await sql.query<RecordRow>(
    `SELECT kind, data FROM records
      WHERE partition = $1 AND kind IN ('directory-resource', 'organisation')`,
    [ORG_PARTITION],
  );
  const fields = directoryFields();
  const resources = rows
    .filter((r) => r.kind === 'directory-resource' && isPublished(r.data))
    .map((r) => ({ id: r.data.id, data: pick(r.data, fields) }))
    // A stable order, so the answer (and a cached copy) does not change without a change.
    .sort((a, b) => a.id.localeCompare(b.id));
  const organisation = organisationOf(rows);
  // A retired or deleted entry is a change too: a device's copy must learn it went.
  const updatedAt = rows
    .filter((r) => r.kind === 'directory-resource' || r.data === organisation)
    .map((r) => r.data.updatedAt)
    // Compared as instants: stamps from different devices may differ in their offset form.
    .reduce<string | null>(
      (latest, at) => (latest === null || Date.parse(at) > Date.parse(latest) ? at : latest),
      null,
    );
  return {
    resources,
    disabledDirectoryIds: stringList(organisation?.['disabledDirectoryIds']),
    updatedAt,
  };
}
