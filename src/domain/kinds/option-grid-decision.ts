/**
 * A decision made with an option grid: what mattered most to the young person, which
 * options they weighed, what they chose and why (RESPECT: Review, Effective help, Select).
 *
 * Design choices:
 * - Points at the grid by record id and the version shown, so the record still says what
 *   the person saw after the grid is revised.
 * - `chosenOptionIds` is empty when they decide not to decide yet: that is a legitimate
 *   outcome of shared decision making, and the reasons still matter. More than one
 *   option can be chosen (say, school support while waiting for a group to start).
 * - What happened while comparing is kept with the decision: options the young person
 *   ruled out (`hiddenOptionIds`), the questions that matter most to them
 *   (`starredQuestionIds`), their own questions, and the practitioner's note per option.
 * - The chosen options must be ones they considered. Whether the ids exist in that grid
 *   version is checked where the grid is at hand (the feature), not in this schema.
 */
import { z } from 'zod';
import { defineKind, type DataOf, type RecordOf } from '../kind';
import {
  LONG_TEXT_MAX,
  SHORT_TEXT_MAX,
  allDifferent,
  calendarDate,
  contentId,
  intBetween,
  optionalText,
  pastOrTodayDate,
  ref,
  text,
} from './fields';
import { participantSchema } from './vocabulary';

const optionIds = z
  .array(contentId)
  .max(8, { message: 'tooMany' })
  .refine(allDifferent, { message: 'duplicateItem' });

export const optionGridDecisionKind = defineKind({
  kind: 'option-grid-decision',
  family: 'editable',
  scope: 'case',
  description: 'What was decided with an option grid, or that the decision is not made yet.',
  data: z
    .strictObject({
      gridId: ref,
      gridVersion: intBetween(1, 1_000_000),
      sessionId: ref.optional(),
      whatMattersMost: optionalText(LONG_TEXT_MAX),
      consideredOptionIds: z
        .array(contentId)
        .min(1, { message: 'required' })
        .max(8, { message: 'tooMany' })
        .refine(allDifferent, { message: 'duplicateItem' }),
      chosenOptionIds: optionIds,
      hiddenOptionIds: optionIds.optional(),
      starredQuestionIds: z
        .array(contentId)
        .max(20, { message: 'tooMany' })
        .refine(allDifferent, { message: 'duplicateItem' })
        .optional(),
      ownQuestions: z.array(text(SHORT_TEXT_MAX)).max(10, { message: 'tooMany' }).optional(),
      optionNotes: z
        .array(z.strictObject({ optionId: contentId, note: text(SHORT_TEXT_MAX) }))
        .max(8, { message: 'tooMany' })
        .optional(),
      youngPersonWords: optionalText(LONG_TEXT_MAX),
      reasons: text(LONG_TEXT_MAX),
      reviewOn: calendarDate.optional(),
      goalIds: z
        .array(ref)
        .max(20, { message: 'tooMany' })
        .refine(allDifferent, { message: 'duplicateItem' })
        .optional(),
      decidedOn: pastOrTodayDate,
      decidedWith: z
        .array(participantSchema)
        .min(1, { message: 'required' })
        .max(20, { message: 'tooMany' }),
    })
    .refine((d) => d.chosenOptionIds.every((id) => d.consideredOptionIds.includes(id)), {
      message: 'chosenNotConsidered',
      path: ['chosenOptionIds'],
    }),
});

export type OptionGridDecisionData = DataOf<typeof optionGridDecisionKind>;
export type OptionGridDecisionRecord = RecordOf<typeof optionGridDecisionKind>;
