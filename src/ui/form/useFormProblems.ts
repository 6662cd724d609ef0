import type { FieldError, FieldErrors, FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../../domain';
import type { ErrorSummaryItem } from './ErrorSummary';
import { problemParams } from './domain-resolver';

/**
 * Turns react-hook-form errors (whose messages are validation keys from the domain
 * schemas) and server problems into translated inline messages and error-summary items.
 */
export function useFormProblems<T extends FieldValues>(
  idPrefix: string,
  errors: FieldErrors<T>,
  serverProblems: Problem[] = [],
) {
  const { t } = useTranslation('validation');
  const fieldMessage = (field: keyof T & string): string | undefined => {
    const error = errors[field] as FieldError | undefined;
    if (error?.message) return t(error.message, problemParams(error));
    const server = serverProblems.find((p) => p.path[0] === field);
    return server ? t(server.key, server.params) : undefined;
  };
  const summary = (fields: (keyof T & string)[]): ErrorSummaryItem[] =>
    fields.flatMap((field) => {
      const message = fieldMessage(field);
      return message ? [{ fieldId: `${idPrefix}-${field}`, message }] : [];
    });
  return { fieldMessage, summary, summaryTitle: t('summaryTitle') };
}
