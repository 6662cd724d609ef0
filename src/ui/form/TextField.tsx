import { forwardRef, type InputHTMLAttributes } from 'react';
import { ErrorMessage } from './ErrorMessage';

export interface TextFieldProps extends InputHTMLAttributes<HTMLInputElement> {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  /** Visually hidden prefix for the error message, e.g. "Error:" in the page's language. */
  errorPrefix: string;
}

/** An NHS.UK text input with label, hint and inline error, ready for react-hook-form's register(). */
export const TextField = forwardRef<HTMLInputElement, TextFieldProps>(function TextField(
  { id, label, hint, error, errorPrefix, className, ...input },
  ref,
) {
  const describedBy = [hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <label className="nhsuk-label" htmlFor={id}>
        {label}
      </label>
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
      <input
        ref={ref}
        id={id}
        className={`nhsuk-input${error ? ' nhsuk-input--error' : ''}${className ? ` ${className}` : ''}`}
        aria-describedby={describedBy || undefined}
        aria-invalid={error ? true : undefined}
        {...input}
      />
    </div>
  );
});
