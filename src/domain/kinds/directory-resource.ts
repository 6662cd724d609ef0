/**
 * A local source of support in the organisation's directory ("no wrong door",
 * domain/THRIVE.md §2, §9): what school staff, practitioners and young people look up to
 * signpost. Organisation content, available offline on every device.
 *
 * Design choices:
 * - Tagged by THRIVE grouping and by topic (content ids such as `low-mood`), with an age
 *   range, so signposting can filter without a specialist.
 * - At least one way to get in touch; phone numbers checked loosely, web addresses must be
 *   http(s) so a link can never run script.
 * - `reviewBy` because out-of-date contact details in a crisis are worse than none;
 *   `exampleContent` marks made-up entries shipped for trying the app.
 * - Fields added for "no wrong door" signposting (issue #9) are optional, so records
 *   written before stay valid: what kind of help it offers (SUPPORT_WISHES), self-referral,
 *   how to refer (for Getting Help routes such as a CAMHS referral), walk-in, languages,
 *   and a status. Retired entries are kept for the record but never suggested; no status
 *   means active.
 * - Topics are content ids; signposting uses the SIGNPOSTING_TOPICS ids. The schema checks
 *   the shape only (content lists are data), so older records with other topics stay valid.
 */
import { z } from 'zod';
import { defineKind, type DataOf, type RecordOf } from '../kind';
import {
  NAME_MAX,
  SHORT_TEXT_MAX,
  ageYears,
  allDifferent,
  calendarDate,
  contentId,
  emailAddress,
  oneOf,
  optionalText,
  phoneNumber,
  text,
  webAddress,
} from './fields';
import { SUPPORT_WISHES } from '../signposting';
import { groupingSchema } from './vocabulary';

export const RESOURCE_COSTS = ['free', 'paid', 'varies'] as const;
export const RESOURCE_STATUSES = ['active', 'retired'] as const;
export type ResourceStatus = (typeof RESOURCE_STATUSES)[number];
/** Most services list a handful of languages; the bound only stops runaway lists. */
export const RESOURCE_LANGUAGES_MAX = 20;

export const resourceContactSchema = z
  .strictObject({
    phone: phoneNumber.optional(),
    url: webAddress.optional(),
    email: emailAddress.optional(),
    address: optionalText(SHORT_TEXT_MAX),
  })
  .refine(
    (c) =>
      c.phone !== undefined ||
      c.url !== undefined ||
      c.email !== undefined ||
      (c.address ?? '').trim() !== '',
    { message: 'contactRequired' },
  );

export const ageRangeSchema = z
  .strictObject({ minAge: ageYears, maxAge: ageYears })
  .refine((a) => a.minAge <= a.maxAge, { message: 'minAgeAboveMax', path: ['minAge'] });

export const directoryResourceKind = defineKind({
  kind: 'directory-resource',
  family: 'editable',
  scope: 'organisation',
  description: 'A local source of support, for signposting.',
  data: z.strictObject({
    name: text(NAME_MAX),
    description: text(SHORT_TEXT_MAX),
    groupings: z
      .array(groupingSchema)
      .min(1, { message: 'required' })
      .max(5, { message: 'tooMany' })
      .refine(allDifferent, { message: 'duplicateItem' }),
    topics: z
      .array(contentId)
      .max(30, { message: 'tooMany' })
      .refine(allDifferent, { message: 'duplicateItem' }),
    ageRange: ageRangeSchema,
    contact: resourceContactSchema,
    openingHours: optionalText(SHORT_TEXT_MAX),
    cost: oneOf(RESOURCE_COSTS),
    exampleContent: z.boolean({ message: 'wrongType' }),
    reviewBy: calendarDate,
    offers: z
      .array(oneOf(SUPPORT_WISHES))
      .max(SUPPORT_WISHES.length, { message: 'tooMany' })
      .refine(allDifferent, { message: 'duplicateItem' })
      .optional(),
    selfReferral: z.boolean({ message: 'wrongType' }).optional(),
    howToRefer: optionalText(SHORT_TEXT_MAX),
    walkIn: z.boolean({ message: 'wrongType' }).optional(),
    // Free text items ("Welsh", "BSL", "ur"): people name languages in different ways.
    languages: z
      .array(text(NAME_MAX))
      .max(RESOURCE_LANGUAGES_MAX, { message: 'tooMany' })
      .refine(allDifferent, { message: 'duplicateItem' })
      .optional(),
    status: oneOf(RESOURCE_STATUSES).optional(),
  }),
});

export type DirectoryResourceData = DataOf<typeof directoryResourceKind>;
export type DirectoryResourceRecord = RecordOf<typeof directoryResourceKind>;
