import type { TFunction } from 'i18next';
import { ValidationError } from '../../domain';

/**
 * Why a local save failed, in the person's words: a ValidationError (the record schema
 * refused something the form let through) as its first problem; anything else is a
 * storage problem, which the shell's storage banner (db/storage-errors.ts) also explains
 * in full. Needs the `validation` and `common` namespaces.
 */
export function saveFailureMessage(error: unknown, t: TFunction): string {
  if (error instanceof ValidationError && error.problems[0]) {
    const problem = error.problems[0];
    return t(`validation:${problem.key}`, problem.params);
  }
  return t('common:storageProblem.title');
}
