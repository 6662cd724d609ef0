/**
 * An NHS.UK textarea with label, hint and inline error, ready for react-hook-form's
 * register(), beside TextField, which it mirrors. Four rows unless told: summaries need
 * room to write.
 */
import { forwardRef, type TextareaHTMLAttributes } from 'react';
import { ErrorMessage } from './ErrorMessage';

export interface TextAreaFieldProps extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  /** Visually hidden prefix for the error message, e.g. "Error:" in the page's language. */
  errorPrefix: string;
  /** Label size: plain ("") or NHS.UK's small bold ("s"). */
  labelSize?: '' | 's';
}

export const TextAreaField = forwardRef<HTMLTextAreaElement, TextAreaFieldProps>(
  function TextAreaField(
    { id, label, hint, error, errorPrefix, className, labelSize = '', rows = 4, ...textarea },
    ref,
  ) {
    const describedBy = [hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined]
      .filter(Boolean)
      .join(' ');
    return (
      <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
        <label
          className={`nhsuk-label${labelSize ? ` nhsuk-label--${labelSize}` : ''}`}
          htmlFor={id}
        >
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
        <textarea
          ref={ref}
          id={id}
          rows={rows}
          className={`nhsuk-textarea${error ? ' nhsuk-textarea--error' : ''}${className ? ` ${className}` : ''}`}
          aria-describedby={describedBy || undefined}
          aria-invalid={error ? true : undefined}
          {...textarea}
        />
      </div>
    );
  },
);
