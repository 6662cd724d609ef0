/**
 * A count of one act of signposting (e.g. by a teacher, with no account), so a service
 * can see what people look for and where they are sent. Anonymous by design: it must
 * never become a clinical record (DESIGN.md §1, school staff).
 *
 * Design choices (nothing identifying, enforced by the schema):
 * - No free text at all: only content ids (topics), directory record ids, an age band
 *   (never an age or date of birth), a yes/no and a date (not a time).
 * - Never attached to a case: a record with a caseId is refused here as well as by the
 *   registry's scope check, so the rule holds wherever the schema is used.
 * - Append-only: counts are never edited.
 */
import { z } from 'zod';
import { defineKind, type DataOf, type RecordOf } from '../kind';
import { AGE_BANDS } from './case';
import { allDifferent, contentId, oneOf, pastOrTodayDate, ref } from './fields';

export const SIGNPOSTING_AGE_BANDS = [...AGE_BANDS, 'not-known'] as const;

export const signpostingEventKind = defineKind({
  kind: 'signposting-event',
  family: 'append-only',
  scope: 'anonymous',
  description: 'An anonymous count of one act of signposting; no personal data.',
  data: z
    .strictObject({
      topicIds: z
        .array(contentId)
        .max(10, { message: 'tooMany' })
        .refine(allDifferent, { message: 'duplicateItem' }),
      ageBand: oneOf(SIGNPOSTING_AGE_BANDS),
      immediateDanger: z.boolean({ message: 'wrongType' }),
      resourceIds: z
        .array(ref)
        .max(20, { message: 'tooMany' })
        .refine(allDifferent, { message: 'duplicateItem' }),
      occurredOn: pastOrTodayDate,
    })
    // Run on the stored record too (the data sits beside the envelope there): an event
    // carrying a case id would tie a child to a signposting visit.
    .refine((e) => !('caseId' in e) || (e as { caseId?: unknown }).caseId === null, {
      message: 'caseScope',
      path: ['caseId'],
    }),
});

export type SignpostingEventData = DataOf<typeof signpostingEventKind>;
export type SignpostingEventRecord = RecordOf<typeof signpostingEventKind>;
