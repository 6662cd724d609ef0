/**
 * The case details form: what a practitioner types (strings, as inputs give them) and how
 * it becomes a case record's data. Validation reuses the domain's field schemas and
 * message keys, so the form and the record agree on what is valid.
 *
 * Decisions:
 * - Age is asked as an age range *or* a date of birth (data minimisation: many services
 *   need no more than the range). The record needs one of them.
 * - People involved are rows of name + how they are involved; fully blank rows are
 *   ignored, so an "add another" row left empty is not an error.
 * - Consent to keep a record is asked when the case is opened; without it there is no
 *   case (the domain schema requires it).
 * - What the care team understands (`understanding`) is optional and can be written
 *   later: it is for the young person, in plain words, once it has been talked through.
 */
import { z } from 'zod';
import {
  AGE_BANDS,
  LONG_TEXT_MAX,
  NAME_MAX,
  calendarDate,
  optionalText,
  pastOrTodayDate,
  text,
  type CaseData,
} from '../../domain';

/** Empty, or valid by `schema` (whose problems are reported as they are). */
function blankOr(schema: z.ZodType<string>) {
  return z.string().superRefine((value, ctx) => {
    if (value.trim() === '') return;
    const result = schema.safeParse(value.trim());
    if (result.success) return;
    for (const issue of result.error.issues)
      ctx.addIssue({ code: 'custom', message: issue.message });
  });
}

const involvedRow = z.object({ name: z.string(), relationship: z.string() });

const involvedRows = z
  .array(involvedRow)
  .transform((rows) => rows.filter((r) => r.name.trim() !== '' || r.relationship.trim() !== ''))
  .pipe(
    z
      .array(z.strictObject({ name: text(100), relationship: text(100) }))
      .max(20, { message: 'tooMany' }),
  );

const detailsShape = {
  preferredName: text(NAME_MAX),
  ageBand: blankOr(z.enum(AGE_BANDS, { message: 'notAnOption' })),
  dateOfBirth: blankOr(pastOrTodayDate),
  pronouns: optionalText(40),
  involved: involvedRows,
  understanding: optionalText(LONG_TEXT_MAX),
};

const filled = (value: unknown) => typeof value === 'string' && value.trim() !== '';
const ageOrDateOfBirth = (form: { ageBand: string; dateOfBirth: string }) =>
  filled(form.ageBand) || filled(form.dateOfBirth);
const ageOrDateOfBirthProblem = {
  message: 'ageOrDateOfBirthRequired',
  path: ['ageBand'],
  // Checked even when other fields have problems, so every problem is shown at once.
  when: () => true,
};

/** Opening a case: the details and the young person's consent to a record being kept. */
export const newCaseFormSchema = z
  .strictObject({
    ...detailsShape,
    consentToRecord: z.literal(true, { message: 'consentRequired' }),
  })
  .refine(ageOrDateOfBirth, ageOrDateOfBirthProblem);

/** Changing a case's details later, and when it is next reviewed. */
export const caseDetailsFormSchema = z
  .strictObject({ ...detailsShape, nextReviewOn: blankOr(calendarDate) })
  .refine(ageOrDateOfBirth, ageOrDateOfBirthProblem);

export interface InvolvedRow {
  name: string;
  relationship: string;
}

/** What the inputs hold. */
export interface CaseFormValues {
  preferredName: string;
  ageBand: string;
  dateOfBirth: string;
  pronouns: string;
  involved: InvolvedRow[];
  understanding?: string;
  consentToRecord?: boolean;
  nextReviewOn?: string;
}

export const FORM_FIELDS = [
  'preferredName',
  'ageBand',
  'dateOfBirth',
  'pronouns',
  'involved',
  'understanding',
  'consentToRecord',
  'nextReviewOn',
] as const;

export function emptyCaseForm(): CaseFormValues {
  return {
    preferredName: '',
    ageBand: '',
    dateOfBirth: '',
    pronouns: '',
    involved: [{ name: '', relationship: '' }],
    understanding: '',
    consentToRecord: false,
  };
}

/** A stored case as the form shows it. */
export function caseFormFrom(record: Partial<CaseData>): CaseFormValues {
  return {
    preferredName: record.preferredName ?? '',
    ageBand: record.ageBand ?? '',
    dateOfBirth: record.dateOfBirth ?? '',
    pronouns: record.pronouns ?? '',
    involved: record.involved?.length
      ? record.involved.map((p) => ({ ...p }))
      : [{ name: '', relationship: '' }],
    understanding: record.understanding ?? '',
    nextReviewOn: record.nextReviewOn ?? '',
  };
}

const trimmed = (value: string | undefined): string | undefined => {
  const t = value?.trim();
  return t ? t : undefined;
};

/**
 * The record fields a valid form sets. Optional fields left empty are `undefined`, which
 * the repository sends as a cleared field (so clearing a date on edit clears it).
 */
export function caseDataFrom(form: CaseFormValues): Record<string, unknown> {
  return {
    preferredName: form.preferredName.trim(),
    ageBand: trimmed(form.ageBand),
    dateOfBirth: trimmed(form.dateOfBirth),
    pronouns: trimmed(form.pronouns),
    involved: form.involved
      .filter((r) => r.name.trim() !== '' || r.relationship.trim() !== '')
      .map((r) => ({ name: r.name.trim(), relationship: r.relationship.trim() })),
    ...(form.understanding !== undefined ? { understanding: trimmed(form.understanding) } : {}),
    ...(form.nextReviewOn !== undefined ? { nextReviewOn: trimmed(form.nextReviewOn) } : {}),
  };
}
