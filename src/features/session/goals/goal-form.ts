/**
 * Setting a goal together (issue #6 item 1): what the form holds, how it is checked, and
 * how it becomes a `goal` record's data.
 *
 * Design choices:
 * - The goal is written in the young person's own words and never reworded; a carer's
 *   wording, where the plan is family-focused, sits beside it.
 * - The baseline is required: Goals Based Outcomes measure change from where someone
 *   started, rated when the goal is set.
 * - What happens if the goal is not being reached is asked for at the start, as THRIVE
 *   asks, so the review can come back to it; it is optional here because some goals are
 *   set before that conversation, and the review screen shows when it is missing.
 */
import { z } from 'zod';
import {
  GOAL_SETTERS,
  GOAL_THEMES,
  LONG_TEXT_MAX,
  SHORT_TEXT_MAX,
  calendarDate,
  type GoalData,
} from '../../../domain';

export interface GoalFormValues {
  text: string;
  carerText: string;
  theme: string;
  setBy: string;
  baselineRating: string;
  targetDate: string;
  ifNotReached: string;
  linkedDecisionId: string;
}

export const GOAL_FIELDS = [
  'text',
  'carerText',
  'theme',
  'setBy',
  'baselineRating',
  'targetDate',
  'ifNotReached',
  'linkedDecisionId',
] as const satisfies readonly (keyof GoalFormValues)[];

export function goalFormSchema(today: string) {
  return z
    .strictObject({
      text: z
        .string()
        .trim()
        .min(1, { message: 'required' })
        .max(SHORT_TEXT_MAX, { message: 'tooLong' }),
      carerText: z.string().max(SHORT_TEXT_MAX, { message: 'tooLong' }),
      theme: z.enum(GOAL_THEMES, { message: 'notAnOption' }),
      setBy: z.enum(GOAL_SETTERS, { message: 'notAnOption' }),
      baselineRating: z.string().regex(/^(10|[0-9])$/, { message: 'chooseRating' }),
      targetDate: z.union([z.literal(''), calendarDate], { message: 'invalidDate' }),
      ifNotReached: z.string().max(LONG_TEXT_MAX, { message: 'tooLong' }),
      linkedDecisionId: z.string(),
    })
    .refine((v) => v.targetDate === '' || v.targetDate >= today, {
      message: 'targetInPast',
      path: ['targetDate'],
      when: () => true,
    });
}

export function emptyGoalForm(): GoalFormValues {
  return {
    text: '',
    carerText: '',
    theme: '',
    setBy: '',
    baselineRating: '',
    targetDate: '',
    ifNotReached: '',
    linkedDecisionId: '',
  };
}

const trimmed = (value: string): string | undefined => {
  const t = value.trim();
  return t === '' ? undefined : t;
};

/** The new goal's data from a checked form; `order` puts it after the case's others. */
export function goalDataFrom(values: GoalFormValues, order: number): GoalData {
  return {
    text: values.text.trim(),
    carerText: trimmed(values.carerText),
    theme: values.theme as GoalData['theme'],
    setBy: values.setBy as GoalData['setBy'],
    linkedDecisionId: trimmed(values.linkedDecisionId),
    baselineRating: Number(values.baselineRating),
    targetDate: trimmed(values.targetDate),
    ifNotReached: trimmed(values.ifNotReached),
    status: 'active',
    order,
  };
}

/** The order for a goal added after `orders` (the case's goals' orders). */
export function nextOrder(orders: readonly number[]): number {
  return orders.length === 0 ? 1 : Math.floor(Math.max(...orders)) + 1;
}

/**
 * The order that moves a goal one place up or down in `sorted` (the goals in order): the
 * midpoint between its new neighbours, so only the moved goal is written and a
 * reordering on another device never conflicts with it.
 */
export function movedOrder(
  sorted: readonly { id: string; order: number }[],
  id: string,
  direction: 'up' | 'down',
): number | undefined {
  const i = sorted.findIndex((g) => g.id === id);
  if (i < 0) return undefined;
  const j = direction === 'up' ? i - 1 : i + 1;
  const neighbour = sorted[j];
  if (neighbour === undefined) return undefined;
  const beyond = sorted[direction === 'up' ? j - 1 : j + 1];
  if (beyond === undefined) {
    return direction === 'up' ? neighbour.order / 2 : neighbour.order + 1;
  }
  return (neighbour.order + beyond.order) / 2;
}
