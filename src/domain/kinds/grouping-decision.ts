/**
 * The needs-based grouping agreed with the young person (domain/THRIVE.md §1, §6): a
 * shared decision, not a score. Any grouping the app suggests is only a prompt; this
 * record is what people agreed, why, and what the young person thinks of it.
 *
 * Design choices:
 * - Editable, so a typo in the reasons can be put right; every agreed change of grouping
 *   is also written as an append-only `grouping-history-entry`, so the history survives
 *   edits.
 * - `agreedBy` must name at least one person: a grouping is agreed by people.
 * - `reviewBy` (when to look at it again) cannot be before the day it was agreed.
 * - Three views are kept side by side, each in its own words: the young person's, the
 *   family's and the practitioner's (shared decision making, THRIVE.md §4). Each may name
 *   the grouping that person favoured (`...Grouping`), so a disagreement stays visible.
 */
import { z } from 'zod';
import { defineKind, type DataOf, type RecordOf } from '../kind';
import { LONG_TEXT_MAX, calendarDate, optionalText, pastOrTodayDate, ref, text } from './fields';
import { groupingSchema, participantSchema } from './vocabulary';

export const groupingDecisionKind = defineKind({
  kind: 'grouping-decision',
  family: 'editable',
  scope: 'case',
  description: 'The THRIVE grouping agreed with the young person, with reasons and their view.',
  data: z
    .strictObject({
      grouping: groupingSchema,
      agreedOn: pastOrTodayDate,
      reasons: text(LONG_TEXT_MAX),
      youngPersonView: optionalText(LONG_TEXT_MAX),
      youngPersonGrouping: groupingSchema.optional(),
      familyView: optionalText(LONG_TEXT_MAX),
      familyGrouping: groupingSchema.optional(),
      practitionerView: optionalText(LONG_TEXT_MAX),
      practitionerGrouping: groupingSchema.optional(),
      agreedBy: z
        .array(participantSchema)
        .min(1, { message: 'required' })
        .max(20, { message: 'tooMany' }),
      sessionId: ref.optional(),
      reviewBy: calendarDate.optional(),
    })
    .refine((d) => d.reviewBy === undefined || d.reviewBy >= d.agreedOn, {
      message: 'reviewDateBeforeAgreed',
      path: ['reviewBy'],
    }),
});

export type GroupingDecisionData = DataOf<typeof groupingDecisionKind>;
export type GroupingDecisionRecord = RecordOf<typeof groupingDecisionKind>;
