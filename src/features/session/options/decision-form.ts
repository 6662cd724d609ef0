/**
 * Comparing options and recording the decision (issue #5 items 3–4): what the form holds
 * (strings and lists, as inputs give them), how it is checked, and how it becomes an
 * `option-grid-decision` record's data.
 *
 * Design choices:
 * - One form covers the comparing (options still considered, starred questions, the
 *   young person's own questions, a practitioner's note per option) and the decision, so
 *   all of it is kept as one draft while the session goes on, and saved as one record.
 * - Options ruled out are the grid's options not ticked as "still considering"; every
 *   option starts considered, because ruling out is the young person's act.
 * - Choosing is explicit: at least one option, or "not decided yet" (a legitimate
 *   outcome), never both and never neither.
 * - Notes are a list in the grid's option order, so option ids never become form paths.
 */
import { z } from 'zod';
import {
  LONG_TEXT_MAX,
  PARTICIPANT_ROLES,
  SHORT_TEXT_MAX,
  calendarDate,
  oneOf,
  type OptionGridData,
  type OptionGridDecisionData,
  type Participant,
} from '../../../domain';

export interface DecisionFormValues {
  considered: string[];
  starred: string[];
  ownQuestions: string[];
  newQuestion: string;
  notes: string[];
  chosen: string[];
  notDecided: boolean;
  whatMattersMost: string;
  youngPersonWords: string;
  reasons: string;
  decidedWith: string[];
  reviewOn: string;
  goalIds: string[];
}

/** In the order they appear on screen, so the error summary follows the page. */
export const DECISION_FIELDS = [
  'considered',
  'newQuestion',
  'chosen',
  'whatMattersMost',
  'youngPersonWords',
  'reasons',
  'decidedWith',
  'reviewOn',
] as const satisfies readonly (keyof DecisionFormValues)[];

export const MAX_OWN_QUESTIONS = 10;

const longText = z.string().max(LONG_TEXT_MAX, { message: 'tooLong' });

/** The form's schema for a grid, on the day the decision is (or was) made. */
export function decisionFormSchema(grid: OptionGridData, decidedOn: string) {
  const optionIds = grid.options.map((o) => o.id);
  const optionId = z.enum(optionIds as [string, ...string[]], { message: 'notAnOption' });
  return z
    .strictObject({
      considered: z.array(optionId).min(1, { message: 'keepOneOption' }),
      starred: z.array(z.string()),
      ownQuestions: z.array(z.string().trim().min(1).max(SHORT_TEXT_MAX)).max(MAX_OWN_QUESTIONS),
      newQuestion: z.string().max(SHORT_TEXT_MAX, { message: 'tooLong' }),
      notes: z.array(z.string().max(SHORT_TEXT_MAX, { message: 'tooLong' })),
      chosen: z.array(optionId),
      notDecided: z.boolean(),
      whatMattersMost: longText,
      youngPersonWords: longText,
      reasons: z
        .string()
        .trim()
        .min(1, { message: 'required' })
        .max(LONG_TEXT_MAX, { message: 'tooLong' }),
      decidedWith: z
        .array(oneOf(PARTICIPANT_ROLES))
        .min(1, { message: 'required' })
        .max(PARTICIPANT_ROLES.length, { message: 'tooMany' }),
      reviewOn: z.union([z.literal(''), calendarDate], { message: 'invalidDate' }),
      goalIds: z.array(z.string()),
    })
    .superRefine((v, ctx) => {
      if (v.chosen.length === 0 && !v.notDecided) {
        ctx.addIssue({ code: 'custom', message: 'chooseOrNotYet', path: ['chosen'] });
      }
      if (v.chosen.length > 0 && v.notDecided) {
        ctx.addIssue({ code: 'custom', message: 'chosenAndNotYet', path: ['chosen'] });
      }
      if (v.chosen.some((id) => !v.considered.includes(id))) {
        ctx.addIssue({ code: 'custom', message: 'chosenRuledOut', path: ['chosen'] });
      }
      if (v.reviewOn !== '' && v.reviewOn < decidedOn) {
        ctx.addIssue({ code: 'custom', message: 'reviewBeforeDecision', path: ['reviewOn'] });
      }
    });
}

