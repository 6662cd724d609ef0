/**
 * An option grid (domain/THRIVE.md §4): a one-page table that compares the options open
 * to a young person, with the questions people most often ask as rows and a short, plain,
 * evidence-based answer in each cell, with its sources and review date. Organisation
 * content: a service publishes its own grids or adapts bundled ones.
 *
 * Design choices:
 * - Options, questions and sources have content ids (kebab-case) that cells and
 *   decisions refer to, so a grid can be re-ordered or re-worded without breaking them.
 * - The table must be complete and unambiguous: every cell names an option and a
 *   question that exist, and each option/question pair has exactly one cell.
 * - `version` is a whole number raised on every published change; a decision records
 *   the version it was made with, so it can show what the person actually saw.
 * - Published versions are never rewritten: editing makes a new record with a higher
 *   `version` and the same `slug` (`basedOn` names the grid it came from), and retiring
 *   sets `status: 'retired'`. A decision points at the exact record it was made with.
 * - Local notes on availability are the organisation's own words, not evidence.
 * - `exampleContent` marks made-up grids shipped for trying the app, which must never be
 *   mistaken for clinical guidance.
 */
import { z } from 'zod';
import { defineKind, type DataOf, type RecordOf } from '../kind';
import {
  NAME_MAX,
  SHORT_TEXT_MAX,
  ageYears,
  allDifferent,
  checkDistinctIds,
  checkReviewAfterPublished,
  contentId,
  contentMetaShape,
  oneOf,
  optionalText,
  ref,
  text,
  webAddress,
} from './fields';
import { groupingSchema } from './vocabulary';

export const gridOptionSchema = z.strictObject({ id: contentId, title: text(NAME_MAX) });
export const gridQuestionSchema = z.strictObject({ id: contentId, text: text(SHORT_TEXT_MAX) });
/**
 * One answer. A cell is either answered or explicitly "not known" (`notKnown: true`, no
 * answer): an honest gap is better than a guess, and a blank is never allowed.
 */
export const gridCellSchema = z
  .strictObject({
    questionId: contentId,
    optionId: contentId,
    answer: optionalText(SHORT_TEXT_MAX),
    notKnown: z.literal(true, { message: 'wrongType' }).optional(),
    sourceIds: z.array(contentId).max(10, { message: 'tooMany' }).optional(),
  })
  .superRefine((cell, ctx) => {
    if (cell.notKnown === true && cell.answer !== undefined) {
      ctx.addIssue({ code: 'custom', message: 'answerOrNotKnown', path: ['answer'] });
    }
    if (cell.notKnown !== true && cell.answer === undefined) {
      ctx.addIssue({ code: 'custom', message: 'answerOrNotKnown', path: ['answer'] });
    }
  });

/** Where an organisation's version of a grid stands. Bundled grids are always published. */
export const GRID_STATUSES = ['published', 'retired'] as const;

/** A local note on an option ("available locally: group starts in May"), by the admin. */
export const gridLocalNoteSchema = z.strictObject({
  optionId: contentId,
  note: text(SHORT_TEXT_MAX),
});
export const gridSourceSchema = z.strictObject({
  id: contentId,
  title: text(SHORT_TEXT_MAX),
  publisher: text(NAME_MAX),
  url: webAddress.optional(),
  section: optionalText(NAME_MAX),
});

export const optionGridAudienceSchema = z
  .strictObject({
    minAge: ageYears,
    maxAge: ageYears,
    groupings: z
      .array(groupingSchema)
      .min(1, { message: 'required' })
      .max(5, { message: 'tooMany' })
      .refine(allDifferent, { message: 'duplicateItem' }),
  })
  .refine((a) => a.minAge <= a.maxAge, { message: 'minAgeAboveMax', path: ['minAge'] });

type GridTable = {
  options: { id: string }[];
  questions: { id: string }[];
  cells: { questionId: string; optionId: string; sourceIds?: string[] | undefined }[];
  sources: { id: string }[];
};

