/**
 * The organisation running OurPlan (a CAMHS team, a mental health support team, a school
 * service). Organisation content, not case data: every device in the organisation gets
 * it. Kept small: a name people recognise, an optional NHS ODS-style code for reports
 * and exports, and the language new accounts start in.
 */
import { z } from 'zod';
import { defineKind, type DataOf, type RecordOf } from '../kind';
import { NAME_MAX, languageSchema, text } from './fields';

/** ODS codes are 3 to 10 upper-case letters and digits (e.g. RX4, Y01234). */
export const odsCodeSchema = z.string().regex(/^[A-Z0-9]{3,10}$/, { message: 'invalidFormat' });

export const organisationKind = defineKind({
  kind: 'organisation',
  family: 'editable',
  scope: 'organisation',
  description: 'The organisation that runs this OurPlan service.',
  data: z.strictObject({
    name: text(NAME_MAX),
    odsCode: odsCodeSchema.optional(),
    defaultLanguage: languageSchema,
  }),
});

export type OrganisationData = DataOf<typeof organisationKind>;
export type OrganisationRecord = RecordOf<typeof organisationKind>;
