/**
 * The crisis-lines editor's problems in words, as `useWordedProblems` does for flat
 * forms: this form's own wording where it has one
 * (`admin-crisis-contacts:errors.<list>.<field>.<key>`, e.g. "Enter a number to call or a
 * number to text"), else the domain's validation message. The summary follows the page's
 * order, names the line or source a problem is in ("Line 2: ..."), and links to the
 * field, whose id is `crisis-list-<path with dashes>`.
 */
import { get, type FieldError, type FieldErrors } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ErrorSummaryItem } from '../../../ui/form/ErrorSummary';
import { problemParams } from '../../../ui/form/domain-resolver';
import { LINE_FIELDS, SOURCE_FIELDS, type CrisisListFormValues } from './crisis-list-form';

export const ID_PREFIX = 'crisis-list';

/** The id of a field's input: `contacts.2.call` → `crisis-list-contacts-2-call`. */
export const fieldId = (path: string): string => `${ID_PREFIX}-${path.replaceAll('.', '-')}`;

export function useCrisisListProblems(
  errors: FieldErrors<CrisisListFormValues>,
  counts: { lines: number; sources: number },
) {
  const { t, i18n } = useTranslation(['admin-crisis-contacts', 'validation']);

  const message = (path: string): string | undefined => {
    const error = get(errors, path) as FieldError | undefined;
    const key = error?.message;
    if (!key) return undefined;
    const general = path.replace(/\.\d+\./, '.');
    const specific = `admin-crisis-contacts:errors.${general}.${key}`;
    const params = problemParams(error);
    if (i18n.exists(specific)) return t(specific, params);
    return t(`validation:${key}`, params);
  };

  const item = (path: string, linkTo: string, place?: string): ErrorSummaryItem[] => {
    const text = message(path);
    if (!text) return [];
    return [{ fieldId: fieldId(linkTo), message: place ? `${place}: ${text}` : text }];
  };

  const summary: ErrorSummaryItem[] = [
    ...item('contacts.root', 'contacts.0.name'),
    ...Array.from({ length: counts.lines }, (_, i) =>
      LINE_FIELDS.flatMap((field) =>
        item(
          `contacts.${i}.${field}`,
          `contacts.${i}.${field}`,
          t('editor.lineNumber', { number: i + 1 }),
        ),
      ),
    ).flat(),
    ...item('sources.root', 'sources.0.title'),
    ...Array.from({ length: counts.sources }, (_, i) =>
      SOURCE_FIELDS.flatMap((field) =>
        item(
          `sources.${i}.${field}`,
          `sources.${i}.${field}`,
          t('editor.sourceNumber', { number: i + 1 }),
        ),
      ),
    ).flat(),
    ...item('reviewBy', 'reviewBy'),
    ...item('exampleContent', 'exampleContent'),
  ];

  return { message, summary, summaryTitle: t('validation:summaryTitle') };
}
