/**
 * A personalised goal in the young person's own words (Goals Based Outcomes, Law & Jacob
 * 2015; domain/THRIVE.md §7). Getting Help starts with an explicit agreement on what
 * success looks like, by when, and what happens if it is not reached, so those are here.
 *
 * Design choices:
 * - `text` is the young person's words and is never reworded by staff; a carer's own
 *   wording, where the plan is family-focused, is `carerText` beside it.
 * - `baselineRating` is the 0–10 rating when the goal was set; later ratings are
 *   append-only `goal-rating` records, so progress is never overwritten.
 * - A goal that has ended says why (`endReason`): endings matter as much as beginnings.
 * - `order` is a number, so goals can be reordered without rewriting each other.
 */
import { z } from 'zod';
import { defineKind, type DataOf, type RecordOf } from '../kind';
import {
  LONG_TEXT_MAX,
  SHORT_TEXT_MAX,
  calendarDate,
  intBetween,
  listOrder,
  oneOf,
  optionalText,
  ref,
  text,
} from './fields';

/** The five goal themes of THRIVE Elaborated. */
export const GOAL_THEMES = [
  'symptom-change',
  'greater-understanding',
  'general-wellbeing',
  'relationship-enhancement',
  'impact-on-life',
] as const;
export type GoalTheme = (typeof GOAL_THEMES)[number];
export const GOAL_SETTERS = ['young-person', 'carer', 'jointly'] as const;
export const GOAL_STATUSES = ['active', 'paused', 'achieved', 'ended'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

/** The Goals Based Outcomes scale: 0 (not at all close) to 10 (goal reached). */
export const goalScoreSchema = intBetween(0, 10);

export const goalKind = defineKind({
  kind: 'goal',
  family: 'editable',
  scope: 'case',
  description:
    "A goal in the young person's words, with its baseline and what happens if not reached.",
  data: z
    .strictObject({
      text: text(SHORT_TEXT_MAX),
      carerText: optionalText(SHORT_TEXT_MAX),
      theme: oneOf(GOAL_THEMES),
      setBy: oneOf(GOAL_SETTERS),
      linkedDecisionId: ref.optional(),
      baselineRating: goalScoreSchema,
      targetDate: calendarDate.optional(),
      ifNotReached: optionalText(LONG_TEXT_MAX),
      status: oneOf(GOAL_STATUSES),
      endReason: optionalText(SHORT_TEXT_MAX),
      order: listOrder,
    })
    .refine((g) => g.status !== 'ended' || (g.endReason ?? '').trim() !== '', {
      message: 'required',
      path: ['endReason'],
    }),
});

export type GoalData = DataOf<typeof goalKind>;
export type GoalRecord = RecordOf<typeof goalKind>;
