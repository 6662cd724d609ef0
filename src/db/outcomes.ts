/**
 * The service view of outcomes on this device (issue #6 item 6): every goal synced here
 * with its change category, and each case's current grouping, for tallyOutcomes
 * (domain/service-outcomes.ts), which decides what counts.
 *
 * Design choices:
 * - The screen reads each goal's summary row (goal-summaries.ts), not the ratings: a
 *   practitioner with 1,000 cases has some 3,000 goals and 20,000 ratings, and copying
 *   20,000 ratings out of IndexedDB alone took about half a second in Chromium.
 *   readOutcomeInputs reads the records themselves; the tests check both give the same.
 * - One read transaction, so the figures never mix two states of a sync; whole-table
 *   reads, never a query per case or goal.
 * - A case's current grouping is its latest live grouping decision by `agreedOn`, then
 *   `updatedAt` (as the session's "who for" reads it). The server computes the same in SQL
 *   (server/outcomes/read.ts).
 * - Goals of a deleted case are left out: the case is gone from the caseload too.
 * - Only the fields the figures need are kept, so nothing else of a rating is held.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { AnyRecord, GoalStatus, Grouping, RatingInput } from '../domain';
import type {
  GoalOutcome,
  OutcomeGoalInput,
  ServiceOutcomesInput,
} from '../domain/service-outcomes';
import type { OurPlanDatabase } from './database';
import { localStore } from './local-store';

/** Each case's current grouping: its latest live decision by agreedOn, then updatedAt. */
export function currentGroupings(decisions: readonly AnyRecord[]): Map<string, Grouping> {
  const latest = new Map<string, AnyRecord>();
  for (const decision of decisions) {
    if (decision.deleted || decision.caseId === null) continue;
    const current = latest.get(decision.caseId);
    if (
      current === undefined ||
      (String(decision['agreedOn']).localeCompare(String(current['agreedOn'])) ||
        decision.updatedAt.localeCompare(current.updatedAt)) > 0
    ) {
      latest.set(decision.caseId, decision);
    }
  }
  const groupings = new Map<string, Grouping>();
  for (const [caseId, decision] of latest) {
    groupings.set(caseId, decision['grouping'] as Grouping);
  }
  return groupings;
}

function goalInput(goal: AnyRecord): OutcomeGoalInput | undefined {
  if (goal.caseId === null || typeof goal['baselineRating'] !== 'number') return undefined;
  return {
    id: goal.id,
    caseId: goal.caseId,
    baselineRating: goal['baselineRating'],
    status: goal['status'] as GoalStatus,
    deleted: goal.deleted,
  };
}

function ratingInput(rating: AnyRecord): RatingInput | undefined {
  const { goalId, rating: value, ratedOn, ratedBy, correctsRatingId } = rating;
  if (typeof goalId !== 'string' || typeof ratedOn !== 'string') return undefined;
  return {
    id: rating.id,
    goalId,
    // A correction that only takes a mistaken rating away has no number, and still counts.
    rating: typeof value === 'number' ? value : undefined,
    ratedOn,
    ratedBy: ratedBy as RatingInput['ratedBy'],
    correctsRatingId: typeof correctsRatingId === 'string' ? correctsRatingId : undefined,
    deleted: rating.deleted,
  };
}

/** Every goal, rating and current grouping on this device, in one read transaction. */
export async function readOutcomeInputs(db: OurPlanDatabase): Promise<ServiceOutcomesInput> {
  const casesTable = db.recordTable('case');
  const goalsTable = db.recordTable('goal');
  const ratingsTable = db.recordTable('goal-rating');
  const decisionsTable = db.recordTable('grouping-decision');
  return db.transaction('r', [casesTable, goalsTable, ratingsTable, decisionsTable], async () => {
    const [cases, goals, ratings, decisions] = await Promise.all([
      casesTable.toArray(),
      goalsTable.toArray(),
      ratingsTable.toArray(),
      decisionsTable.toArray(),
    ]);
    const deletedCases = new Set(cases.filter((c) => c.deleted).map((c) => c.id));
    const goalInputs: OutcomeGoalInput[] = [];
    for (const goal of goals) {
      if (goal.caseId !== null && deletedCases.has(goal.caseId)) continue;
      const input = goalInput(goal);
      if (input) goalInputs.push(input);
    }
    const ratingInputs: RatingInput[] = [];
    for (const rating of ratings) {
      const input = ratingInput(rating);
      if (input) ratingInputs.push(input);
    }
    return {
      goals: goalInputs,
      ratings: ratingInputs,
      groupingByCase: currentGroupings(decisions),
    };
  });
}

export interface OutcomeSummaries {
  goals: GoalOutcome[];
  groupingByCase: Map<string, Grouping>;
}

/**
 * What the service view draws (tallyOutcomes): each goal's change category from its
 * summary row (goal-summaries.ts), never the ratings themselves, and each case's current
 * grouping. Gives the same figures as serviceOutcomes(readOutcomeInputs()) (tested), at a
 * fraction of the reading.
 */
export async function readOutcomeSummaries(db: OurPlanDatabase): Promise<OutcomeSummaries> {
  const casesTable = db.recordTable('case');
  const decisionsTable = db.recordTable('grouping-decision');
  return db.transaction('r', [casesTable, db.goalSummaries, decisionsTable], async () => {
    const [cases, summaries, decisions] = await Promise.all([
      casesTable.toArray(),
      db.goalSummaries.toArray(),
      decisionsTable.toArray(),
    ]);
    const deletedCases = new Set(cases.filter((c) => c.deleted).map((c) => c.id));
    const goals: GoalOutcome[] = [];
    for (const s of summaries) {
      if (s.caseId === null || deletedCases.has(s.caseId) || s.baselineRating === null) continue;
      goals.push({ caseId: s.caseId, category: s.category, deleted: s.deleted });
    }
    return { goals, groupingByCase: currentGroupings(decisions) };
  });
}

/** readOutcomeSummaries, live; undefined while loading. */
export function useOutcomeSummaries(): OutcomeSummaries | undefined {
  return useLiveQuery(() => readOutcomeSummaries(localStore().db), []);
}
