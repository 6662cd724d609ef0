/**
 * One rating of how close someone feels to a goal, 0 to 10 (Goals Based Outcomes). Young
 * people rate between sessions on their phones, carers and practitioners in sessions.
 *
 * Design choices:
 * - Append-only: ratings are the evidence of change over time and are never edited, so
 *   they never conflict. A mistaken rating is corrected by a new rating whose
 *   `correctsRatingId` names it; charts leave the corrected one out.
 * - A correction may carry no number: "that rating was a mistake, there is no right one"
 *   (a rating entered twice by mistake). Only a correction may leave `rating` out, so an
 *   ordinary rating can never be blank.
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
  data: z
    .strictObject({
      goalId: ref,
      rating: goalScoreSchema.optional(),
      ratedOn: dateTime,
      ratedBy: contributorRoleSchema,
      comment: optionalText(SHORT_TEXT_MAX),
      correctsRatingId: ref.optional(),
    })
    .superRefine((r, ctx) => {
      if (r.rating === undefined && r.correctsRatingId === undefined) {
        ctx.addIssue({ code: 'custom', message: 'required', path: ['rating'] });
      }
    }),
});

export type GoalRatingData = DataOf<typeof goalRatingKind>;
export type GoalRatingRecord = RecordOf<typeof goalRatingKind>;
