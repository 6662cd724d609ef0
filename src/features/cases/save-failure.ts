import type { TFunction } from 'i18next';
import { ValidationError } from '../../domain';

/**
 * Why a local save failed, in the person's words. Storage problems are also explained in
 * full by the shell's storage banner (db/storage-errors.ts); a ValidationError here means
 * the form let through something the record schema refuses, said as its first problem.
 */
export function saveFailureMessage(error: unknown, t: TFunction): string {
  if (error instanceof ValidationError && error.problems[0]) {
    const problem = error.problems[0];
    return t(`validation:${problem.key}`, problem.params);
  }
  return t('common:storageProblem.title');
}
