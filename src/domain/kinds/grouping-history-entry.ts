/**
 * One step in a young person's journey through the THRIVE groupings. THRIVE asks that
 * groupings can change over time and that the history is kept (domain/THRIVE.md §1), so
 * each agreed grouping is written once here and never edited.
 *
 * Design choices:
 * - Append-only: a mistaken entry is corrected by a new entry, never by an edit.
 * - `from` is null for the first grouping on a case. `from` may equal `grouping`: a
 *   review that agrees to stay in the same grouping is part of the story too.
 * - Copies the grouping, date and reasons from the decision (`decisionId`), so the
 *   history still reads true after the decision record is edited.
 */
import { z } from 'zod';
import { defineKind, type DataOf, type RecordOf } from '../kind';
import { LONG_TEXT_MAX, pastOrTodayDate, ref, text } from './fields';
import { groupingSchema } from './vocabulary';

export const groupingHistoryEntryKind = defineKind({
  kind: 'grouping-history-entry',
  family: 'append-only',
  scope: 'case',
  description: 'An agreed grouping, kept for ever as part of the history.',
  data: z.strictObject({
    grouping: groupingSchema,
    from: groupingSchema.nullable(),
    decisionId: ref,
    agreedOn: pastOrTodayDate,
    reasons: text(LONG_TEXT_MAX),
  }),
});

export type GroupingHistoryEntryData = DataOf<typeof groupingHistoryEntryKind>;
export type GroupingHistoryEntryRecord = RecordOf<typeof groupingHistoryEntryKind>;
