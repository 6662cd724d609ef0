import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../ui/usePageTitle';

/**
 * The practitioner's home. Until sign-in and the caseload land (issues #3, #4) it says
 * plainly what is coming and shows no case data: nothing here is pretend.
 */
export function PractitionerHome() {
  const { t } = useTranslation(['homes', 'common']);
  usePageTitle(t('practitioner.title'), t('common:appName'));
  return (
    <>
      <h1 className="nhsuk-heading-l" tabIndex={-1}>
        {t('practitioner.title')}
      </h1>
      <div className="nhsuk-inset-text">
        <h2 className="nhsuk-heading-s">{t('comingSoon')}</h2>
        <p className="nhsuk-body">{t('practitioner.coming')}</p>
      </div>
      <p className="nhsuk-body">{t('practitioner.now')}</p>
    </>
  );
}
