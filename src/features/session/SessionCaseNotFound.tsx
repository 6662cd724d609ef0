import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** A case or session that is not on this device (closed, or no longer on the care team). */
export function SessionCaseNotFound() {
  const { t } = useTranslation('session');
  return (
    <>
      <h1 className="nhsuk-heading-l" tabIndex={-1}>
        {t('notFound')}
      </h1>
      <Link to="/practitioner">{t('backToCaseload')}</Link>
    </>
  );
}
