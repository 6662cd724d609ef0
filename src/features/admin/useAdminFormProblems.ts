import type { FieldError, FieldErrors, FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ErrorSummaryItem } from '../../ui/form/ErrorSummary';
import { useFormProblems } from '../../ui/form/useFormProblems';

/**
 * Message keys the admin forms use that are not in validation.json; their words are in
 * admin.json. Everything else goes through the shared validation messages.
 */
const ADMIN_KEYS: Record<string, string> = {
  chooseRole: 'problems.chooseRole',
  emailTaken: 'problems.emailTaken',
};

/** useFormProblems, plus the admin forms' own message keys. */
export function useAdminFormProblems<T extends FieldValues>(
  idPrefix: string,
  errors: FieldErrors<T>,
) {
  const { t } = useTranslation('admin');
  const shared = useFormProblems<T>(idPrefix, errors);
  const fieldMessage = (field: keyof T & string): string | undefined => {
    const key = (errors[field] as FieldError | undefined)?.message;
    const adminKey = key ? ADMIN_KEYS[key] : undefined;
    return adminKey ? t(adminKey) : shared.fieldMessage(field);
  };
  const summary = (fields: (keyof T & string)[]): ErrorSummaryItem[] =>
    fields.flatMap((field) => {
      const message = fieldMessage(field);
      return message ? [{ fieldId: `${idPrefix}-${field}`, message }] : [];
    });
  return { fieldMessage, summary, summaryTitle: shared.summaryTitle };
}
