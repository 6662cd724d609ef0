/**
 * A count of one act of signposting (e.g. by a teacher, with no account), so a service
 * can see what people look for and where they are sent. Anonymous by design: it must
 * never become a clinical record (DESIGN.md §1, school staff).
 *
 * Design choices (nothing identifying, enforced by the schema):
 * - No free text at all: only content ids (topics, wishes), directory entry ids (record
 *   ids, or the ids of bundled entries such as `national-childline`), an age band (never
 *   an age or date of birth), a yes/no and a date (not a time).
 * - Never attached to a case: a record with a caseId is refused here as well as by the
 *   registry's scope check, so the rule holds wherever the schema is used.
 * - Append-only: counts are never edited.
 */
import { z } from 'zod';
import { defineKind, type DataOf, type RecordOf } from '../kind';
import { AGE_BANDS } from './case';
import { SUPPORT_WISHES } from '../signposting';
import { allDifferent, contentId, oneOf, pastOrTodayDate, ref } from './fields';

export const SIGNPOSTING_AGE_BANDS = [...AGE_BANDS, 'not-known'] as const;
export type SignpostingAgeBand = (typeof SIGNPOSTING_AGE_BANDS)[number];

/**
 * Bundled directory entries (src/content/directory.ts) have readable ids with a fixed
 * prefix. Only these prefixes are allowed beside record ids, so the list cannot carry
 * words someone typed.
 */
const BUNDLED_ENTRY_ID = /^(?:national|example)-[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The id of a directory entry: a record's UUIDv7 or a bundled entry's id. */
export const directoryEntryId = z
  .string()
  .max(64, { message: 'tooLong' })
  .refine((id) => ref.safeParse(id).success || BUNDLED_ENTRY_ID.test(id), {
    message: 'invalidId',
  });

export const signpostingEventKind = defineKind({
  kind: 'signposting-event',
  family: 'append-only',
  scope: 'anonymous',
  description: 'An anonymous count of one act of signposting; no personal data.',
  data: z
    .strictObject({
      // Room for every topic the guided conversation offers (11) and a few more later.
      topicIds: z
        .array(contentId)
        .max(20, { message: 'tooMany' })
        .refine(allDifferent, { message: 'duplicateItem' }),
      ageBand: oneOf(SIGNPOSTING_AGE_BANDS),
      immediateDanger: z.boolean({ message: 'wrongType' }),
      wishes: z
        .array(oneOf(SUPPORT_WISHES))
        .max(SUPPORT_WISHES.length, { message: 'tooMany' })
        .refine(allDifferent, { message: 'duplicateItem' })
        .optional(),
      resourceIds: z
        .array(directoryEntryId)
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
