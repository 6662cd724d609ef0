/**
 * The Current View form's item list as content data (domain/THRIVE.md §6): what the
 * presenting problems, contextual problems, education items and complexity factors are,
 * and which presenting problems the payment-systems rules treat specially.
 *
 * Design choices:
 * - The form is CORC's licensed tool, so the list is content a service checks against
 *   its licensed copy, not code: `currentViewContentSchema` validates it, and the
 *   `current-view` record kind refers to items by id only.
 * - Content carries stable ids and the English source text; people see the words keyed in
 *   locales/<lang>/current-view.json (`presentingProblems.<id>`,
 *   `presentingProblemExamples.<id>`, `contextualProblems.<id>`, `education.<id>`,
 *   `complexityFactors.<id>`).
 * - The contextual problems and education items are fixed fields of the record kind, so
 *   their ids are the kind's field names (camelCase, `serviceEngagement`), taken from the
 *   kind's schema rather than written twice; the schema refuses any other list.
 * - A presenting problem's part in the grouping rules (src/domain/grouping-suggestion.ts)
 *   is a list of `flags`, each naming the payment-systems grouping it stands for and the
 *   source it comes from, so a reviewer can see why a problem counts and change it.
 */
import { z } from 'zod';
import {
  NAME_MAX,
  LONG_TEXT_MAX,
  allDifferent,
  checkDistinctIds,
  checkReviewAfterPublished,
  contentId,
  contentMetaShape,
  oneOf,
  text,
} from './kinds/fields';
import { currentViewKind } from './kinds/current-view';
import { contentSourceSchema } from './respect';

/** The record's fixed contextual-problem fields, in the form's order. */
export const CONTEXTUAL_PROBLEM_IDS = currentViewKind.data.shape.contextualProblems.keyof().options;
export type ContextualProblemId = (typeof CONTEXTUAL_PROBLEM_IDS)[number];

/** The record's fixed education, employment or training fields, in the form's order. */
export const EDUCATION_ITEM_IDS = currentViewKind.data.shape.education.keyof().options;
export type EducationItemId = (typeof EDUCATION_ITEM_IDS)[number];

/**
 * How a presenting problem counts in the grouping rules:
 * - `signature`: the signature problem of one of the NICE-guided Getting Help groupings
 *   (THRIVE Elaborated, 2nd ed., 2016, Figure 4);
 * - `more-help`: a difficulty read as indicating substantive resource use (eating
 *   disorders, psychosis, and Figure 4's Getting More Help grouping "presentation
 *   suggestive of potential BPD").
 */
export const PROBLEM_FLAGS = ['signature', 'more-help'] as const;
export type ProblemFlag = (typeof PROBLEM_FLAGS)[number];

/**
 * The payment-systems groupings (Figure 4) a flag can point at: the ten NICE-guided
 * Getting Help groupings and the three NICE-guided Getting More Help groupings.
 */
export const SIGNATURE_GROUPINGS = [
  'adhd',
  'behavioural-conduct',
  'bipolar',
  'gad-panic',
  'social-anxiety',
  'autism-spectrum',
  'depression',
  'ocd',
  'self-harm',
  'ptsd',
] as const;
export const MORE_HELP_GROUPINGS = ['eating-disorders', 'psychosis', 'potential-bpd'] as const;
export type PaymentSystemGrouping =
  (typeof SIGNATURE_GROUPINGS)[number] | (typeof MORE_HELP_GROUPINGS)[number];

export const problemFlagSchema = z.discriminatedUnion('flag', [
  z.strictObject({
    flag: z.literal('signature'),
    grouping: oneOf(SIGNATURE_GROUPINGS),
    /** Id of an entry in the content's `sources`. */
    sourceId: contentId,
  }),
  z.strictObject({
    flag: z.literal('more-help'),
    grouping: oneOf(MORE_HELP_GROUPINGS),
    sourceId: contentId,
  }),
]);
export type ProblemFlagEntry = z.infer<typeof problemFlagSchema>;

export const presentingProblemSchema = z.strictObject({
  id: contentId,
  /** English source text of the form's description; displayed as `presentingProblems.<id>`. */
  text: text(NAME_MAX),
  /** The form's bracketed gloss (e.g. "Separation anxiety"); ratings need not imply it. */
  examples: text(NAME_MAX).optional(),
  flags: z
    .array(problemFlagSchema)
    .max(PROBLEM_FLAGS.length, { message: 'tooMany' })
    .refine((flags) => allDifferent(flags.map((f) => f.flag)), { message: 'duplicateItem' }),
});
export type PresentingProblem = z.infer<typeof presentingProblemSchema>;

const itemSchema = z.strictObject({ id: contentId, text: text(NAME_MAX) });
export type ComplexityFactor = z.infer<typeof itemSchema>;

const fixedItemSchema = <T extends Record<string, string>>(ids: T) =>
  z.strictObject({ id: z.enum(ids, { message: 'notAnOption' }), text: text(NAME_MAX) });

/** The fixed list must name exactly the record's fields, once each, in any order. */
const exactly =
  (ids: readonly string[]) =>
  (items: readonly { id: string }[]): boolean =>
    items.length === ids.length && ids.every((id) => items.some((i) => i.id === id));

export const currentViewContentSchema = z
  .strictObject({
    presentingProblems: z
      .array(presentingProblemSchema)
      .min(1, { message: 'tooFew' })
      .max(100, { message: 'tooMany' }),
    contextualProblems: z
      .array(fixedItemSchema(currentViewKind.data.shape.contextualProblems.keyof().enum))
      .refine(exactly(CONTEXTUAL_PROBLEM_IDS), { message: 'notAnOption' }),
    education: z
      .array(fixedItemSchema(currentViewKind.data.shape.education.keyof().enum))
      .refine(exactly(EDUCATION_ITEM_IDS), { message: 'notAnOption' }),
    complexityFactors: z
      .array(itemSchema)
      .min(1, { message: 'tooFew' })
      .max(100, { message: 'tooMany' }),
    sources: z
      .array(contentSourceSchema)
      .min(1, { message: 'required' })
      .max(20, { message: 'tooMany' }),
    /**
     * For reviewers, in English: what was checked against which source and what was not.
     * Not shown in the app; the screen shows the example-content warning instead.
     */
    sourceNote: text(LONG_TEXT_MAX),
    ...contentMetaShape,
  })
  .superRefine((c, ctx) => {
    checkDistinctIds('presentingProblems', c.presentingProblems, ctx);
    checkDistinctIds('complexityFactors', c.complexityFactors, ctx);
    checkDistinctIds('sources', c.sources, ctx);
    const sourceIds = new Set(c.sources.map((s) => s.id));
    c.presentingProblems.forEach((p, i) =>
      p.flags.forEach((f, j) => {
        if (!sourceIds.has(f.sourceId))
          ctx.addIssue({
            code: 'custom',
            message: 'notAnOption',
            path: ['presentingProblems', i, 'flags', j, 'sourceId'],
          });
      }),
    );
    checkReviewAfterPublished(c, ctx);
  });
export type CurrentViewContent = z.infer<typeof currentViewContentSchema>;

/** True when the problem carries the flag. */
export function hasFlag(problem: Pick<PresentingProblem, 'flags'>, flag: ProblemFlag): boolean {
  return problem.flags.some((f) => f.flag === flag);
}
