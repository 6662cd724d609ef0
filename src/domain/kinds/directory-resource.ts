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
import { groupingSchema } from './vocabulary';

export const RESOURCE_COSTS = ['free', 'paid', 'varies'] as const;

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
  }),
});

export type DirectoryResourceData = DataOf<typeof directoryResourceKind>;
export type DirectoryResourceRecord = RecordOf<typeof directoryResourceKind>;
