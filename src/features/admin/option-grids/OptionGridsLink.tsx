import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** On the admin page: the way to the option grids. */
export function OptionGridsLink() {
  const { t } = useTranslation('admin-grids');
  return (
    <p className="nhsuk-body nhsuk-u-margin-top-5">
      <Link to="/admin/option-grids" data-testid="option-grids-link">
        {t('adminLink')}
      </Link>
    </p>
  );
}
