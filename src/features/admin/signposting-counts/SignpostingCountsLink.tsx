/**
 * The way from the admin page to the signposting counts, as CrisisContactsLink does for
 * crisis lines: the admin page stays unaware of this screen's words.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function SignpostingCountsLink() {
  const { t } = useTranslation('admin-signposting');
  return (
    <p className="nhsuk-body nhsuk-u-margin-top-5">
      <Link to="/admin/signposting" data-testid="signposting-counts-link">
        {t('adminLink')}
      </Link>
    </p>
  );
}
