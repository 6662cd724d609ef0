import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/**
 * For anyone who is not a signed-in administrator. The app checks the roles saved at
 * sign-in; the server checks again on every call, so this is a courtesy, not the guard.
 */
export function NotAdmin() {
  const { t } = useTranslation('admin');
  return (
    <>
      <h1 className="nhsuk-heading-l" tabIndex={-1}>
        {t('title')}
      </h1>
      <p className="nhsuk-body" data-testid="not-admin">
        {t('notAdmin.body')}
      </p>
      <p className="nhsuk-body">
        <Link to="/sign-in">{t('notAdmin.signIn')}</Link>
      </p>
    </>
  );
}