/** The table rules: unique ids, cells that point at real rows/columns/sources, no gaps. */
export function checkGridTable(g: GridTable, ctx: z.RefinementCtx): void {
  checkDistinctIds('options', g.options, ctx);
  checkDistinctIds('questions', g.questions, ctx);
  checkDistinctIds('sources', g.sources, ctx);
  const optionIds = new Set(g.options.map((o) => o.id));
  const questionIds = new Set(g.questions.map((q) => q.id));
  const sourceIds = new Set(g.sources.map((s) => s.id));
  const filled = new Set<string>();
  g.cells.forEach((cell, i) => {
    const known = optionIds.has(cell.optionId) && questionIds.has(cell.questionId);
    if (!questionIds.has(cell.questionId)) {
      ctx.addIssue({
        code: 'custom',
        message: 'unknownQuestion',
        path: ['cells', i, 'questionId'],
      });
    }
    if (!optionIds.has(cell.optionId)) {
      ctx.addIssue({ code: 'custom', message: 'unknownOption', path: ['cells', i, 'optionId'] });
    }
    (cell.sourceIds ?? []).forEach((s, j) => {
      if (!sourceIds.has(s))
        ctx.addIssue({
          code: 'custom',
          message: 'unknownSource',
          path: ['cells', i, 'sourceIds', j],
        });
    });
    if (!known) return;
    const pair = `${cell.questionId}\u0000${cell.optionId}`;
    if (filled.has(pair)) {
      ctx.addIssue({
        code: 'custom',
        message: 'duplicateCell',
        path: ['cells', i],
        params: { questionId: cell.questionId, optionId: cell.optionId },
      });
    }
    filled.add(pair);
  });
  for (const q of questionIds) {
    for (const o of optionIds) {
      if (!filled.has(`${q}\u0000${o}`)) {
        ctx.addIssue({
          code: 'custom',
          message: 'missingCell',
          path: ['cells'],
          params: { questionId: q, optionId: o },
        });
      }
    }
  }
}

export const optionGridKind = defineKind({
  kind: 'option-grid',
  family: 'editable',
  scope: 'organisation',
  description: 'A published comparison of options: questions by options, with sourced answers.',
  data: z
    .strictObject({
      topic: text(NAME_MAX),
      slug: contentId,
      audience: optionGridAudienceSchema,
      options: z
        .array(gridOptionSchema)
        .min(2, { message: 'tooFew' })
        .max(8, { message: 'tooMany' }),
      questions: z
        .array(gridQuestionSchema)
        .min(1, { message: 'tooFew' })
        .max(20, { message: 'tooMany' }),
      cells: z.array(gridCellSchema).max(160, { message: 'tooMany' }),
      sources: z
        .array(gridSourceSchema)
        .min(1, { message: 'needsSource' })
        .max(50, { message: 'tooMany' }),
      /** Made by editing another grid (bundled or local): that grid's id, for history. */
      basedOn: ref.optional(),
      status: oneOf(GRID_STATUSES).optional(),
      localNotes: z.array(gridLocalNoteSchema).max(8, { message: 'tooMany' }).optional(),
      authors: z
        .array(text(NAME_MAX))
        .min(1, { message: 'required' })
        .max(20, { message: 'tooMany' }),
      ...contentMetaShape,
    })
    .superRefine((g, ctx) => {
      checkGridTable(g, ctx);
      checkReviewAfterPublished(g, ctx);
      const optionIds = new Set(g.options.map((o) => o.id));
      (g.localNotes ?? []).forEach((n, i) => {
        if (!optionIds.has(n.optionId))
          ctx.addIssue({
            code: 'custom',
            message: 'unknownOption',
            path: ['localNotes', i, 'optionId'],
          });
      });
    }),
});

export type OptionGridData = DataOf<typeof optionGridKind>;
export type OptionGridRecord = RecordOf<typeof optionGridKind>;
