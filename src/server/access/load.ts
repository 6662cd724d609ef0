/**
 * The SQL side of access: the records that decide what an actor may see and write
 * (their memberships, and the sharing settings naming them as a carer), served by the
 * partial indexes of migration 0003. The decisions themselves are pure (case-access.ts).
 */
import type { AnyRecord } from '../../domain';
import type { Actor } from '../auth/actor';
import type { Sql } from '../store/store';
import { caseAccessFrom, type CaseAccess } from './case-access';

export interface AccessRecord {
  partition: string;
  version: number;
  record: AnyRecord;
}

const ACTOR_RECORDS = `
SELECT partition, version, data FROM records
 WHERE kind = 'case-membership' AND data->>'userId' = $1
UNION ALL
SELECT partition, version, data FROM records
 WHERE kind = 'sharing-settings' AND data->>'carerUserId' = $1`;

interface Row extends Record<string, unknown> {
  partition: string;
  version: number;
  data: AnyRecord;
}

/** Every membership and sharing record about the actor, in every case (with versions). */
export async function loadActorAccessRecords(sql: Sql, actor: Actor): Promise<AccessRecord[]> {
  const rows = await sql.query<Row>(ACTOR_RECORDS, [actor.userId]);
  return rows.map((r) => ({ partition: r.partition, version: Number(r.version), record: r.data }));
}

/** The actor's access to every case they can see. */
export function accessByCase(
  actor: Actor,
  records: readonly AccessRecord[],
): Map<string, CaseAccess> {
  const byPartition = new Map<string, AnyRecord[]>();
  for (const r of records) {
    const list = byPartition.get(r.partition) ?? [];
    list.push(r.record);
    byPartition.set(r.partition, list);
  }
  const result = new Map<string, CaseAccess>();
  for (const [partition, list] of byPartition) {
    const access = caseAccessFrom(actor, list);
    if (access) result.set(partition, access);
  }
  return result;
}

/** The actor's records in one case (inside a write transaction, after the partition lock). */
export async function loadCaseAccessRecords(
  sql: Sql,
  actor: Actor,
  partition: string,
): Promise<AnyRecord[]> {
  const rows = await sql.query<Row>(
    `SELECT partition, version, data FROM records
      WHERE partition = $1 AND (
        (kind = 'case-membership' AND data->>'userId' = $2) OR
        (kind = 'sharing-settings' AND data->>'carerUserId' = $2))`,
    [partition, actor.userId],
  );
  return rows.map((r) => r.data);
}

/** The actor's access to one case, or null. */
export async function loadCaseAccess(
  sql: Sql,
  actor: Actor,
  partition: string,
): Promise<CaseAccess | null> {
  return caseAccessFrom(actor, await loadCaseAccessRecords(sql, actor, partition));
}
