/**
 * The Current View (CORC): a one-page picture of the young person's difficulties and
 * context, completed at the outset (domain/THRIVE.md §6). It informs, never decides,
 * the grouping discussion.
 *
 * Design choices:
 * - The 30 presenting problems and 14 complexity factors are licensed content (DESIGN.md
 *   §12) and a service may switch the tool off, so the schema checks only the shape of
 *   their ids (`low-mood`), not a hard-coded list. Unrated ids are simply absent.
 * - The 4 contextual problems and 2 education items are part of the form's structure, so
 *   they are fixed fields, each required ("Not known" is an answer).
 * - Field names are camelCase (`serviceEngagement`) like every other field; ids inside
 *   the two open-ended maps are content ids (kebab-case).
 */
import { z } from 'zod';
import { defineKind, type DataOf, type RecordOf } from '../kind';
import { contentId, oneOf, pastOrTodayDate, ref } from './fields';

export const PROBLEM_RATINGS = ['none', 'mild', 'moderate', 'severe', 'not-known'] as const;
export type ProblemRating = (typeof PROBLEM_RATINGS)[number];
export const COMPLEXITY_ANSWERS = ['yes', 'no', 'not-known'] as const;
export type ComplexityAnswer = (typeof COMPLEXITY_ANSWERS)[number];

const rating = oneOf(PROBLEM_RATINGS);
/** More than any version of the form has; a bound so a record cannot grow without limit. */
const MAX_ITEMS = 100;

const ratingsById = <T extends z.ZodType>(value: T) =>
  z.record(contentId, value).refine((r) => Object.keys(r).length <= MAX_ITEMS, {
    message: 'tooMany',
    params: { maximum: MAX_ITEMS },
  });

export const currentViewKind = defineKind({
  kind: 'current-view',
  family: 'editable',
  scope: 'case',
  description: "The Current View: ratings of the young person's problems, context and complexity.",
  data: z.strictObject({
    completedOn: pastOrTodayDate,
    sessionId: ref.optional(),
    presentingProblems: ratingsById(rating),
    contextualProblems: z.strictObject({
      home: rating,
      school: rating,
      community: rating,
      serviceEngagement: rating,
    }),
    education: z.strictObject({
      attendance: rating,
      attainment: rating,
    }),
    complexityFactors: ratingsById(oneOf(COMPLEXITY_ANSWERS)),
  }),
});

export type CurrentViewData = DataOf<typeof currentViewKind>;
export type CurrentViewRecord = RecordOf<typeof currentViewKind>;
