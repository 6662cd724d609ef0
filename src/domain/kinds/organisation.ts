/**
 * The organisation running OurPlan (a CAMHS team, a mental health support team, a school
 * service). Organisation content, not case data: every device in the organisation gets
 * it. Kept small: a name people recognise, an optional NHS ODS-style code for reports
 * and exports, the language new accounts start in, and the service's own choices:
 * how many weeks an active goal may go unrated before the caseload flags it (Goals Based
 * Outcomes are rated at each review, THRIVE.md §7; services review at different rhythms,
 * so the service decides, 1 to 26 weeks; the app's default is 6 when unset).
 */
import { z } from 'zod';
import { defineKind, type DataOf, type RecordOf } from '../kind';
import { allDifferent, contentId, NAME_MAX, intBetween, languageSchema, text } from './fields';

/**
 * An active goal not rated for this many weeks is flagged on the caseload, unless the
 * service chose otherwise (`goalNotRatedWeeks`). Goals Based Outcomes are rated at each
 * review (THRIVE.md §7) and sessions are usually weeks apart, so six weeks without a
 * rating means at least one review went by without one.
 */
export const GOAL_NOT_RATED_WEEKS = 6;
/** The longest a service may let a goal go unrated before it is flagged: half a year. */
export const GOAL_NOT_RATED_WEEKS_MAX = 26;

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
    goalNotRatedWeeks: intBetween(1, GOAL_NOT_RATED_WEEKS_MAX).optional(),
    /**
     * Bundled national directory entries (ids like `national-childline`) the service
     * switched off, e.g. one not funded in its area. Ids, not copies: the bundled entries
     * update with the app.
     */
    disabledDirectoryIds: z
      .array(contentId)
      .max(100, { message: 'tooMany' })
      .refine(allDifferent, { message: 'duplicateItem' })
      .optional(),
  }),
});

export type OrganisationData = DataOf<typeof organisationKind>;
export type OrganisationRecord = RecordOf<typeof organisationKind>;
