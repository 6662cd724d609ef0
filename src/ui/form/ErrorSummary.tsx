import { useEffect, useId, useRef } from 'react';

export interface ErrorSummaryItem {
  /** The id of the field the message is about, so the link moves focus there. */
  fieldId?: string;
  message: string;
}

export interface ErrorSummaryProps {
  title: string;
  items: ErrorSummaryItem[];
  /**
   * Changes each time the form is submitted (react-hook-form's `submitCount`): focus moves
   * to the summary then, and not while the person types and the problems update, which
   * would pull the cursor out of the field they are correcting. Without it, focus moves
   * when the summary appears.
   */
  focusKey?: number;
}

/**
 * The NHS.UK error summary: shown at the top of a form after a failed submit, focused so
 * screen readers announce it, with a link to each field in error.
 */
export function ErrorSummary({ title, items, focusKey }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  // Unique per summary: a long page (the safety plan part) can show two forms' summaries.
  const titleId = `error-summary-title-${useId().replace(/:/g, '')}`;
  const shown = items.length > 0;
  useEffect(() => {
    if (shown) ref.current?.focus();
    // Only on submit (focusKey) or when the summary appears (shown), never on each keystroke.
  }, [focusKey, shown]);
  if (items.length === 0) return null;
  return (
    <div
      className="nhsuk-error-summary"
      aria-labelledby={titleId}
      role="alert"
      tabIndex={-1}
      ref={ref}
    >
      <h2 className="nhsuk-error-summary__title" id={titleId}>
        {title}
      </h2>
      <div className="nhsuk-error-summary__body">
        <ul className="nhsuk-list nhsuk-error-summary__list">
          {items.map((item, i) => (
            <li key={`${item.fieldId ?? 'form'}-${i}`}>
              {item.fieldId ? <a href={`#${item.fieldId}`}>{item.message}</a> : item.message}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
