/**
 * The reads the case screens make, each in one read transaction so a screen never shows
 * half of a sync's changes. Screens reach these through the hooks in hooks.ts.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { openConflicts, type AnyRecord, type FieldVersion } from '../domain';
import type { OurPlanDatabase } from './database';
import { localStore } from './local-store';
import { RECORD_INDEXES, TABLE_FOR_KIND, type StoredKind } from './tables';

/** A line of the caseload: the case and what the practitioner should see at a glance. */
export interface CaseSummary {
  record: AnyRecord;
  /** The grouping most recently agreed, if any. */
  grouping?: string;
  /** Fields of the case (or its agreed grouping) saved differently on two devices. */
  conflicts: number;
  /** Changes to this case the server refused, waiting for someone to look at them. */
  refused: number;
  /**
   * The longest any active goal has gone without a rating: the day (YYYY-MM-DD) of its
   * latest rating, or of its creation if it was never rated; the earliest such day over
   * the case's active goals. Absent when the case has no active goal. Not filled by
   * readCaseload but by readGoalRatingAges (ratings are the biggest table by far, so the
   * caseload reads them after its first render). The caseload compares it with today
   * (caseload-view.ts), so neither read depends on the date.
   */
  goalsRatedSince?: string;
  /** The earliest review date of the case's agreed safety plans, if one is set. */
  safetyPlanReviewBy?: string;
}

/**
 * Every case on this device, with its current grouping and what needs attention. Four
 * table scans, whatever the number of cases, rather than a query per case: the caseload
 * must stay quick with 1,000 cases. Conflicts are counted on the case and grouping
 * records, the two this screen reads; the case overview lists every conflict in a case.
 * Goals not rated for a while come from readGoalRatingAges, read apart.
 */
export async function readCaseload(db: OurPlanDatabase): Promise<CaseSummary[]> {
  const casesTable = db.recordTable('case');
  const decisionsTable = db.recordTable('grouping-decision');
  const plansTable = db.recordTable('safety-plan');
  const tables = [casesTable, decisionsTable, plansTable, db.rejected];
  return db.transaction('r', tables, async () => {
    const [cases, decisions, plans, rejected] = await Promise.all([
      casesTable.toArray(),
      decisionsTable.toArray(),
      plansTable.toArray(),
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
    const planReviews = new Map<string, string>();
    for (const plan of plans) {
      if (plan.deleted || plan.caseId === null || plan.status !== 'agreed') continue;
      if (typeof plan.reviewBy !== 'string') continue;
      const current = planReviews.get(plan.caseId);
      if (current === undefined || plan.reviewBy < current) {
        planReviews.set(plan.caseId, plan.reviewBy);
      }
    }
    return cases
      .filter((c) => !c.deleted)
      .map((record) => {
        const decision = latest.get(record.id);
        const summary: CaseSummary = {
          record,
          grouping: decision ? String(decision.grouping) : undefined,
          conflicts: openConflicts(record).length + (decision ? openConflicts(decision).length : 0),
          refused: refused.get(record.id) ?? 0,
        };
        const review = planReviews.get(record.id);
        if (review !== undefined) summary.safetyPlanReviewBy = review;
        return summary;
      });
  });
}

/**
 * Per case, the earliest "last rated" day over its active goals (a goal never rated
 * counts from the day it was made): `CaseSummary.goalsRatedSince`. Read from the goal
 * summaries (goal-summaries.ts), one small row per goal, not the ratings: ratings are the
 * biggest table on a practitioner's device (some 20,000 for 1,000 cases) and IndexedDB
 * can only hand records over whole. The caseload still reads this apart from
 * readCaseload and adds the tags when it arrives, rather than holding back the list.
 * Days compare as YYYY-MM-DD.
 */
export async function readGoalRatingAges(db: OurPlanDatabase): Promise<Map<string, string>> {
  const summaries = await db.goalSummaries.toArray();
  const byCase = new Map<string, string>();
  for (const goal of summaries) {
    if (goal.deleted || goal.caseId === null || goal.status !== 'active') continue;
    const since = goal.lastRatedOn ?? goal.createdOn;
    const current = byCase.get(goal.caseId);
    if (current === undefined || since < current) byCase.set(goal.caseId, since);
  }
  return byCase;
}

/**
 * readGoalRatingAges, live: undefined while loading, or until `ready` (the caseload passes
 * "my list is on screen", so the biggest read starts after the list, not alongside it).
 * Could join the hooks in hooks.ts.
 */
export function useGoalRatingAges(ready = true): Map<string, string> | undefined {
  return useLiveQuery(
    async () => (ready ? readGoalRatingAges(localStore().db) : undefined),
    [ready],
  );
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
  RECORD_INDEXES[TABLE_FOR_KIND[kind]].split(',').some((index) => index.trim() === 'caseId'),
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
