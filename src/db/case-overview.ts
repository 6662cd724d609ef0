/**
 * Everything the case overview shows for one case, read in one read transaction (like
 * readCaseload), so the page never shows half of a sync's changes, and one live query
 * re-renders it when any of these records change, in this tab or another.
 *
 * Design choices:
 * - One indexed `caseId` lookup per kind: the cost follows the size of this case, not of
 *   the caseload (a case with 50 sessions is a few hundred records at most).
 * - Deleted records are left out here, so no screen has to remember to.
 * - Records come back typed by kind (`KindRecord<…>`): every record in the store was
 *   validated by its kind's schema before it was written (repository or sync), so the
 *   cast from the store's untyped rows is safe.
 * - Sorting and wording are the screen's job (src/features/cases/overview/); this returns
 *   the records as they are, plus the one fact the page's main button needs.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { AnyRecord, KindRecord } from '../domain';
import type { OurPlanDatabase } from './database';
import { localStore } from './local-store';

export interface CaseOverview {
  record: AnyRecord;
  sessions: KindRecord<'session'>[];
  /** A session still being written, if any: the page offers to continue it. */
  inProgressSession?: KindRecord<'session'>;
  groupingDecisions: KindRecord<'grouping-decision'>[];
  /** The grouping decision agreed most recently (by `agreedOn`, then last written). */
  latestDecision?: KindRecord<'grouping-decision'>;
  groupingHistory: KindRecord<'grouping-history-entry'>[];
  optionGridDecisions: KindRecord<'option-grid-decision'>[];
  goals: KindRecord<'goal'>[];
  goalRatings: KindRecord<'goal-rating'>[];
  safetyPlans: KindRecord<'safety-plan'>[];
  currentViews: KindRecord<'current-view'>[];
  respectItems: KindRecord<'respect-item'>[];
}

const OVERVIEW_KINDS = [
  'session',
  'grouping-decision',
  'grouping-history-entry',
  'option-grid-decision',
  'goal',
  'goal-rating',
  'safety-plan',
  'current-view',
  'respect-item',
] as const;

/** The overview of one case, or null when the case is not on this device (or deleted). */
export async function readCaseOverview(
  db: OurPlanDatabase,
  caseId: string,
): Promise<CaseOverview | null> {
  const casesTable = db.recordTable('case');
  const tables = OVERVIEW_KINDS.map((kind) => db.recordTable(kind));
  return db.transaction('r', [casesTable, ...tables], async () => {
    const [record, ...lists] = await Promise.all([
      casesTable.get(caseId),
      ...tables.map((table) => table.where('caseId').equals(caseId).toArray()),
    ]);
    if (!record || record.deleted) return null;
    const live = <K extends (typeof OVERVIEW_KINDS)[number]>(kind: K): KindRecord<K>[] =>
      (lists[OVERVIEW_KINDS.indexOf(kind)] ?? []).filter(
        (r) => !r.deleted,
      ) as unknown as KindRecord<K>[];
    const sessions = live('session');
    const groupingDecisions = live('grouping-decision');
    const inProgress = sessions
      .filter((s) => s.status === 'in-progress')
      .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1));
    const latestDecision = groupingDecisions.reduce<KindRecord<'grouping-decision'> | undefined>(
      (best, d) =>
        best === undefined ||
        d.agreedOn > best.agreedOn ||
        (d.agreedOn === best.agreedOn && d.updatedAt > best.updatedAt)
          ? d
          : best,
      undefined,
    );
    return {
      record,
      sessions,
      inProgressSession: inProgress[0],
      groupingDecisions,
      latestDecision,
      groupingHistory: live('grouping-history-entry'),
      optionGridDecisions: live('option-grid-decision'),
      goals: live('goal'),
      goalRatings: live('goal-rating'),
      safetyPlans: live('safety-plan'),
      currentViews: live('current-view'),
      respectItems: live('respect-item'),
    };
  });
}

/** The overview of a case: undefined while loading, null when there is no such case. */
export function useCaseOverview(caseId: string | undefined): CaseOverview | null | undefined {
  return useLiveQuery(
    async () => (caseId ? readCaseOverview(localStore().db, caseId) : null),
    [caseId],
  );
}
