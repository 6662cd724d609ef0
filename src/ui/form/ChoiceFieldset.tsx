import type { ReactNode } from 'react';
import { ErrorMessage } from './ErrorMessage';

export interface ChoiceFieldsetProps {
  /** The group's id: hint and error ids are made from it. */
  id: string;
  legend: string;
  hint?: string | undefined;
  error?: string | undefined;
  errorPrefix: string;
  /** The choices themselves (NHS.UK checkboxes or radios). */
  children: ReactNode;
}

/**
 * The frame NHS.UK puts around one question answered by choosing: form group (red when in
 * error), fieldset described by its hint and error, legend, hint, inline error. Shared by
 * CheckboxGroup and RadioGroup, which differ only in the inputs inside.
 */
export function ChoiceFieldset({
  id,
  legend,
  hint,
  error,
  errorPrefix,
  children,
}: ChoiceFieldsetProps) {
  const describedBy = [hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <fieldset className="nhsuk-fieldset" aria-describedby={describedBy || undefined}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{legend}</legend>
        {hint && (
          <div className="nhsuk-hint" id={`${id}-hint`}>
            {hint}
          </div>
        )}
        {error && (
          <ErrorMessage id={`${id}-error`} prefix={errorPrefix}>
            {error}
          </ErrorMessage>
        )}
        {children}
      </fieldset>
    </div>
  );
}
