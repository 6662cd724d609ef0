import { useTranslation } from 'react-i18next';
import { ChoiceCard } from '../ui/ChoiceCard';
import { usePageTitle } from '../ui/usePageTitle';

/** Who is using OurPlan? Each person goes to their own home. */
export function StartScreen() {
  const { t } = useTranslation(['start', 'common']);
  usePageTitle('', t('common:appName'));
  return (
    <>
      <h1 className="nhsuk-heading-xl" tabIndex={-1}>
        {t('title')}
      </h1>
      <p className="nhsuk-lede-text">{t('lead')}</p>
      <h2 className="nhsuk-heading-l">{t('question')}</h2>
      <ul className="app-choice-list">
        <li>
          <ChoiceCard
            to="/practitioner"
            title={t('practitioner.title')}
            description={t('practitioner.description')}
            headingLevel={3}
          />
        </li>
        <li>
          <ChoiceCard
            to="/my-plan"
            title={t('youngPerson.title')}
            description={t('youngPerson.description')}
            headingLevel={3}
          />
        </li>
        <li>
          <ChoiceCard
            to="/support"
            title={t('school.title')}
            description={t('school.description')}
            headingLevel={3}
          />
        </li>
      </ul>
      <p className="nhsuk-body app-emergency">{t('common:emergency')}</p>
    </>
  );
}
