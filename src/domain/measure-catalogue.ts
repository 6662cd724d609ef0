/**
 * The catalogue of standardised measures a goal can point to (issue #6; domain/THRIVE.md
 * §7; THRIVE Elaborated, 2nd edition, 2016, Table 3), as a schema and pure look-ups.
 *
 * Design choices:
 * - The catalogue keeps Table 3's rows: each agreed goal (`goals`) sits under one of
 *   Table 3's three overarching themes and is mapped to one of our five goal themes; each
 *   measure names the Table 3 goals it is suggested for, and its `themes` must be exactly
 *   the themes of those goals (checked), so the mapping is written once and visible.
 * - A theme with no measure (Table 3 names none for greater understanding) is allowed:
 *   `measuresForTheme` then returns an empty list and the UI says so.
 * - `range` (min, max, direction) is given only where the scale is known for certain;
 *   otherwise it is left out and `rangeToConfirm` is true, and the practitioner enters the
 *   range when recording a score (the entry copies it, outcome-measure-entry.ts).
 * - No questionnaire items: only names, ranges, sources and licence notes.
 * - Names stay as published (English, acronyms included) in every language; the words
 *   people see are keyed into locales/<lang>/measures.json.
 */
import { z } from 'zod';
import {
  NAME_MAX,
  SHORT_TEXT_MAX,
  allDifferent,
  checkDistinctIds,
  checkReviewAfterPublished,
  contentId,
  contentMetaShape,
  oneOf,
  text,
  webAddress,
} from './kinds/fields';
import { GOAL_THEMES, type GoalTheme } from './kinds/goal';
import { contentSourceSchema } from './respect';

/** Table 3's three overarching themes, as kebab-case ids. */
export const TABLE3_THEMES = [
  'relationship-interpersonal',
  'coping-with-problems-and-symptoms',
  'personal-functioning',
] as const;
export type Table3Theme = (typeof TABLE3_THEMES)[number];

const finite = z.number({ message: 'wrongType' });

/** An agreed goal from Table 3, with the goal theme it maps to. */
export const measureGoalSchema = z.strictObject({
  id: contentId,
  table3Theme: oneOf(TABLE3_THEMES),
  theme: oneOf(GOAL_THEMES),
  /** English source, as in Table 3; displayed as `measures:goals.<id>`. */
  text: text(NAME_MAX),
});
export type MeasureGoal = z.infer<typeof measureGoalSchema>;

export const measureRangeSchema = z
  .strictObject({
    min: finite,
    max: finite,
    higherIsBetter: z.boolean({ message: 'wrongType' }),
  })
  .refine((r) => r.min < r.max, { message: 'minNotBelowMax', path: ['min'] });
export type MeasureRange = z.infer<typeof measureRangeSchema>;

export const measureSourceSchema = z.strictObject({
  /** Who developed the measure. */
  developer: text(SHORT_TEXT_MAX),
  /** Who publishes or distributes it now, where known. */
  publisher: text(SHORT_TEXT_MAX).optional(),
  /** The reference for the measure. */
  citation: text(SHORT_TEXT_MAX),
  url: webAddress.optional(),
});

export const measureSchema = z.strictObject({
  id: contentId,
  /** As published, e.g. "SDQ"; displayed as `measures:measures.<id>.shortName`. */
  shortName: text(NAME_MAX),
  /** As published; displayed as `measures:measures.<id>.name`. */
  name: text(SHORT_TEXT_MAX),
  /** The Table 3 goals it is suggested for. */
  goalIds: z
    .array(contentId)
    .min(1, { message: 'required' })
    .max(20, { message: 'tooMany' })
    .refine(allDifferent, { message: 'duplicateItem' }),
  /** The goal themes it suggests: exactly the themes of its goals. */
  themes: z
    .array(oneOf(GOAL_THEMES))
    .min(1, { message: 'required' })
    .max(GOAL_THEMES.length, { message: 'tooMany' })
    .refine(allDifferent, { message: 'duplicateItem' }),
  /** Which score the range is for (version, total or subscale), for reviewers. */
  scoring: text(SHORT_TEXT_MAX),
  range: measureRangeSchema.optional(),
  /** True when the range is not known for certain: the practitioner enters it. */
  rangeToConfirm: z.boolean({ message: 'wrongType' }),
  source: measureSourceSchema,
  /** Terms of use, where known; undefined means not known: check before use. */
  licence: text(SHORT_TEXT_MAX).optional(),
});
export type Measure = z.infer<typeof measureSchema>;

export const measureCatalogueSchema = z
  .strictObject({
    goals: z
      .array(measureGoalSchema)
      .min(1, { message: 'tooFew' })
      .max(100, { message: 'tooMany' }),
    measures: z.array(measureSchema).min(1, { message: 'tooFew' }).max(200, { message: 'tooMany' }),
    sources: z
      .array(contentSourceSchema)
      .min(1, { message: 'required' })
      .max(20, { message: 'tooMany' }),
    ...contentMetaShape,
  })
  .superRefine((c, ctx) => {
    checkDistinctIds('goals', c.goals, ctx);
    checkDistinctIds('measures', c.measures, ctx);
    checkDistinctIds('sources', c.sources, ctx);
    const goalTheme = new Map(c.goals.map((g) => [g.id, g.theme]));
    c.measures.forEach((m, i) => {
      const themes = new Set<GoalTheme>();
      m.goalIds.forEach((id, j) => {
        const theme = goalTheme.get(id);
        if (theme === undefined)
          ctx.addIssue({
            code: 'custom',
            message: 'notAnOption',
            path: ['measures', i, 'goalIds', j],
          });
        else themes.add(theme);
      });
      if (m.themes.length !== themes.size || m.themes.some((t) => !themes.has(t)))
        ctx.addIssue({ code: 'custom', message: 'notAnOption', path: ['measures', i, 'themes'] });
      if (m.rangeToConfirm !== (m.range === undefined))
        ctx.addIssue({
          code: 'custom',
          message: 'required',
          path: ['measures', i, m.rangeToConfirm ? 'rangeToConfirm' : 'range'],
        });
    });
    checkReviewAfterPublished(c, ctx);
  });
export type MeasureCatalogue = z.infer<typeof measureCatalogueSchema>;

/** The measures suggested for a goal theme, in catalogue order (may be none). */
export function measuresForTheme(catalogue: MeasureCatalogue, theme: GoalTheme): Measure[] {
  return catalogue.measures.filter((m) => m.themes.includes(theme));
}

/** The Table 3 goals a measure is suggested for, in catalogue order. */
export function goalsForMeasure(catalogue: MeasureCatalogue, measure: Measure): MeasureGoal[] {
  return catalogue.goals.filter((g) => measure.goalIds.includes(g.id));
}
