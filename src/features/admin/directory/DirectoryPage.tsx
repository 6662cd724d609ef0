/**
 * /admin/directory: the directory school staff are signposted from at /support, as an
 * admin manages it: the organisation's own resources (with their review status), the
 * national services that come with OurPlan (each can be switched off for the area), and
 * the made-up example entries.
 *
 * Everything is read from this device, so the screen works offline like the editor.
 */
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { NotificationBanner } from '../../../ui/NotificationBanner';
import { Loading } from '../../../ui/Spinner';
import { CellHeading, ResponsiveTable } from '../../../ui/ResponsiveTable';
import { formatCalendarDate, todayOnDevice } from '../../../ui/format-date';
import { usePageTitle } from '../../../ui/usePageTitle';
import { AdminOnly } from '../option-grids/AdminOnly';
import { BundledEntries } from './BundledEntries';
import { ReviewTag } from './ReviewTag';
import { useOrganisationResources } from './directory-store';
import '../admin.scss';
import './directory.scss';

/** Every namespace the page and its parts read, loaded at once so nothing suspends later. */
const NAMESPACES = ['admin-directory', 'directory', 'grouping', 'validation', 'common'] as const;

export function DirectoryPage() {
  const { t } = useTranslation(NAMESPACES);
  usePageTitle(t('title'), t('common:appName'));
  return (
    <AdminOnly>
      <DirectoryView />
    </AdminOnly>
  );
}

function DirectoryView() {
  const { t } = useTranslation(NAMESPACES);
  const location = useLocation();
  const saved = (location.state as { saved?: unknown } | null)?.saved !== undefined;
  return (
    <>
      <Link to="/admin" className="nhsuk-back-link">
        {t('backToAdmin')}
      </Link>
      <h1 className="nhsuk-heading-l" tabIndex={-1}>
        {t('title')}
      </h1>
      {saved && (
        <NotificationBanner title={t('notices.saved')} variant="success" live>
          <p className="nhsuk-body">{t('notices.savedBody')}</p>
        </NotificationBanner>
      )}
      <p className="nhsuk-body">{t('lead')}</p>
      <OwnResources />
      <BundledEntries />
    </>
  );
}

function OwnResources() {
  const { t, i18n } = useTranslation(NAMESPACES);
  const resources = useOrganisationResources();
  const today = todayOnDevice();
  const columns = {
    name: t('list.name'),
    groupings: t('list.groupings'),
    reviewBy: t('list.reviewBy'),
    status: t('list.status'),
  };
  return (
    <section aria-labelledby="directory-own-heading">
      <h2 className="nhsuk-heading-m" id="directory-own-heading">
        {t('list.title')}
      </h2>
      <p className="nhsuk-body">{t('list.lead')}</p>
      <Link to="/admin/directory/new" className="nhsuk-button" data-testid="add-resource">
        {t('list.add')}
      </Link>
      {resources === undefined && <Loading label={t('loading')} />}
      {resources?.length === 0 && (
        <p className="nhsuk-body" data-testid="no-resources">
          {t('list.empty')}
        </p>
      )}
      {resources !== undefined && resources.length > 0 && (
        <ResponsiveTable
          caption={t('list.caption')}
          headers={Object.values(columns)}
          testId="resources-table"
        >
          {resources.map((r) => {
            const retired = r.status === 'retired';
            return (
              <tr className="nhsuk-table__row" key={r.id} data-testid="resource-row">
                <th scope="row" className="nhsuk-table__header">
                  <CellHeading>{columns.name}</CellHeading>
                  <span>
                    <Link to={`/admin/directory/${r.id}`}>{r.name}</Link>
                    {r.exampleContent && (
                      <strong className="nhsuk-tag nhsuk-tag--yellow app-directory-tag">
                        {t('tags.example')}
                      </strong>
                    )}
                  </span>
                </th>
                <td className="nhsuk-table__cell">
                  <CellHeading>{columns.groupings}</CellHeading>
                  <span>
                    {r.groupings.map((g) => t(`grouping:groupings.${g}.name`)).join(', ')}
                  </span>
                </td>
                <td className="nhsuk-table__cell">
                  <CellHeading>{columns.reviewBy}</CellHeading>
                  <span>
                    {formatCalendarDate(r.reviewBy, i18n.language)}{' '}
                    {!retired && <ReviewTag reviewBy={r.reviewBy} today={today} />}
                  </span>
                </td>
                <td className="nhsuk-table__cell">
                  <CellHeading>{columns.status}</CellHeading>
                  <span>{retired ? t('status.retired') : t('status.active')}</span>
                </td>
              </tr>
            );
          })}
        </ResponsiveTable>
      )}
    </section>
  );
}
