import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../ui/usePageTitle';

/** The young person's and family's home. Linking a phone to a plan arrives with invitations (issue #3). */
export function MyPlanHome() {
  const { t } = useTranslation(['homes', 'common']);
  usePageTitle(t('myPlan.title'), t('common:appName'));
  return (
    <>
      <h1 className="nhsuk-heading-l" tabIndex={-1}>
        {t('myPlan.title')}
      </h1>
      <p className="nhsuk-body">{t('myPlan.now')}</p>
      <div className="nhsuk-inset-text">
        <h2 className="nhsuk-heading-s">{t('comingSoon')}</h2>
        <p className="nhsuk-body">{t('myPlan.coming')}</p>
      </div>
      <p className="nhsuk-body app-emergency">{t('common:emergency')}</p>
    </>
  );
}
