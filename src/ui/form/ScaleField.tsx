import type { UseFormRegisterReturn } from 'react-hook-form';
import { ErrorMessage } from './ErrorMessage';
import './scale-field.scss';

export interface ScaleFieldProps {
  /** The field's id: the first number's radio has it, so the error summary links there. */
  id: string;
  legend: string;
  hint?: string | undefined;
  /** The words at each end of the scale, e.g. "not at all" and "reached it". */
  minLabel: string;
  maxLabel: string;
  min: number;
  max: number;
  error?: string | undefined;
  errorPrefix: string;
  registration: UseFormRegisterReturn;
  /** Use a smaller legend where the scale sits inside a card. */
  legendSize?: 's' | 'm';
}

/**
 * A number scale (0 to 10 for Goals Based Outcomes) as NHS.UK radios in a row that wraps:
 * a fieldset whose legend is the question, each number a 44px target with the number
 * under its radio, and the end words both shown and part of the end numbers' labels.
 */
export function ScaleField({
  id,
  legend,
  hint,
  minLabel,
  maxLabel,
  min,
  max,
  error,
  errorPrefix,
  registration,
  legendSize = 's',
}: ScaleFieldProps) {
  const values = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  const describedBy = [hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <fieldset className="nhsuk-fieldset" aria-describedby={describedBy || undefined}>
        <legend className={`nhsuk-fieldset__legend nhsuk-fieldset__legend--${legendSize}`}>
          {legend}
        </legend>
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
        <div className="app-scale__ends" aria-hidden="true">
          <span>{`${min} = ${minLabel}`}</span>
          <span>{`${max} = ${maxLabel}`}</span>
        </div>
        <div className="app-scale">
          {values.map((value) => {
            const inputId = value === min ? id : `${id}-${value}`;
            const label =
              value === min
                ? `${value} ${minLabel}`
                : value === max
                  ? `${value} ${maxLabel}`
                  : String(value);
            return (
              <label key={value} className="app-scale__option" htmlFor={inputId}>
                <input
                  className="app-scale__input"
                  id={inputId}
                  type="radio"
                  value={String(value)}
                  aria-label={label}
                  {...registration}
                />
                <span aria-hidden="true">{value}</span>
              </label>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
