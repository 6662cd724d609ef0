/**
 * One rating of how close someone feels to a goal, 0 to 10 (Goals Based Outcomes). Young
 * people rate between sessions on their phones, carers and practitioners in sessions.
 *
 * Design choices:
 * - Append-only: ratings are the evidence of change over time and are never edited, so
 *   they never conflict. A mistaken rating is corrected by a new rating whose
 *   `correctsRatingId` names it; charts leave the corrected one out.
 * - `ratedOn` is a date-time, since someone may rate twice in a day.
 */
import { z } from 'zod';
import { defineKind, type DataOf, type RecordOf } from '../kind';
import { SHORT_TEXT_MAX, dateTime, optionalText, ref } from './fields';
import { goalScoreSchema } from './goal';
import { contributorRoleSchema } from './vocabulary';

export const goalRatingKind = defineKind({
  kind: 'goal-rating',
  family: 'append-only',
  scope: 'case',
  description: 'A 0–10 rating of progress towards a goal; corrections supersede, never edit.',
  data: z.strictObject({
    goalId: ref,
    rating: goalScoreSchema,
    ratedOn: dateTime,
    ratedBy: contributorRoleSchema,
    comment: optionalText(SHORT_TEXT_MAX),
    correctsRatingId: ref.optional(),
  }),
});

export type GoalRatingData = DataOf<typeof goalRatingKind>;
export type GoalRatingRecord = RecordOf<typeof goalRatingKind>;
