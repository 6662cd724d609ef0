/**
 * The way from the admin page to the crisis lines (the lead places it on AdminPage), as
 * OptionGridsLink does for option grids: the admin page stays unaware of this screen's words.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** On the admin page: the way to the organisation's crisis lines. */
export function CrisisContactsLink() {
  const { t } = useTranslation('admin-crisis-contacts');
  return (
    <p className="nhsuk-body nhsuk-u-margin-top-5">
      <Link to="/admin/crisis-contacts" data-testid="crisis-contacts-link">
        {t('adminLink')}
      </Link>
    </p>
  );
}
