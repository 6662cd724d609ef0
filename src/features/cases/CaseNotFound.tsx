import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** A case that is not on this device (closed, or no longer on the person's care team). */
export function CaseNotFound() {
  const { t } = useTranslation('cases');
  return (
    <>
      <h1 className="nhsuk-heading-l" tabIndex={-1}>
        {t('case.notFound')}
      </h1>
      <Link to="/practitioner">{t('case.backToCaseload')}</Link>
    </>
  );
}
