/**
 * The Current View form's values (what the radios give: an answer or '' for none yet),
 * how a saved record becomes them, which answers are missing, and how they become a
 * `current-view` record's data.
 *
 * Design choices:
 * - Every item of the content has a key, '' until answered, so the draft and the form
 *   always have the same shape. Only answered presenting problems and complexity factors
 *   are written: the record keeps unrated ids absent (src/domain/kinds/current-view.ts).
 * - The contextual problems and education items are required by the record ("Not known"
 *   is an answer); the form says which are missing rather than letting the save fail.
 */
import type { FieldError, FieldErrors, Resolver } from 'react-hook-form';
import {
  COMPLEXITY_ANSWERS,
  CONTEXTUAL_PROBLEM_IDS,
  EDUCATION_ITEM_IDS,
  PROBLEM_RATINGS,
  type ComplexityAnswer,
  type CurrentViewContent,
  type CurrentViewData,
  type ProblemRating,
} from '../../../domain';

export interface CurrentViewFormValues {
  presentingProblems: Record<string, string>;
  contextualProblems: Record<string, string>;
  education: Record<string, string>;
  complexityFactors: Record<string, string>;
}

/** The groups whose every item must be answered. */
export const REQUIRED_GROUPS = [
  ['contextualProblems', CONTEXTUAL_PROBLEM_IDS],
  ['education', EDUCATION_ITEM_IDS],
] as const;
export type RequiredGroup = (typeof REQUIRED_GROUPS)[number][0];

export const isRating = (value: unknown): value is ProblemRating =>
  (PROBLEM_RATINGS as readonly unknown[]).includes(value);
const isAnswer = (value: unknown): value is ComplexityAnswer =>
  (COMPLEXITY_ANSWERS as readonly unknown[]).includes(value);

/** Only the answered entries of a group (absent, '' or anything else is left out). */
export function answered<T extends string>(
  values: Readonly<Record<string, unknown>> | undefined,
  ids: readonly string[],
  valid: (value: unknown) => value is T,
): Record<string, T> {
  const out: Record<string, T> = {};
  for (const id of ids) {
    const value = values?.[id];
    if (valid(value)) out[id] = value;
  }
  return out;
}

const keyed = (ids: readonly string[], from?: Readonly<Record<string, unknown>>) =>
  Object.fromEntries(ids.map((id) => [id, typeof from?.[id] === 'string' ? from[id] : '']));

/** The form's values: from a saved record, or all unanswered. */
export function formValuesFrom(
  content: CurrentViewContent,
  record?: Partial<CurrentViewData>,
): CurrentViewFormValues {
  return {
    presentingProblems: keyed(
      content.presentingProblems.map((p) => p.id),
      record?.presentingProblems,
    ),
    contextualProblems: keyed(CONTEXTUAL_PROBLEM_IDS, record?.contextualProblems),
    education: keyed(EDUCATION_ITEM_IDS, record?.education),
    complexityFactors: keyed(
      content.complexityFactors.map((f) => f.id),
      record?.complexityFactors,
    ),
  };
}

/** The required items with no answer yet, in the form's order. */
export function missingRequired(
  values: CurrentViewFormValues,
): { group: RequiredGroup; id: string }[] {
  return REQUIRED_GROUPS.flatMap(([group, ids]) =>
    ids.filter((id) => !isRating(values[group]?.[id])).map((id) => ({ group, id })),
  );
}

/** A react-hook-form resolver: an error (message key `required`) on each missing item. */
export const currentViewResolver: Resolver<CurrentViewFormValues> = (values) => {
  const missing = missingRequired(values);
  if (missing.length === 0) return { values, errors: {} };
  const errors: Partial<Record<RequiredGroup, Record<string, FieldError>>> = {};
  for (const { group, id } of missing) {
    errors[group] = { ...errors[group], [id]: { type: 'required', message: 'required' } };
  }
  return { values: {}, errors: errors as FieldErrors<CurrentViewFormValues> };
};

/** The record's data from complete form values (check `missingRequired` first). */
export function currentViewDataFrom(
  content: CurrentViewContent,
  values: CurrentViewFormValues,
  extra: { completedOn: string; sessionId: string },
): CurrentViewData {
  const required = <G extends RequiredGroup>(group: G, ids: readonly string[]) =>
    answered(values[group], ids, isRating) as CurrentViewData[G];
  return {
    completedOn: extra.completedOn,
    sessionId: extra.sessionId,
    presentingProblems: answered(
      values.presentingProblems,
      content.presentingProblems.map((p) => p.id),
      isRating,
    ),
    contextualProblems: required('contextualProblems', CONTEXTUAL_PROBLEM_IDS),
    education: required('education', EDUCATION_ITEM_IDS),
    complexityFactors: answered(
      values.complexityFactors,
      content.complexityFactors.map((f) => f.id),
      isAnswer,
    ),
  };
}
