/**
 * The pull half of a sync (DESIGN.md §5): what changed since the device's checkpoint, as
 * this actor may see it.
 *
 * - Partitions: the cases the actor has access to, 'org' for everyone, and 'anonymous'
 *   (signposting counts) for admins.
 * - Order and checkpoint: records with version > checkpoint[p], ordered by (partition,
 *   version), at most `limit` per response. The new checkpoint of a partition is the
 *   highest version *read* (including records filtered out for this actor), so it never
 *   passes a record that was not sent, and never re-reads filtered ones. Versions are
 *   bumped under the partition's row lock and committed in order, so nothing can later
 *   commit below a checkpoint.
 * - Removal: a partition in the checkpoint that the actor can no longer see is listed in
 *   `removed` (delete everything of it on the device) and left out of the new checkpoint.
 * - Reset: when what the actor may see *within* a case changed (their own membership or
 *   sharing settings changed since their checkpoint; for a carer, any membership or
 *   sharing record they cannot see changed), the partition is listed in `removed` AND its
 *   whole visible set is sent again in the same response, so records that became hidden
 *   disappear and records that became visible arrive even though their versions are below
 *   the checkpoint. Devices apply `removed` before `changes`. A reset partition is always
 *   sent whole (it may take a response past `limit`), so its checkpoint moves past the
 *   change that caused it and the reset does not repeat.
 */
import { ORG_PARTITION, type AnyRecord, type Checkpoint } from '../../domain';
import type { CaseAccess } from '../access/case-access';
import { accessByCase, loadActorAccessRecords, type AccessRecord } from '../access/load';
import { ANONYMOUS_PARTITION } from '../access/partitions';
import { viewRecord } from '../access/read-policy';
import type { Actor } from '../auth/actor';
import type { Sql } from '../store/store';

export interface PullResult {
  changes: AnyRecord[];
  removed: string[];
  checkpoint: Checkpoint;
  more: boolean;
  /** Case partitions from which records were sent (each is a read of that case). */
  read: Map<string, CaseAccess>;
}

interface RecordRow extends Record<string, unknown> {
  partition: string;
  version: number;
  data: AnyRecord;
}

const CHANGED_SINCE = `
SELECT r.partition, r.version, r.data
  FROM jsonb_each_text($1::jsonb) AS c(partition, since)
  JOIN records r ON r.partition = c.partition AND r.version > c.since::bigint
 ORDER BY r.partition, r.version
 LIMIT $2`;

const WHOLE = `
SELECT partition, version, data FROM records
 WHERE partition IN (SELECT jsonb_array_elements_text($1::jsonb))
 ORDER BY partition, version`;

const ACCESS_KINDS_SINCE = `
SELECT r.partition, r.version, r.data
  FROM jsonb_each_text($1::jsonb) AS c(partition, since)
  JOIN records r ON r.partition = c.partition AND r.version > c.since::bigint
 WHERE r.kind IN ('case-membership', 'sharing-settings')`;

/** The partitions this actor can see, with their access (null: not a case). */
function visiblePartitions(
  actor: Actor,
  cases: Map<string, CaseAccess>,
): Map<string, CaseAccess | null> {
  const visible = new Map<string, CaseAccess | null>(cases);
  visible.set(ORG_PARTITION, null);
  if (actor.roles.includes('admin')) visible.set(ANONYMOUS_PARTITION, null);
  return visible;
}

async function resetPartitions(
  sql: Sql,
  actor: Actor,
  visible: Map<string, CaseAccess | null>,
  since: (p: string) => number,
  accessRecords: readonly AccessRecord[],
): Promise<Set<string>> {
  const resets = new Set<string>();
  for (const r of accessRecords) {
    if (visible.has(r.partition) && since(r.partition) > 0 && r.version > since(r.partition))
      resets.add(r.partition);
  }
  const carerCases = [...visible].filter(
    ([p, a]) => a?.role === 'carer' && since(p) > 0 && !resets.has(p),
  );
  if (carerCases.length > 0) {
    const sinceJson = JSON.stringify(Object.fromEntries(carerCases.map(([p]) => [p, since(p)])));
    for (const row of await sql.query<RecordRow>(ACCESS_KINDS_SINCE, [sinceJson])) {
      if (viewRecord(actor, row.partition, visible.get(row.partition) ?? null, row.data) === null)
        resets.add(row.partition);
    }
  }
  return resets;
}

export async function pull(
  sql: Sql,
  actor: Actor,
  checkpoint: Checkpoint,
  limit: number,
): Promise<PullResult> {
  const accessRecords = await loadActorAccessRecords(sql, actor);
  const visible = visiblePartitions(actor, accessByCase(actor, accessRecords));
  const since = (p: string): number => checkpoint[p] ?? 0;
  const removed = Object.keys(checkpoint).filter((p) => !visible.has(p));
  const resets = await resetPartitions(sql, actor, visible, since, accessRecords);

  const next: Checkpoint = {};
  for (const p of visible.keys()) next[p] = resets.has(p) ? 0 : since(p);
  const rows: RecordRow[] = [];
  if (resets.size > 0)
    rows.push(...(await sql.query<RecordRow>(WHOLE, [JSON.stringify([...resets])])));

  const budget = Math.max(0, limit - rows.length);
  const normal = Object.fromEntries(
    [...visible.keys()].filter((p) => !resets.has(p)).map((p) => [p, since(p)]),
  );
  const page = await sql.query<RecordRow>(CHANGED_SINCE, [JSON.stringify(normal), budget + 1]);
  const more = page.length > budget;
  rows.push(...page.slice(0, budget));

  const changes: AnyRecord[] = [];
  const read = new Map<string, CaseAccess>();
  for (const row of rows) {
    next[row.partition] = Math.max(next[row.partition] ?? 0, Number(row.version));
    const access = visible.get(row.partition) ?? null;
    const view = viewRecord(actor, row.partition, access, row.data);
    if (view === null) continue;
    changes.push(view);
    if (access) read.set(row.partition, access);
  }
  return { changes, removed: [...removed, ...resets], checkpoint: next, more, read };
}
