/**
 * What the stopped server's store must hold after the sync benchmark: every mutation the
 * concurrent devices sent applied exactly once, and in every partition the applied
 * versions are exactly 1..version (each accepted mutation bumped its partition's counter
 * by one under the row lock: no gap, no version given twice).
 */
import type { Store } from '../../src/server/store/store.ts';

export interface StoreCheck {
  partitions: number;
  applied: number;
  problems: string[];
}

const PER_PARTITION = `
SELECT p.partition, p.version::bigint AS version, count(a.id)::bigint AS n,
       count(DISTINCT a.version)::bigint AS distinct_versions,
       coalesce(min(a.version), 0)::bigint AS lo, coalesce(max(a.version), 0)::bigint AS hi
  FROM partitions p LEFT JOIN applied_mutations a ON a.partition = p.partition
 GROUP BY p.partition, p.version`;

const APPLIED_OF = `
SELECT id, count(*)::int AS n FROM applied_mutations
 WHERE id IN (SELECT jsonb_array_elements_text($1::jsonb)) GROUP BY id`;

interface PartitionRow extends Record<string, unknown> {
  partition: string;
  version: string | number;
  n: string | number;
  distinct_versions: string | number;
  lo: string | number;
  hi: string | number;
}

export async function checkStore(store: Store, sentIds: readonly string[]): Promise<StoreCheck> {
  const problems: string[] = [];
  const rows = await store.query<PartitionRow>(PER_PARTITION);
  let applied = 0;
  for (const row of rows) {
    const [version, n, distinct, lo, hi] = [
      row.version,
      row.n,
      row.distinct_versions,
      row.lo,
      row.hi,
    ].map(Number) as [number, number, number, number, number];
    applied += n;
    const whole =
      n === version && distinct === version && (version === 0 || (lo === 1 && hi === version));
    if (!whole)
      problems.push(
        `partition ${row.partition}: version ${version}, ${n} applied, ${distinct} distinct versions from ${lo} to ${hi}`,
      );
  }
  const found = await store.query<{ id: string; n: number }>(APPLIED_OF, [JSON.stringify(sentIds)]);
  const twice = found.filter((r) => Number(r.n) !== 1).length;
  if (found.length !== sentIds.length || twice > 0)
    problems.push(
      `${sentIds.length} sent, ${found.length} applied, ${twice} applied more than once`,
    );
  return { partitions: rows.length, applied, problems };
}
