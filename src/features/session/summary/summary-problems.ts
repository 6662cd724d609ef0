/**
 * The summary form's problems in words: inline messages per field, and the error summary
 * with a link to the exact input (for a list, the row and box that needs attention).
 *
 * The form's own rules carry keys from this screen's namespace (`problems.*`, e.g.
 * "Enter what a good outcome looks like"); the generic ones (tooLong, invalidDate) come
 * from the shared `validation` namespace.
 */
import type { FieldError, FieldErrors } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ErrorSummaryItem } from '../../../ui/form/ErrorSummary';
import { problemParams, problemPath } from '../../../ui/form/domain-resolver';
import { SUMMARY_FIELDS, type SummaryField, type SummaryFormValues } from './summary-form';

export const ID_PREFIX = 'summary';

/** The id of an input, so labels, messages and summary links agree. */
export const fieldId = (...parts: (string | number)[]): string => [ID_PREFIX, ...parts].join('-');

/** Where a field's summary link goes: the first box of a group, the row of a list. */
function linkTarget(field: SummaryField, path: (string | number)[]): string {
  const row = typeof path[1] === 'number' ? path[1] : undefined;
  switch (field) {
    case 'likelihood':
      return fieldId('likelihood', 'very-likely');
    case 'attendees':
      return row !== undefined
        ? fieldId('attendees', row, 'names')
        : fieldId('attendees', 0, 'present');
    case 'actions':
      return fieldId('actions', row ?? 0, typeof path[2] === 'string' ? path[2] : 'what');
    default:
      return fieldId(field);
  }
}

export function useSummaryProblems(errors: FieldErrors<SummaryFormValues>) {
  const { t, i18n } = useTranslation(['session-summary', 'validation']);
  const say = (error: FieldError | undefined): string | undefined => {
    if (!error?.message) return undefined;
    const key = error.message;
    const params = problemParams(error);
    return i18n.exists(`session-summary:problems.${key}`)
      ? t(`session-summary:problems.${key}`, params)
      : t(`validation:${key}`, params);
  };
  const errorOf = (field: SummaryField) => errors[field] as FieldError | undefined;

  /** The message shown beside a field (for a list, the row it is about, if any). */
  const fieldMessage = (field: SummaryField): string | undefined => say(errorOf(field));

  /** The row and part of a list a problem is about. */
  const listProblem = (field: 'attendees' | 'actions') => {
    const error = errorOf(field);
    const path = problemPath(error);
    return {
      row: typeof path[1] === 'number' ? path[1] : undefined,
      part: typeof path[2] === 'string' ? path[2] : undefined,
      message: say(error),
    };
  };

  /** A list problem said with its row ("Next step 2: Enter who will do it"). */
  const listText = (field: 'attendees' | 'actions', values: SummaryFormValues) => {
    const { row, message } = listProblem(field);
    if (!message || row === undefined) return message;
    if (field === 'actions') return t('actions.problem', { number: row + 1, message });
    const role = values.attendees[row]?.role;
    return role ? t('attendees.problem', { role: t(`attendees.roles.${role}`), message }) : message;
  };

  const summary = (values: SummaryFormValues): ErrorSummaryItem[] =>
    SUMMARY_FIELDS.flatMap((field) => {
      const error = errorOf(field);
      const message =
        field === 'attendees' || field === 'actions' ? listText(field, values) : say(error);
      return message ? [{ fieldId: linkTarget(field, problemPath(error)), message }] : [];
    });

  return {
    fieldMessage,
    listProblem,
    listText,
    summary,
    summaryTitle: t('validation:summaryTitle'),
  };
}
