/**
 * /admin/directory/:resourceId: one of the organisation's resources, to check, change or
 * retire.
 *
 * Design choices:
 * - "Mark as reviewed" and "Retire" come first: they are what an admin comes back for
 *   most often, and the full form is long.
 * - Retiring keeps the record (status `retired`): it is never suggested again, but
 *   counts that named it keep its name, and it can be brought back.
 * - The form is keyed by the review date and status, so marking it reviewed refills the
 *   date in the form, while a change synced from elsewhere never clears what is typed.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useRecord } from '../../../db';
import type { DirectoryResourceRecord } from '../../../domain';
import { NotificationBanner } from '../../../ui/NotificationBanner';
import { Loading } from '../../../ui/Spinner';
import { formatCalendarDate, todayOnDevice } from '../../../ui/format-date';
import { usePageTitle } from '../../../ui/usePageTitle';
import { AdminOnly } from '../option-grids/AdminOnly';
import { EDITOR_NAMESPACES, ResourceEditor } from './ResourceEditor';
import { ResourceActions, type ActionNotice } from './ResourceActions';
import { ReviewTag } from './ReviewTag';
import { resourceFormFrom } from './resource-form';
import '../admin.scss';
import './directory.scss';

export function EditResourcePage() {
  const { t } = useTranslation(EDITOR_NAMESPACES);
  const { resourceId } = useParams();
  const record = useRecord('directory-resource', resourceId) as
    DirectoryResourceRecord | null | undefined;
  const live = record && !record.deleted ? record : record === undefined ? undefined : null;
  // While the device is read, the directory's own title (not "not found").
  const title =
    live === undefined
      ? t('title')
      : live
        ? t('edit.title', { name: live.name })
        : t('edit.notFound');
  usePageTitle(title, t('common:appName'));
  return (
    <AdminOnly>
      <Link to="/admin/directory" className="nhsuk-back-link">
        {t('backToDirectory')}
      </Link>
      {live === undefined && <Loading label={t('loading')} />}
      {live === null && (
        <>
          <h1 className="nhsuk-heading-l" tabIndex={-1}>
            {t('edit.notFound')}
          </h1>
          <p className="nhsuk-body">{t('edit.notFoundBody')}</p>
        </>
      )}
      {live && <EditResource resource={live} />}
    </AdminOnly>
  );
}

function EditResource({ resource }: { resource: DirectoryResourceRecord }) {
  const { t, i18n } = useTranslation(EDITOR_NAMESPACES);
  const [notice, setNotice] = useState<ActionNotice>();
  const retired = resource.status === 'retired';
  const today = todayOnDevice();
  return (
    <>
      <h1 className="nhsuk-heading-l" tabIndex={-1}>
        {t('edit.title', { name: resource.name })}
      </h1>
      {notice && (
        <NotificationBanner title={t(`notices.${notice}`)} variant="success" live>
          <p className="nhsuk-body">{t(`notices.${notice}Body`)}</p>
        </NotificationBanner>
      )}
      <dl className="nhsuk-summary-list" data-testid="resource-status">
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">{t('list.status')}</dt>
          <dd className="nhsuk-summary-list__value">
            {retired ? t('status.retired') : t('status.active')}
            {resource.exampleContent && (
              <strong className="nhsuk-tag nhsuk-tag--yellow app-directory-tag">
                {t('tags.example')}
              </strong>
            )}
          </dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">{t('list.reviewBy')}</dt>
          <dd className="nhsuk-summary-list__value">
            {formatCalendarDate(resource.reviewBy, i18n.language)}{' '}
            {!retired && <ReviewTag reviewBy={resource.reviewBy} today={today} />}
          </dd>
        </div>
      </dl>
      <ResourceActions resource={resource} onDone={setNotice} />
      <h2 className="nhsuk-heading-m nhsuk-u-margin-top-7">{t('edit.change')}</h2>
      <ResourceEditor
        key={`${resource.reviewBy}:${resource.status ?? ''}`}
        start={resourceFormFrom(resource)}
        existingId={resource.id}
        cancelTo="/admin/directory"
      />
    </>
  );
}
