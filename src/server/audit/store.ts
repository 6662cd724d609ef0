/**
 * Appending to and reading the audit chains in SQL. Appends lock each partition's head
 * row (audit_heads) in one upsert, in partition order so that transactions appending to
 * several chains at once never deadlock; the row lock serialises every appender of a
 * chain, whether it holds the partition's sync lock (writes) or not (reads).
 */
import type { Sql } from '../store/store';
import { AUDIT_GENESIS_HASH, chain, type AuditEntry, type ChainedEntry } from './chain';

interface HeadRow extends Record<string, unknown> {
  partition: string;
  seq: number;
  hash: string;
}

const LOCK_HEADS = `
INSERT INTO audit_heads (partition, seq, hash)
SELECT p, 0, $2 FROM jsonb_array_elements_text($1::jsonb) AS p ORDER BY p
ON CONFLICT (partition) DO UPDATE SET partition = excluded.partition
RETURNING partition, seq, hash`;

const INSERT_EVENTS = `
INSERT INTO audit_events
  (partition, seq, id, case_id, actor_id, actor_role, device_id, action, kind, record_id, at, prev_hash, hash)
SELECT partition, seq, id, "caseId", "actorId", "actorRole", "deviceId", action, kind, "recordId", at, "prevHash", hash
  FROM jsonb_to_recordset($1::jsonb) AS x(partition text, seq bigint, id text, "caseId" text,
    "actorId" text, "actorRole" text, "deviceId" text, action text, kind text, "recordId" text,
    at timestamptz, "prevHash" text, hash text)`;

const UPDATE_HEADS = `
UPDATE audit_heads h SET seq = x.seq, hash = x.hash
  FROM jsonb_to_recordset($1::jsonb) AS x(partition text, seq bigint, hash text)
 WHERE h.partition = x.partition`;

/** Appends entries (to any number of partitions) inside the caller's transaction. */
export async function appendAudit(tx: Sql, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const partitions = [...new Set(entries.map((e) => e.partition))].sort();
  const heads = await tx.query<HeadRow>(LOCK_HEADS, [
    JSON.stringify(partitions),
    AUDIT_GENESIS_HASH,
  ]);
  const rows: ChainedEntry[] = [];
  const newHeads: { partition: string; seq: number; hash: string }[] = [];
  for (const head of heads) {
    const chained = chain(
      { seq: Number(head.seq), hash: head.hash },
      entries.filter((e) => e.partition === head.partition),
    );
    rows.push(...chained);
    const last = chained[chained.length - 1];
    if (last) newHeads.push({ partition: head.partition, seq: last.seq, hash: last.hash });
  }
  await tx.query(INSERT_EVENTS, [JSON.stringify(rows)]);
  await tx.query(UPDATE_HEADS, [JSON.stringify(newHeads)]);
}

interface EventRow extends Record<string, unknown> {
  partition: string;
  seq: number;
  id: string;
  case_id: string | null;
  actor_id: string;
  actor_role: string;
  device_id: string | null;
  action: ChainedEntry['action'];
  kind: string | null;
  record_id: string | null;
  at: Date | string;
  prev_hash: string;
  hash: string;
}

function fromRow(r: EventRow): ChainedEntry {
  return {
    partition: r.partition,
    seq: Number(r.seq),
    id: r.id,
    caseId: r.case_id,
    actorId: r.actor_id,
    actorRole: r.actor_role,
    deviceId: r.device_id,
    action: r.action,
    kind: r.kind,
    recordId: r.record_id,
    at: new Date(r.at).toISOString(),
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}

/** A partition's whole chain, in order. */
export async function readChain(sql: Sql, partition: string): Promise<ChainedEntry[]> {
  const rows = await sql.query<EventRow>(
    'SELECT * FROM audit_events WHERE partition = $1 ORDER BY seq',
    [partition],
  );
  return rows.map(fromRow);
}
