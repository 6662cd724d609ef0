/**
 * The decision form's problems in words: this form's own wording where it has one
 * (`options:errors.<field>.<key>`, e.g. "Choose an option, or tick 'not decided yet'"),
 * else the domain's validation message. Summary links go to each field's first input.
 */
import type { FieldError, FieldErrors } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ErrorSummaryItem } from '../../../ui/form/ErrorSummary';
import { useFormProblems } from '../../../ui/form/useFormProblems';
import { DECISION_FIELDS, type DecisionFormValues } from './decision-form';

export type DecisionField = (typeof DECISION_FIELDS)[number];

export function useDecisionProblems(idPrefix: string, errors: FieldErrors<DecisionFormValues>) {
  const { t, i18n } = useTranslation('options');
  const generic = useFormProblems<DecisionFormValues>(idPrefix, errors);

  const fieldMessage = (field: DecisionField): string | undefined => {
    const key = (errors[field] as FieldError | undefined)?.message;
    const specific = key ? `options:errors.${field}.${key}` : undefined;
    if (specific && i18n.exists(specific)) return t(specific);
    return generic.fieldMessage(field);
  };

  const summary: ErrorSummaryItem[] = DECISION_FIELDS.flatMap((field) => {
    const message = fieldMessage(field);
    return message ? [{ fieldId: `${idPrefix}-${field}`, message }] : [];
  });

  return { fieldMessage, summary, summaryTitle: generic.summaryTitle };
}
