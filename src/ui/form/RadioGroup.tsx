/**
 * NHS.UK radios for one form field, beside the shared CheckboxGroup (src/ui/form): a
 * fieldset with legend, hint and inline error, inline when the choices are short
 * (yes / no). The first radio has the group's id, so the error summary links there.
 */
import type { UseFormRegisterReturn } from 'react-hook-form';
import { ChoiceFieldset } from './ChoiceFieldset';

export interface RadioGroupProps {
  id: string;
  legend: string;
  hint?: string | undefined;
  error?: string | undefined;
  errorPrefix: string;
  options: readonly { value: string; label: string }[];
  registration: UseFormRegisterReturn;
  inline?: boolean;
}

export function RadioGroup({
  id,
  legend,
  hint,
  error,
  errorPrefix,
  options,
  registration,
  inline = false,
}: RadioGroupProps) {
  return (
    <ChoiceFieldset id={id} legend={legend} hint={hint} error={error} errorPrefix={errorPrefix}>
      <div className={`nhsuk-radios${inline ? ' nhsuk-radios--inline' : ''}`}>
        {options.map((option, index) => {
          const inputId = index === 0 ? id : `${id}-${option.value || 'none'}`;
          return (
            <div key={option.value} className="nhsuk-radios__item">
              <input
                className="nhsuk-radios__input"
                id={inputId}
                type="radio"
                value={option.value}
                {...registration}
              />
              <label className="nhsuk-label nhsuk-radios__label" htmlFor={inputId}>
                {option.label}
              </label>
            </div>
          );
        })}
      </div>
    </ChoiceFieldset>
  );
}
