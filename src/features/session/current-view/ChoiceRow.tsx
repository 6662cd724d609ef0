import type { UseFormRegisterReturn } from 'react-hook-form';
import { ErrorMessage } from '../../../ui/form/ErrorMessage';

export interface ChoiceRowProps {
  /** Prefix of the ids in the row; the first choice's id is `${id}-${options[0]}`. */
  id: string;
  label: string;
  /** Shown under the label, e.g. the form's words in brackets. */
  hint?: string;
  options: readonly string[];
  optionLabel: (option: string) => string;
  /** react-hook-form's registration of the row's field (one name for all its radios). */
  field: UseFormRegisterReturn;
  required?: boolean;
  error?: string;
  errorPrefix: string;
}

/**
 * One Current View item: its words and a radio for each answer, as a radio group labelled
 * by the item. A radio group rather than a fieldset, so the row can be laid out as a grid
 * (label beside the choices on a tablet, above them on a phone) without fighting the
 * legend's special layout. Every choice is a whole tappable box, at least 48 px high.
 */
export function ChoiceRow(props: ChoiceRowProps) {
  const { id, error } = props;
  const describedBy = [props.hint ? `${id}-hint` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div
      className={`app-cv-row${error ? ' nhsuk-form-group nhsuk-form-group--error' : ''}`}
      role="radiogroup"
      aria-labelledby={`${id}-label`}
      aria-describedby={describedBy || undefined}
      aria-required={props.required || undefined}
      aria-invalid={error ? true : undefined}
    >
      <div className="app-cv-row__text">
        <span className="app-cv-row__label" id={`${id}-label`}>
          {props.label}
        </span>
        {props.hint && (
          <span className="app-cv-row__hint" id={`${id}-hint`}>
            {props.hint}
          </span>
        )}
        {error && (
          <ErrorMessage id={`${id}-error`} prefix={props.errorPrefix}>
            {error}
          </ErrorMessage>
        )}
      </div>
      <div className="app-cv-row__choices">
        {props.options.map((option) => (
          <label key={option} className="app-cv-choice" htmlFor={`${id}-${option}`}>
            <input
              className="app-cv-choice__input"
              type="radio"
              id={`${id}-${option}`}
              value={option}
              {...props.field}
            />
            <span>{props.optionLabel(option)}</span>
          </label>
        ))}
      </div>
    </div>
  );
}
