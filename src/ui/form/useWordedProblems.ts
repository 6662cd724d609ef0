/**
 * A form's problems in words, with the form's own wording where it has one: a key
 * `<namespace>:errors.<field>.<key>` (e.g. "Enter why you agreed this grouping") wins over
 * the domain's general validation message ("This is required"), as NHS.UK asks. Summary
 * items follow `fields` (the page's order) and link to each field's first input, whose id
 * is `<idPrefix>-<field>`.
 */
import type { FieldError, FieldErrors, FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ErrorSummaryItem } from './ErrorSummary';
import { useFormProblems } from './useFormProblems';

export function useWordedProblems<T extends FieldValues, F extends keyof T & string>(
  namespace: string,
  fields: readonly F[],
  idPrefix: string,
  errors: FieldErrors<T>,
) {
  const { t, i18n } = useTranslation(namespace);
  const generic = useFormProblems<T>(idPrefix, errors);

  const fieldMessage = (field: F): string | undefined => {
    const key = (errors[field] as FieldError | undefined)?.message;
    const specific = key ? `${namespace}:errors.${field}.${key}` : undefined;
    if (specific && i18n.exists(specific)) return t(specific);
    return generic.fieldMessage(field);
  };

  const summary: ErrorSummaryItem[] = fields.flatMap((field) => {
    const message = fieldMessage(field);
    return message ? [{ fieldId: `${idPrefix}-${field}`, message }] : [];
  });

  return { fieldMessage, summary, summaryTitle: generic.summaryTitle };
}
