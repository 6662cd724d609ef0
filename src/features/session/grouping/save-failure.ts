import type { TFunction } from 'i18next';
import { ValidationError } from '../../../domain';

/**
 * Why saving failed, in the person's words: a ValidationError (the record schema refused
 * something the form let through) as its first problem; anything else is a storage
 * problem, which the shell's storage banner also explains in full.
 * (The same rule as cases/save-failure.ts; features do not import each other.)
 */
export function saveFailureMessage(error: unknown, t: TFunction): string {
  if (error instanceof ValidationError && error.problems[0]) {
    const problem = error.problems[0];
    return t(`validation:${problem.key}`, problem.params);
  }
  return t('common:storageProblem.title');
}
