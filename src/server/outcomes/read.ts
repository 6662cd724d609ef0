/**
 * The service view of outcomes from the server's store (issue #6 item 6): every goal,
 * goal rating and current grouping of the organisation, read straight from the records
 * table by kind (never through sync), shaped as the input of serviceOutcomes
 * (domain/service-outcomes.ts), the same rules the practitioner's device applies.
 *
 * Design choices:
 * - One transaction, so the three reads see one state of the store.
 * - Only the fields the figures need leave the database: no goal text, no comment.
 * - A case's current grouping is its latest live grouping decision by agreedOn, then
 *   updatedAt (DISTINCT ON, as db/outcomes.ts does on the device). Dates are ISO strings,
 *   so text order is time order.
 * - Goals of a deleted case are left out, as on the device.
 * - Numbers are read with jsonb_typeof guards and cast to float8, which both drivers
 *   return as a JS number; a value that is not a number (never accepted by validation)
 *   leaves its row out rather than failing the whole view.
 * - This server serves one organisation (records carry no organisation), so "the whole
 *   organisation" is every case in the store.
 */
import {
  GROUPINGS,
  GOAL_STATUSES,
  type GoalStatus,
  type Grouping,
  type RatingInput,
} from '../../domain';
import type { OutcomeGoalInput, ServiceOutcomesInput } from '../../domain/service-outcomes';
import type { Sql, Store } from '../store/store';

const NOT_DELETED = `COALESCE((data->>'deleted')::boolean, false) = false`;

const GOALS_SQL = `
SELECT g.id,
       g.case_id AS "caseId",
       CASE WHEN jsonb_typeof(g.data->'baselineRating') = 'number'
            THEN (g.data->'baselineRating')::float8 END AS "baselineRating",
       g.data->>'status' AS status
  FROM records g
 WHERE g.kind = 'goal'
   AND g.case_id IS NOT NULL
   AND COALESCE((g.data->>'deleted')::boolean, false) = false
   AND NOT EXISTS (
         SELECT 1 FROM records c
          WHERE c.id = g.case_id AND c.kind = 'case'
            AND COALESCE((c.data->>'deleted')::boolean, false) = true)`;

const RATINGS_SQL = `
SELECT id,
       data->>'goalId' AS "goalId",
       CASE WHEN jsonb_typeof(data->'rating') = 'number'
            THEN (data->'rating')::float8 END AS rating,
       data->>'ratedOn' AS "ratedOn",
       data->>'ratedBy' AS "ratedBy",
       data->>'correctsRatingId' AS "correctsRatingId"
  FROM records
 WHERE kind = 'goal-rating' AND ${NOT_DELETED}`;

const GROUPINGS_SQL = `
SELECT DISTINCT ON (case_id) case_id AS "caseId", data->>'grouping' AS grouping
  FROM records
 WHERE kind = 'grouping-decision' AND case_id IS NOT NULL AND ${NOT_DELETED}
 ORDER BY case_id, data->>'agreedOn' DESC, data->>'updatedAt' DESC, id DESC`;

interface GoalRow extends Record<string, unknown> {
  id: string;
  caseId: string;
  baselineRating: number | null;
  status: string | null;
}

interface RatingRow extends Record<string, unknown> {
  id: string;
  goalId: string | null;
  rating: number | null;
  ratedOn: string | null;
  ratedBy: string | null;
  correctsRatingId: string | null;
}

interface GroupingRow extends Record<string, unknown> {
  caseId: string;
  grouping: string | null;
}

const isGrouping = (value: string | null): value is Grouping =>
  value !== null && (GROUPINGS as readonly string[]).includes(value);

const isGoalStatus = (value: string | null): value is GoalStatus =>
  value !== null && (GOAL_STATUSES as readonly string[]).includes(value);

async function readInputs(tx: Sql): Promise<ServiceOutcomesInput> {
  // One after another: a transaction is one connection.
  const goalRows = await tx.query<GoalRow>(GOALS_SQL);
  const ratingRows = await tx.query<RatingRow>(RATINGS_SQL);
  const groupingRows = await tx.query<GroupingRow>(GROUPINGS_SQL);

  const goals: OutcomeGoalInput[] = [];
  for (const row of goalRows) {
    if (row.baselineRating === null || !isGoalStatus(row.status)) continue;
    goals.push({
      id: row.id,
      caseId: row.caseId,
      baselineRating: Number(row.baselineRating),
      status: row.status,
    });
  }
  const ratings: RatingInput[] = [];
  for (const row of ratingRows) {
    // A correction with no number takes a mistaken rating away: it is kept (rating unset).
    if (row.goalId === null || row.ratedOn === null) continue;
    if (row.rating === null && row.correctsRatingId === null) continue;
    ratings.push({
      id: row.id,
      goalId: row.goalId,
      rating: row.rating === null ? undefined : Number(row.rating),
      ratedOn: row.ratedOn,
      ratedBy: row.ratedBy as RatingInput['ratedBy'],
      correctsRatingId: row.correctsRatingId ?? undefined,
    });
  }
  const groupingByCase = new Map<string, Grouping>();
  for (const row of groupingRows) {
    if (isGrouping(row.grouping)) groupingByCase.set(row.caseId, row.grouping);
  }
  return { goals, ratings, groupingByCase };
}

/** The serviceOutcomes input over every case in the store. */
export function readOrganisationOutcomeInputs(store: Store): Promise<ServiceOutcomesInput> {
  return store.transaction(readInputs);
}
