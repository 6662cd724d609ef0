import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The way in to managing users, shown on the account page to administrators only. */
export function ManageUsersLink({ roles }: { roles: readonly string[] }) {
  const { t } = useTranslation('admin');
  if (!roles.includes('admin')) return null;
  return (
    <p className="nhsuk-body">
      <Link to="/admin">{t('manageUsersLink')}</Link>
    </p>
  );
}