export function emptyDecisionForm(grid: OptionGridData): DecisionFormValues {
  return {
    considered: grid.options.map((o) => o.id),
    starred: [],
    ownQuestions: [],
    newQuestion: '',
    notes: grid.options.map(() => ''),
    chosen: [],
    notDecided: false,
    whatMattersMost: '',
    youngPersonWords: '',
    reasons: '',
    decidedWith: [],
    reviewOn: '',
    goalIds: [],
  };
}

/** A stored decision as the form shows it. */
export function decisionFormFrom(
  grid: OptionGridData,
  d: OptionGridDecisionData,
): DecisionFormValues {
  return {
    considered: grid.options.map((o) => o.id).filter((id) => d.consideredOptionIds.includes(id)),
    starred: d.starredQuestionIds ?? [],
    ownQuestions: d.ownQuestions ?? [],
    newQuestion: '',
    notes: grid.options.map((o) => d.optionNotes?.find((n) => n.optionId === o.id)?.note ?? ''),
    chosen: d.chosenOptionIds,
    notDecided: d.chosenOptionIds.length === 0,
    whatMattersMost: d.whatMattersMost ?? '',
    youngPersonWords: d.youngPersonWords ?? '',
    reasons: d.reasons,
    decidedWith: PARTICIPANT_ROLES.filter((r) => d.decidedWith.some((p) => p.role === r)),
    reviewOn: d.reviewOn ?? '',
    goalIds: d.goalIds ?? [],
  };
}

const trimmed = (value: string): string | undefined => {
  const t = value.trim();
  return t === '' ? undefined : t;
};

/** Lists left empty are left out, like empty text: "nothing starred" is not a fact to store. */
const nonEmpty = <T>(list: T[]): T[] | undefined => (list.length > 0 ? list : undefined);

/**
 * The record's data from a checked form. People already named on an earlier save (a user
 * id, a teacher's name) are kept while their role stays ticked.
 */
export function decisionDataFrom(
  values: DecisionFormValues,
  context: {
    gridId: string;
    grid: OptionGridData;
    sessionId: string;
    decidedOn: string;
    before?: readonly Participant[];
  },
): OptionGridDecisionData {
  const { grid } = context;
  const order = grid.options.map((o) => o.id);
  const considered = order.filter((id) => values.considered.includes(id));
  const roles = PARTICIPANT_ROLES.filter((r) => values.decidedWith.includes(r));
  const decidedWith: Participant[] = roles.flatMap((role) => {
    const kept = (context.before ?? []).filter((p) => p.role === role);
    return kept.length > 0 ? kept : [{ role }];
  });
  const optionNotes = grid.options.flatMap((o, i) => {
    const note = trimmed(values.notes[i] ?? '');
    return note !== undefined && considered.includes(o.id) ? [{ optionId: o.id, note }] : [];
  });
  const questionIds = grid.questions.map((q) => q.id);
  return {
    gridId: context.gridId,
    gridVersion: grid.version,
    sessionId: context.sessionId,
    consideredOptionIds: considered,
    hiddenOptionIds: nonEmpty(order.filter((id) => !considered.includes(id))),
    starredQuestionIds: nonEmpty(questionIds.filter((id) => values.starred.includes(id))),
    ownQuestions: nonEmpty(values.ownQuestions.map((q) => q.trim()).filter((q) => q !== '')),
    optionNotes: nonEmpty(optionNotes),
    chosenOptionIds: values.notDecided ? [] : order.filter((id) => values.chosen.includes(id)),
    whatMattersMost: trimmed(values.whatMattersMost),
    youngPersonWords: trimmed(values.youngPersonWords),
    reasons: values.reasons.trim(),
    reviewOn: trimmed(values.reviewOn),
    goalIds: nonEmpty(values.goalIds),
    decidedOn: context.decidedOn,
    decidedWith,
  };
}
