import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useGridVersions } from '../../../db';
import { isRetired, isReviewOverdue, latestVersions } from '../../../domain';
import { Loading } from '../../../ui/Spinner';
import { formatCalendarDate, todayOnDevice } from '../../../ui/format-date';
import { usePageTitle } from '../../../ui/usePageTitle';
import { AdminOnly } from './AdminOnly';
import '../admin.scss';
import './option-grids.scss';

/** /admin/option-grids: the latest version of every grid, bundled and local. */
export function GridsPage() {
  const { t } = useTranslation(['admin-grids', 'common']);
  usePageTitle(t('list.title'), t('common:appName'));
  return (
    <AdminOnly>
      <GridsList />
    </AdminOnly>
  );
}

function GridsList() {
  const { t, i18n } = useTranslation('admin-grids');
  const versions = useGridVersions();
  const today = todayOnDevice();
  const grids = versions ? latestVersions(versions) : undefined;
  const overdue = grids?.filter((g) => !isRetired(g) && isReviewOverdue(g.data, today)).length;
  return (
    <>
      <Link to="/admin" className="nhsuk-back-link">
        {t('list.back')}
      </Link>
      <h1 className="nhsuk-heading-l" tabIndex={-1}>
        {t('list.title')}
      </h1>
      <p className="nhsuk-body">{t('list.lead')}</p>
      <Link to="/admin/option-grids/new" className="nhsuk-button" data-testid="create-grid">
        {t('list.create')}
      </Link>
      {grids === undefined && <Loading label={t('list.loading')} />}
      {overdue !== undefined && overdue > 0 && (
        <p className="nhsuk-body" data-testid="overdue-count">
          <strong>{t('list.overdueCount', { count: overdue })}</strong>
        </p>
      )}
      {grids !== undefined && grids.length === 0 && (
        <p className="nhsuk-body" data-testid="no-grids">
          {t('list.empty')}
        </p>
      )}
      {grids !== undefined && grids.length > 0 && (
        <table className="nhsuk-table app-grids-table" data-testid="grids-table">
          <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">
            {t('list.caption')}
          </caption>
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row">
              <th scope="col" className="nhsuk-table__header">
                {t('list.topic')}
              </th>
              <th scope="col" className="nhsuk-table__header">
                {t('list.version')}
              </th>
              <th scope="col" className="nhsuk-table__header">
                {t('list.reviewBy')}
              </th>
              <th scope="col" className="nhsuk-table__header">
                {t('list.status')}
              </th>
              <th scope="col" className="nhsuk-table__header">
                {t('list.origin')}
              </th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {grids.map((grid) => (
              <tr
                className="nhsuk-table__row"
                key={grid.id}
                data-testid={`grid-row-${grid.data.slug}`}
              >
                <td className="nhsuk-table__cell">
                  <Link to={`/admin/option-grids/${grid.id}`}>{grid.data.topic}</Link>{' '}
                  {grid.data.exampleContent && (
                    <strong className="nhsuk-tag nhsuk-tag--yellow app-grid-tag">
                      {t('tags.example')}
                    </strong>
                  )}
                </td>
                <td className="nhsuk-table__cell">{grid.data.version}</td>
                <td className="nhsuk-table__cell">
                  {formatCalendarDate(grid.data.reviewBy, i18n.language)}{' '}
                  {!isRetired(grid) && isReviewOverdue(grid.data, today) && (
                    <strong className="nhsuk-tag nhsuk-tag--red app-grid-tag" data-testid="overdue">
                      {t('tags.overdue')}
                    </strong>
                  )}
                </td>
                <td className="nhsuk-table__cell">
                  {isRetired(grid) ? t('status.retired') : t('status.published')}
                </td>
                <td className="nhsuk-table__cell">
                  {grid.bundled ? t('origin.bundled') : t('origin.local')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
