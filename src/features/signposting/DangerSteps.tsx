import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { SIGNPOSTING_NAMESPACES } from './namespaces';

export interface DangerStepsProps {
  headingRef: Ref<HTMLHeadingElement>;
  onStartAgain: () => void;
}

/**
 * What to do when someone is in immediate danger: the NHS.UK emergency care card, with a
 * big tap-to-call 999 link. Pure words from the already loaded namespace, so it shows the
 * moment "Yes" is pressed, with or without a network.
 */
export function DangerSteps({ headingRef, onStartAgain }: DangerStepsProps) {
  const { t } = useTranslation(SIGNPOSTING_NAMESPACES);
  return (
    <section aria-labelledby="support-danger-steps" data-testid="danger-steps">
      <div className="nhsuk-card nhsuk-card--care nhsuk-card--care--emergency">
        <div className="nhsuk-card__heading-container">
          <h2
            className="nhsuk-card__heading"
            id="support-danger-steps"
            tabIndex={-1}
            ref={headingRef}
          >
            <span role="text">
              <span className="nhsuk-u-visually-hidden">{t('danger.hiddenPrefix')} </span>
              {t('danger.stepsTitle')}
            </span>
          </h2>
          <span className="nhsuk-card__arrow" aria-hidden="true" />
        </div>
        <div className="nhsuk-card__content">
          <ol className="nhsuk-list nhsuk-list--number app-signposting__danger-list">
            <li>
              {t('danger.call999')}
              <a className="app-signposting__call-999" href="tel:999">
                {t('danger.callLink')}
              </a>
            </li>
            <li>{t('danger.stay')}</li>
            <li>{t('danger.tellLead')}</li>
            <li>{t('danger.policy')}</li>
          </ol>
        </div>
      </div>
      <p className="nhsuk-body">{t('danger.afterwards')}</p>
      <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={onStartAgain}>
        {t('danger.startAgain')}
      </button>
    </section>
  );
}
