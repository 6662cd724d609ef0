/**
 * The grouping form's problems in words: the domain's validation messages, with a more
 * specific one where this form has it (`grouping:errors.<field>.<key>`, e.g. "Enter why
 * you agreed this grouping" rather than "This is required"), as NHS.UK asks.
 *
 * Summary links go to the field's first input: for the radios and checkboxes, the first
 * option carries the field's id.
 */
import type { FieldError, FieldErrors } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ErrorSummaryItem } from '../../../ui/form/ErrorSummary';
import { useFormProblems } from '../../../ui/form/useFormProblems';
import { FORM_FIELDS, type GroupingFormValues } from './grouping-form';

type Field = (typeof FORM_FIELDS)[number];

export function useGroupingProblems(idPrefix: string, errors: FieldErrors<GroupingFormValues>) {
  const { t, i18n } = useTranslation('grouping');
  const generic = useFormProblems<GroupingFormValues>(idPrefix, errors);

  const fieldMessage = (field: Field): string | undefined => {
    const key = (errors[field] as FieldError | undefined)?.message;
    const specific = key ? `grouping:errors.${field}.${key}` : undefined;
    if (specific && i18n.exists(specific)) return t(specific);
    return generic.fieldMessage(field);
  };

  const summary: ErrorSummaryItem[] = FORM_FIELDS.flatMap((field) => {
    const message = fieldMessage(field);
    return message ? [{ fieldId: `${idPrefix}-${field}`, message }] : [];
  });

  return { fieldMessage, summary, summaryTitle: generic.summaryTitle };
}
