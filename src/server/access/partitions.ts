/**
 * Which partition a record lives in (DESIGN.md §5). The partition is the unit of
 * ordering (one version counter), of access (a device sees whole cases) and of the audit
 * chain.
 *
 * - A case's records: the case id.
 * - Organisation content (option grids, directory, organisation, users): ORG_PARTITION.
 * - Anonymous signposting counts: ANONYMOUS_PARTITION, apart from 'org' so that the many
 *   school devices counting visits never contend with admins editing content, and so
 *   that only admins' devices ever receive them (service figures), with no per-record
 *   filter needed on the busy 'org' partition.
 */
import { ORG_PARTITION, kindDefinition } from '../../domain';

export { ORG_PARTITION };
export const ANONYMOUS_PARTITION = 'anonymous';

/** The partitions that are not cases. */
export function isCasePartition(partition: string): boolean {
  return partition !== ORG_PARTITION && partition !== ANONYMOUS_PARTITION;
}

/**
 * The partition of a write to `kind` with `caseId`. An unknown kind has none. A caseId
 * that does not fit the kind's scope still yields a partition: validation refuses the
 * write later, inside that partition's transaction, and nothing is written.
 */
export function partitionOf(kind: string, caseId: string | null): string | undefined {
  const def = kindDefinition(kind);
  if (!def) return undefined;
  if (caseId !== null) return caseId;
  return def.scope === 'anonymous' ? ANONYMOUS_PARTITION : ORG_PARTITION;
}
