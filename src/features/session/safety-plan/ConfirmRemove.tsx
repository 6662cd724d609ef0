/**
 * A "Remove" button that asks once more before removing (a tap on a tablet is easy to
 * make by mistake, and a safety plan's line matters): "Remove" shows "Yes, remove it" and
 * "No, keep it", with what would be removed in words for screen readers.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmRemoveProps {
  /** What would be removed, read after the button's words (e.g. the item's text). */
  what: string;
  onRemove: () => void;
}

export function ConfirmRemove({ what, onRemove }: ConfirmRemoveProps) {
  const { t } = useTranslation('safety-plan');
  const [asking, setAsking] = useState(false);
  // The button that was pressed goes away: focus moves to the safe choice, not the page.
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) keep.current?.focus();
  }, [asking]);
  const small = 'nhsuk-button nhsuk-button--secondary nhsuk-button--small';
  if (!asking) {
    return (
      <button type="button" className={small} onClick={() => setAsking(true)}>
        {t('remove.start')}
        <span className="nhsuk-u-visually-hidden">{`: ${what}`}</span>
      </button>
    );
  }
  return (
    <span
      className="app-safety-plan-editor__confirm"
      role="group"
      aria-label={t('remove.question', { what })}
    >
      <button
        type="button"
        className="nhsuk-button nhsuk-button--warning nhsuk-button--small"
        onClick={() => {
          setAsking(false);
          onRemove();
        }}
      >
        {t('remove.yes')}
        <span className="nhsuk-u-visually-hidden">{`: ${what}`}</span>
      </button>
      <button type="button" className={small} onClick={() => setAsking(false)} ref={keep}>
        {t('remove.no')}
      </button>
    </span>
  );
}
