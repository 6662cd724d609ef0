/**
 * The decision form's problems in words: this form's own wording where it has one
 * (`options:errors.<field>.<key>`, e.g. "Choose an option, or tick 'Not decided yet'"),
 * else the domain's validation message.
 */
import type { FieldErrors } from 'react-hook-form';
import { useWordedProblems } from '../../../ui/form/useWordedProblems';
import { DECISION_FIELDS, type DecisionFormValues } from './decision-form';

export type DecisionField = (typeof DECISION_FIELDS)[number];

export function useDecisionProblems(idPrefix: string, errors: FieldErrors<DecisionFormValues>) {
  return useWordedProblems<DecisionFormValues, DecisionField>(
    'options',
    DECISION_FIELDS,
    idPrefix,
    errors,
  );
}
