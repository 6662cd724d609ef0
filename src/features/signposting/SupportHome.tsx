import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../ui/usePageTitle';

/**
 * "No wrong door" for school staff. The danger line comes first because it is the one
 * thing that must never wait for a feature to be built; the guided conversation is issue #9.
 */
export function SupportHome() {
  const { t } = useTranslation(['homes', 'common']);
  usePageTitle(t('support.title'), t('common:appName'));
  return (
    <>
      <h1 className="nhsuk-heading-l" tabIndex={-1}>
        {t('support.title')}
      </h1>
      <div className="nhsuk-warning-callout">
        <h2 className="nhsuk-warning-callout__label">
          <span role="text">{t('common:emergency')}</span>
        </h2>
        <p className="nhsuk-body">{t('support.danger')}</p>
      </div>
      <div className="nhsuk-inset-text">
        <h2 className="nhsuk-heading-s">{t('comingSoon')}</h2>
        <p className="nhsuk-body">{t('support.coming')}</p>
      </div>
    </>
  );
}
