/** /admin/directory/new: one of the organisation's own resources, added to the directory. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../../../ui/usePageTitle';
import { AdminOnly } from '../option-grids/AdminOnly';
import { EDITOR_NAMESPACES, ResourceEditor } from './ResourceEditor';
import { emptyResourceForm } from './resource-form';
import '../admin.scss';
import './directory.scss';

export function NewResourcePage() {
  const { t } = useTranslation(EDITOR_NAMESPACES);
  usePageTitle(t('new.title'), t('common:appName'));
  return (
    <AdminOnly>
      <Link to="/admin/directory" className="nhsuk-back-link">
        {t('backToDirectory')}
      </Link>
      <h1 className="nhsuk-heading-l" tabIndex={-1}>
        {t('new.title')}
      </h1>
      <p className="nhsuk-body">{t('new.lead')}</p>
      <ResourceEditor start={emptyResourceForm()} cancelTo="/admin/directory" />
    </AdminOnly>
  );
}
