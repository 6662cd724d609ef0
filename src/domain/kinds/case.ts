/**
 * A case: one young person and the help agreed with them. Holds only what the work needs
 * (data minimisation): the name they want to be called, an age or date of birth, pronouns
 * and who else is involved, with their consent to keep a record.
 */
import { z } from 'zod';
import { defineKind, type DataOf, type RecordOf } from '../kind';
import { LONG_TEXT_MAX, calendarDate, optionalText, pastOrTodayDate, text } from './fields';

export const AGE_BANDS = ['under-5', '5-10', '11-13', '14-15', '16-17', '18-25'] as const;

export const involvedPersonSchema = z.strictObject({
  name: text(100),
  relationship: text(100),
});

export const caseKind = defineKind({
  kind: 'case',
  family: 'editable',
  scope: 'case',
  description: 'A young person and the help agreed with them.',
  data: z
    .strictObject({
      preferredName: text(100),
      dateOfBirth: pastOrTodayDate.optional(),
      ageBand: z.enum(AGE_BANDS, { message: 'notAnOption' }).optional(),
      pronouns: optionalText(40),
      involved: z.array(involvedPersonSchema).max(20, { message: 'tooMany' }),
      consentToRecord: z.literal(true, { message: 'consentRequired' }),
      nextReviewOn: calendarDate.optional(),
      status: z.enum(['open', 'closed'], { message: 'notAnOption' }),
      /**
       * What the care team understands about the difficulties, written by the care team
       * for the young person, in plain words (RESPECT: Clarity). The young person sees it
       * on "About my information"; a carer never receives it (read-policy.ts).
       */
      understanding: optionalText(LONG_TEXT_MAX),
    })
    .refine((c) => c.dateOfBirth !== undefined || c.ageBand !== undefined, {
      message: 'ageOrDateOfBirthRequired',
      path: ['ageBand'],
    }),
});

export type CaseData = DataOf<typeof caseKind>;
export type CaseRecord = RecordOf<typeof caseKind>;
