import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** A goal that is not on this device (or not of this case): say so, and a way back. */
export function GoalNotFound() {
  const { t } = useTranslation('goal-page');
  return (
    <>
      <h1 className="nhsuk-heading-l" tabIndex={-1}>
        {t('notFound')}
      </h1>
      <p className="nhsuk-body">{t('notFoundText')}</p>
      <p className="nhsuk-body">
        <Link to="/practitioner">{t('toCaseload')}</Link>
      </p>
    </>
  );
}
