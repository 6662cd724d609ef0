/**
 * A score on a standardised measure (e.g. RCADS, SDQ, SWEMWBS), tracked beside the
 * personalised goals (domain/THRIVE.md §7).
 *
 * Design choices:
 * - The measure itself (items, licence, scoring) is content named by `measureId`; the
 *   entry copies the scale's range and direction, so a chart reads right even if the
 *   catalogue changes or the measure is switched off.
 * - Scores may be fractional (some scales report means), but must lie within the scale.
 * - Append-only, like goal ratings: a wrong entry is superseded, never edited.
 */
import { z } from 'zod';
import { defineKind, type DataOf, type RecordOf } from '../kind';
import { contentId, pastOrTodayDate, ref } from './fields';

const finite = z.number({ message: 'wrongType' });

export const outcomeMeasureEntryKind = defineKind({
  kind: 'outcome-measure-entry',
  family: 'append-only',
  scope: 'case',
  description: 'A score on a standardised outcome measure, with its scale.',
  data: z
    .strictObject({
      measureId: contentId,
      score: finite,
      min: finite,
      max: finite,
      higherIsBetter: z.boolean({ message: 'wrongType' }),
      recordedOn: pastOrTodayDate,
      goalId: ref.optional(),
    })
    .superRefine((e, ctx) => {
      if (e.min >= e.max) {
        ctx.addIssue({ code: 'custom', message: 'minNotBelowMax', path: ['min'] });
      } else if (e.score < e.min || e.score > e.max) {
        ctx.addIssue({
          code: 'custom',
          message: 'scoreOutOfRange',
          path: ['score'],
          params: { minimum: e.min, maximum: e.max },
        });
      }
    }),
});

export type OutcomeMeasureEntryData = DataOf<typeof outcomeMeasureEntryKind>;
export type OutcomeMeasureEntryRecord = RecordOf<typeof outcomeMeasureEntryKind>;
