/**
 * The grouping agreement form: what the inputs hold (strings, as inputs give them), how
 * it is checked, and how it becomes a `grouping-decision` record's data.
 *
 * Design choices:
 * - Checked with the domain's own field schemas and message keys, so the form and the
 *   record agree on what is valid; the screen words some keys for its fields (errors.*).
 * - The agreed grouping starts empty and stays empty until someone chooses it: nothing
 *   (a Current View suggestion, an earlier decision, a view) pre-selects it.
 * - Each view's grouping is optional: an empty choice means "not said".
 * - Who agreed is a set of roles. People already named on the record (a teacher's name,
 *   a user id) are kept while their role stays ticked, so editing never drops them.
 */
import { z } from 'zod';
import {
  GROUPINGS,
  LONG_TEXT_MAX,
  PARTICIPANT_ROLES,
  calendarDate,
  groupingSchema,
  oneOf,
  type GroupingDecisionData,
  type Participant,
  type ParticipantRole,
} from '../../../domain';

export const VIEW_OWNERS = ['youngPerson', 'family', 'practitioner'] as const;
export type ViewOwner = (typeof VIEW_OWNERS)[number];

export interface GroupingFormValues {
  youngPersonView: string;
  youngPersonGrouping: string;
  familyView: string;
  familyGrouping: string;
  practitionerView: string;
  practitionerGrouping: string;
  grouping: string;
  reasons: string;
  agreedBy: string[];
  reviewBy: string;
}

/** In the order they appear on screen, so the error summary follows the page. */
export const FORM_FIELDS = [
  'youngPersonView',
  'youngPersonGrouping',
  'familyView',
  'familyGrouping',
  'practitionerView',
  'practitionerGrouping',
  'grouping',
  'reasons',
  'agreedBy',
  'reviewBy',
] as const satisfies readonly (keyof GroupingFormValues)[];

const viewText = z.string().max(LONG_TEXT_MAX, { message: 'tooLong' });
const optionalGrouping = z.union([z.literal(''), groupingSchema], { message: 'notAnOption' });

/** The form's schema; `agreedOn` is the day the decision is (or was) agreed. */
export function groupingFormSchema(agreedOn: string) {
  return z
    .strictObject({
      youngPersonView: viewText,
      youngPersonGrouping: optionalGrouping,
      familyView: viewText,
      familyGrouping: optionalGrouping,
      practitionerView: viewText,
      practitionerGrouping: optionalGrouping,
      grouping: z.enum(GROUPINGS, { message: 'notAnOption' }),
      reasons: z
        .string()
        .trim()
        .min(1, { message: 'required' })
        .max(LONG_TEXT_MAX, { message: 'tooLong' }),
      agreedBy: z
        .array(oneOf(PARTICIPANT_ROLES))
        .min(1, { message: 'required' })
        .max(PARTICIPANT_ROLES.length, { message: 'tooMany' }),
      reviewBy: z.union([z.literal(''), calendarDate], { message: 'invalidDate' }),
    })
    .refine((v) => v.reviewBy === '' || v.reviewBy >= agreedOn, {
      message: 'reviewDateBeforeAgreed',
      path: ['reviewBy'],
      // Checked even when other fields have problems, so every problem shows at once.
      when: () => true,
    });
}

export function emptyGroupingForm(): GroupingFormValues {
  return {
    youngPersonView: '',
    youngPersonGrouping: '',
    familyView: '',
    familyGrouping: '',
    practitionerView: '',
    practitionerGrouping: '',
    grouping: '',
    reasons: '',
    agreedBy: [],
    reviewBy: '',
  };
}

/** A stored decision as the form shows it. */
export function groupingFormFrom(decision: Partial<GroupingDecisionData>): GroupingFormValues {
  return {
    youngPersonView: decision.youngPersonView ?? '',
    youngPersonGrouping: decision.youngPersonGrouping ?? '',
    familyView: decision.familyView ?? '',
    familyGrouping: decision.familyGrouping ?? '',
    practitionerView: decision.practitionerView ?? '',
    practitionerGrouping: decision.practitionerGrouping ?? '',
    grouping: decision.grouping ?? '',
    reasons: decision.reasons ?? '',
    agreedBy: PARTICIPANT_ROLES.filter((role) =>
      (decision.agreedBy ?? []).some((p) => p.role === role),
    ),
    reviewBy: decision.reviewBy ?? '',
  };
}

const trimmed = (value: string): string | undefined => {
  const t = value.trim();
  return t === '' ? undefined : t;
};

const groupingOrNone = (value: string) =>
  (GROUPINGS as readonly string[]).includes(value)
    ? (value as GroupingDecisionData['grouping'])
    : undefined;

/**
 * The decision fields a valid form sets (not `agreedOn` or `sessionId`, which saving
 * adds). Optional fields left empty are `undefined`: cleared on update, left out on create.
 */
export type DecisionFields = Omit<GroupingDecisionData, 'agreedOn' | 'sessionId'>;

export function decisionFieldsFrom(
  values: GroupingFormValues,
  before: readonly Participant[] = [],
): DecisionFields {
  const grouping = groupingOrNone(values.grouping);
  // Never a default: a form that reaches here has been checked, and a grouping is chosen.
  if (grouping === undefined) throw new Error('decisionFieldsFrom: no grouping was chosen');
  const roles = PARTICIPANT_ROLES.filter((r) => values.agreedBy.includes(r));
  const agreedBy: Participant[] = roles.flatMap((role: ParticipantRole) => {
    const kept = before.filter((p) => p.role === role);
    return kept.length > 0 ? kept : [{ role }];
  });
  return {
    grouping,
    reasons: values.reasons.trim(),
    youngPersonView: trimmed(values.youngPersonView),
    youngPersonGrouping: groupingOrNone(values.youngPersonGrouping),
    familyView: trimmed(values.familyView),
    familyGrouping: groupingOrNone(values.familyGrouping),
    practitionerView: trimmed(values.practitionerView),
    practitionerGrouping: groupingOrNone(values.practitionerGrouping),
    agreedBy,
    reviewBy: trimmed(values.reviewBy),
  };
}
