/**
 * The service settings form (admin page): the organisation's name, ODS code, the language
 * new accounts start in, and after how many weeks an unrated goal is flagged on the
 * caseload. Fields are strings as typed; the schema checks them with the domain's own
 * words, and organisationData turns them into the organisation record's fields.
 */
import { z } from 'zod';
import {
  GOAL_NOT_RATED_WEEKS,
  GOAL_NOT_RATED_WEEKS_MAX,
  NAME_MAX,
  type AnyRecord,
  type OrganisationData,
} from '../../../domain';

export const SERVICE_FIELDS = ['name', 'odsCode', 'defaultLanguage', 'goalNotRatedWeeks'] as const;
export const SERVICE_LANGUAGES = ['en-GB', 'cy', 'ur'] as const;

export interface ServiceFormValues {
  name: string;
  odsCode: string;
  defaultLanguage: string;
  goalNotRatedWeeks: string;
}

export const serviceFormSchema = z.object({
  name: z.string().trim().min(1, { message: 'required' }).max(NAME_MAX, { message: 'tooLong' }),
  odsCode: z
    .string()
    .trim()
    .refine((v) => v === '' || /^[A-Za-z0-9]{3,10}$/.test(v), { message: 'invalidFormat' }),
  defaultLanguage: z.enum(SERVICE_LANGUAGES, { message: 'notAnOption' }),
  goalNotRatedWeeks: z
    .string()
    .trim()
    .refine((v) => /^\d{1,3}$/.test(v), { message: 'wholeWeeks' })
    .refine((v) => !/^\d{1,3}$/.test(v) || Number(v) >= 1, { message: 'tooFewWeeks' })
    .refine((v) => !/^\d{1,3}$/.test(v) || Number(v) <= GOAL_NOT_RATED_WEEKS_MAX, {
      message: 'tooManyWeeks',
    }),
}) satisfies z.ZodType<ServiceFormValues>;

/** The form filled in from the organisation record, or the defaults when there is none. */
export function serviceFormFrom(organisation: AnyRecord | null): ServiceFormValues {
  return {
    name: typeof organisation?.['name'] === 'string' ? organisation['name'] : '',
    odsCode: typeof organisation?.['odsCode'] === 'string' ? organisation['odsCode'] : '',
    defaultLanguage:
      typeof organisation?.['defaultLanguage'] === 'string'
        ? organisation['defaultLanguage']
        : 'en-GB',
    goalNotRatedWeeks: String(
      typeof organisation?.['goalNotRatedWeeks'] === 'number'
        ? organisation['goalNotRatedWeeks']
        : GOAL_NOT_RATED_WEEKS,
    ),
  };
}

/** The organisation record's fields from a valid form (ODS codes are upper case). */
export function organisationData(values: ServiceFormValues): OrganisationData {
  const odsCode = values.odsCode.trim().toUpperCase();
  return {
    name: values.name.trim(),
    ...(odsCode !== '' ? { odsCode } : {}),
    defaultLanguage: values.defaultLanguage as OrganisationData['defaultLanguage'],
    goalNotRatedWeeks: Number(values.goalNotRatedWeeks.trim()),
  };
}
