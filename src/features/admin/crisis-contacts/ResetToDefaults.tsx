/**
 * "Go back to the UK defaults": removes the organisation's own list, so every device
 * shows the crisis lines that come with OurPlan again. It asks once more first (the list
 * may have taken a while to write), and focus moves to the safe choice when it asks.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { goBackToDefaults } from './crisis-list-store';

export interface ResetToDefaultsProps {
  ids: readonly string[];
  onDone: () => void;
}

export function ResetToDefaults({ ids, onDone }: ResetToDefaultsProps) {
  const { t } = useTranslation('admin-crisis-contacts');
  const [asking, setAsking] = useState(false);
  const [failure, setFailure] = useState<string>();
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) keep.current?.focus();
  }, [asking]);

  const reset = async () => {
    setFailure(undefined);
    try {
      await goBackToDefaults(ids);
      setAsking(false);
      onDone();
    } catch (error) {
      setFailure(t('problems.resetFailed', { detail: String(error) }));
    }
  };

  return (
    <section aria-labelledby="crisis-reset-title" className="nhsuk-u-margin-top-7">
      <h2 className="nhsuk-heading-m" id="crisis-reset-title">
        {t('reset.title')}
      </h2>
      <p className="nhsuk-body">{t('reset.body')}</p>
      {failure && (
        <p className="nhsuk-error-message" role="alert">
          {failure}
        </p>
      )}
      {asking ? (
        <div className="nhsuk-warning-callout" data-testid="crisis-reset-confirm">
          <p className="nhsuk-body">{t('reset.question')}</p>
          <div className="nhsuk-button-group">
            <button
              type="button"
              className="nhsuk-button nhsuk-button--warning"
              onClick={() => void reset()}
            >
              {t('reset.yes')}
            </button>
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary"
              onClick={() => setAsking(false)}
              ref={keep}
            >
              {t('reset.no')}
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary"
          onClick={() => setAsking(true)}
        >
          {t('reset.start')}
        </button>
      )}
    </section>
  );
}
