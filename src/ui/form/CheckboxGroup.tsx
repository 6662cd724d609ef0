import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { ChoiceFieldset } from './ChoiceFieldset';

export interface CheckboxGroupProps {
  /** The group's id: the first checkbox has it, so an error summary links there. */
  id: string;
  legend: string;
  hint?: string | undefined;
  error?: string | undefined;
  errorPrefix: string;
  options: readonly { value: string; label: string }[];
  /** react-hook-form's register() for the field holding the ticked values. */
  registration: UseFormRegisterReturn;
  disabled?: boolean | undefined;
  /** After the options, e.g. NHS.UK's "or" divider and an exclusive choice. */
  children?: ReactNode;
}

/**
 * NHS.UK checkboxes for one form field that holds a list of values: a fieldset with its
 * legend, hint and inline error, one checkbox per option.
 */
export function CheckboxGroup({
  id,
  legend,
  hint,
  error,
  errorPrefix,
  options,
  registration,
  disabled,
  children,
}: CheckboxGroupProps) {
  return (
    <ChoiceFieldset id={id} legend={legend} hint={hint} error={error} errorPrefix={errorPrefix}>
      <div className="nhsuk-checkboxes">
        {options.map((option, index) => {
          const inputId = index === 0 ? id : `${id}-${option.value}`;
          return (
            <div key={option.value} className="nhsuk-checkboxes__item">
              <input
                className="nhsuk-checkboxes__input"
                id={inputId}
                type="checkbox"
                value={option.value}
                disabled={disabled}
                {...registration}
              />
              <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={inputId}>
                {option.label}
              </label>
            </div>
          );
        })}
        {children}
      </div>
    </ChoiceFieldset>
  );
}
