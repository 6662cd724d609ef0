/**
 * The grouping form's problems in words: the domain's validation messages, with a more
 * specific one where this form has it (`grouping:errors.<field>.<key>`, e.g. "Enter why
 * you agreed this grouping" rather than "This is required"), as NHS.UK asks.
 *
 * Summary links go to the field's first input: for the radios and checkboxes, the first
 * option carries the field's id.
 */
import type { FieldErrors } from 'react-hook-form';
import { useWordedProblems } from '../../../ui/form/useWordedProblems';
import { FORM_FIELDS, type GroupingFormValues } from './grouping-form';

type Field = (typeof FORM_FIELDS)[number];

export function useGroupingProblems(idPrefix: string, errors: FieldErrors<GroupingFormValues>) {
  return useWordedProblems<GroupingFormValues, Field>('grouping', FORM_FIELDS, idPrefix, errors);
}
