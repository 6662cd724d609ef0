/**
 * The reads the case screens make, each in one read transaction so a screen never shows
 * half of a sync's changes. Screens reach these through the hooks in hooks.ts.
 */
import { openConflicts, type AnyRecord, type FieldVersion } from '../domain';
import type { OurPlanDatabase } from './database';
import { RECORD_INDEXES_V1, TABLE_FOR_KIND, type StoredKind } from './tables';

/** A line of the caseload: the case and what the practitioner should see at a glance. */
export interface CaseSummary {
  record: AnyRecord;
  /** The grouping most recently agreed, if any. */
  grouping?: string;
  /** Fields of the case (or its agreed grouping) saved differently on two devices. */
  conflicts: number;
  /** Changes to this case the server refused, waiting for someone to look at them. */
  refused: number;
}

/**
 * Every case on this device, with its current grouping and what needs attention. Three
 * table scans, whatever the number of cases, rather than a query per case: the caseload
 * must stay quick with 1,000 cases. Conflicts are counted on the case and grouping
 * records, the two this screen reads; the case overview lists every conflict in a case.
 */
export async function readCaseload(db: OurPlanDatabase): Promise<CaseSummary[]> {
  const casesTable = db.recordTable('case');
  const decisionsTable = db.recordTable('grouping-decision');
  return db.transaction('r', [casesTable, decisionsTable, db.rejected], async () => {
    const [cases, decisions, rejected] = await Promise.all([
      casesTable.toArray(),
      decisionsTable.toArray(),
      db.rejected.toArray(),
    ]);
    const latest = new Map<string, AnyRecord>();
    for (const decision of decisions) {
      if (decision.deleted || decision.caseId === null) continue;
      const current = latest.get(decision.caseId);
      if (!current || String(decision.agreedOn) > String(current.agreedOn)) {
        latest.set(decision.caseId, decision);
      }
    }
    const refused = new Map<string, number>();
    for (const entry of rejected) {
      if (entry.caseId) refused.set(entry.caseId, (refused.get(entry.caseId) ?? 0) + 1);
    }
    return cases
      .filter((c) => !c.deleted)
      .map((record) => {
        const decision = latest.get(record.id);
        return {
          record,
          grouping: decision ? String(decision.grouping) : undefined,
          conflicts: openConflicts(record).length + (decision ? openConflicts(decision).length : 0),
          refused: refused.get(record.id) ?? 0,
        };
      });
  });
}

/** One field of one record that was saved differently on two devices. */
export interface FieldConflict {
  kind: StoredKind;
  record: AnyRecord;
  field: string;
  /** The value the record holds now, and who wrote it when. */
  current: { value: unknown; clock: string; by: string };
  /** The other versions, kept so nothing typed is lost. */
  others: FieldVersion[];
}

/**
 * Kinds whose table is indexed by case (organisation content and users are not). A case
 * record is its own case (caseId = id) and is read by id.
 */
const CASE_KINDS = (Object.keys(TABLE_FOR_KIND) as StoredKind[]).filter((kind) =>
  RECORD_INDEXES_V1[TABLE_FOR_KIND[kind]].split(',').some((index) => index.trim() === 'caseId'),
);

/** Every open conflict in a case, across all its records. */
export async function readCaseConflicts(
  db: OurPlanDatabase,
  caseId: string,
): Promise<FieldConflict[]> {
  const tables = [db.recordTable('case'), ...CASE_KINDS.map((kind) => db.recordTable(kind))];
  return db.transaction('r', tables, async () => {
    const found: FieldConflict[] = [];
    const kase = await db.recordTable('case').get(caseId);
    const inCase: [StoredKind, AnyRecord[]][] = [['case', kase ? [kase] : []]];
    for (const kind of CASE_KINDS) {
      inCase.push([kind, await db.recordTable(kind).where('caseId').equals(caseId).toArray()]);
    }
    for (const [kind, records] of inCase) {
      for (const record of records) {
        if (record.deleted) continue;
        const open = openConflicts(record);
        for (const field of new Set(open.map((c) => c.field))) {
          found.push({
            kind,
            record,
            field,
            current: {
              value: record[field],
              clock: record.clock[field] ?? '',
              by: record.writers[field] ?? record.updatedBy,
            },
            others: open.filter((c) => c.field === field),
          });
        }
      }
    }
    return found;
  });
}
