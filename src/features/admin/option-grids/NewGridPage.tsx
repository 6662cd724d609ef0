import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useGridVersions } from '../../../db';
import { Loading } from '../../../ui/Spinner';
import { usePageTitle } from '../../../ui/usePageTitle';
import { AdminOnly } from './AdminOnly';
import { GridEditor } from './GridEditor';
import { emptyGridForm } from './grid-form';
import '../admin.scss';
import './option-grids.scss';

/** /admin/option-grids/new: a new grid, version 1. */
export function NewGridPage() {
  const { t } = useTranslation(['admin-grids', 'common']);
  usePageTitle(t('editor.newTitle'), t('common:appName'));
  return (
    <AdminOnly>
      <NewGrid />
    </AdminOnly>
  );
}

function NewGrid() {
  const { t } = useTranslation('admin-grids');
  const versions = useGridVersions();
  return (
    <>
      <Link to="/admin/option-grids" className="nhsuk-back-link">
        {t('list.backToList')}
      </Link>
      <h1 className="nhsuk-heading-l" tabIndex={-1}>
        {t('editor.newTitle')}
      </h1>
      <p className="nhsuk-body">{t('editor.lead')}</p>
      {versions === undefined ? (
        <Loading label={t('list.loading')} />
      ) : (
        <GridEditor
          defaultValues={emptyGridForm()}
          editing={false}
          version={1}
          takenSlugs={new Set(versions.map((v) => v.data.slug))}
          cancelTo="/admin/option-grids"
          notice="created"
        />
      )}
    </>
  );
}
