/**
 * The way from the admin page to the directory of support, as CrisisContactsLink does for
 * crisis lines: the admin page stays unaware of this screen's words.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function DirectoryLink() {
  const { t } = useTranslation('admin-directory');
  return (
    <p className="nhsuk-body nhsuk-u-margin-top-5">
      <Link to="/admin/directory" data-testid="directory-link">
        {t('adminLink')}
      </Link>
    </p>
  );
}
