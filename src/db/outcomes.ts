/**
 * The service view of outcomes on this device (issue #6 item 6): every goal, goal rating
 * and grouping decision synced here, shaped as the input of serviceOutcomes
 * (domain/service-outcomes.ts), which decides what counts.
 *
 * Design choices:
 * - One read transaction over the four tables, so the figures never mix two states of a
 *   sync. Four table scans whatever the number of cases, never a query per case or goal:
 *   a practitioner with 1,000 cases has some 3,000 goals and 20,000 ratings, and reading
 *   whole tables is the quickest IndexedDB offers (see readGoalRatingAges).
 * - A case's current grouping is its latest live grouping decision by `agreedOn`, then
 *   `updatedAt` (as the session's "who for" reads it). The server computes the same in SQL
 *   (server/outcomes/read.ts).
 * - Goals of a deleted case are left out: the case is gone from the caseload too.
 * - Only the fields the figures need are kept, so nothing else of a rating is held.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { AnyRecord, GoalStatus, Grouping, RatingInput } from '../domain';
import type { OutcomeGoalInput, ServiceOutcomesInput } from '../domain/service-outcomes';
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

/** readOutcomeInputs, live; undefined while loading. */
export function useOutcomeInputs(): ServiceOutcomesInput | undefined {
  return useLiveQuery(() => readOutcomeInputs(localStore().db), []);
}
