/**
 * The one exception to the lock (issue #10 item 3), put to the young person in plain
 * words: keep the safety plan readable without the passcode, or lock it too. Used when the
 * passcode is first chosen and in Settings.
 */
import { useTranslation } from 'react-i18next';

export function SafetyPlanChoice({
  onChoose,
  headingLevel = 1,
}: {
  onChoose: (open: boolean) => void;
  headingLevel?: 1 | 2;
}) {
  const { t } = useTranslation('lock');
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const Sub = headingLevel === 1 ? 'h2' : 'h3';
  return (
    <section aria-labelledby="plan-choice-heading" data-testid="safety-plan-choice">
      <Heading
        className={headingLevel === 1 ? 'nhsuk-heading-l' : 'nhsuk-heading-m'}
        id="plan-choice-heading"
      >
        {t('planChoice.title')}
      </Heading>
      <p className="nhsuk-body">{t('planChoice.lead')}</p>
      <Sub className="nhsuk-heading-s">{t('planChoice.openTitle')}</Sub>
      <p className="nhsuk-body">{t('planChoice.openExplain')}</p>
      <Sub className="nhsuk-heading-s">{t('planChoice.lockedTitle')}</Sub>
      <p className="nhsuk-body">{t('planChoice.lockedExplain')}</p>
      <p className="nhsuk-body">{t('planChoice.change')}</p>
      <div className="app-banner__actions">
        <button type="button" className="nhsuk-button" onClick={() => onChoose(true)}>
          {t('planChoice.chooseOpen')}
        </button>
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary"
          onClick={() => onChoose(false)}
        >
          {t('planChoice.chooseLocked')}
        </button>
      </div>
    </section>
  );
}
