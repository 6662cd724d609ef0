import type { ReactNode } from 'react';

export interface ErrorMessageProps {
  /** The id the control's `aria-describedby` names (conventionally `<field id>-error`). */
  id?: string;
  /** `alert` where the message appears after an action rather than on submit. */
  role?: 'alert';
  /** Visually hidden prefix, e.g. "Error:" in the page's language. */
  prefix: string;
  children: ReactNode;
}

/**
 * NHS.UK's inline error message: what to do, under the label, with a hidden "Error:" so a
 * screen reader says it is an error. One component so every field says it the same way.
 */
export function ErrorMessage({ id, prefix, role, children }: ErrorMessageProps) {
  return (
    <span className="nhsuk-error-message" id={id} role={role}>
      <span className="nhsuk-u-visually-hidden">{prefix} </span>
      {children}
    </span>
  );
}
