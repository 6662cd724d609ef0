/**
 * A decision made with an option grid: what mattered most to the young person, which
 * options they weighed, what they chose and why (RESPECT: Review, Effective help, Select).
 *
 * Design choices:
 * - Points at the grid by record id and the version shown, so the record still says what
 *   the person saw after the grid is revised.
 * - `chosenOptionId` is null when they decide not to decide yet: that is a legitimate
 *   outcome of shared decision making, and the reasons still matter.
 * - The chosen option must be one they considered. Whether the ids exist in that grid
 *   version is checked where the grid is at hand (the feature), not in this schema.
 */
import { z } from 'zod';
import { defineKind, type DataOf, type RecordOf } from '../kind';
import {
  LONG_TEXT_MAX,
  allDifferent,
  contentId,
  intBetween,
  optionalText,
  pastOrTodayDate,
  ref,
  text,
} from './fields';
import { participantSchema } from './vocabulary';

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
      chosenOptionId: contentId.nullable(),
      reasons: text(LONG_TEXT_MAX),
      decidedOn: pastOrTodayDate,
      decidedWith: z
        .array(participantSchema)
        .min(1, { message: 'required' })
        .max(20, { message: 'tooMany' }),
    })
    .refine((d) => d.chosenOptionId === null || d.consideredOptionIds.includes(d.chosenOptionId), {
      message: 'chosenNotConsidered',
      path: ['chosenOptionId'],
    }),
});

export type OptionGridDecisionData = DataOf<typeof optionGridDecisionKind>;
export type OptionGridDecisionRecord = RecordOf<typeof optionGridDecisionKind>;
