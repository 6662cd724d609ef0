/**
 * /admin/crisis-contacts: the crisis lines every device in the organisation shows first on
 * a safety plan (issue #7 item 2), the way to change them for the area, and the way back
 * to the UK defaults.
 *
 * Design choices:
 * - It says plainly which list is in use: the organisation's own, or "the UK defaults that
 *   come with OurPlan" when none was saved, so an admin never wonders what phones show.
 * - The example-content notice is for admins (the issue asks that it is said to admins,
 *   not young people): crisis lines must be checked by the service before clinical use,
 *   and by their review date; an overdue review is said too.
 * - Everything is read from this device, so the screen works offline like the editor.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { NotificationBanner } from '../../../ui/NotificationBanner';
import { Loading } from '../../../ui/Spinner';
import { formatCalendarDate, todayOnDevice } from '../../../ui/format-date';
import { usePageTitle } from '../../../ui/usePageTitle';
import { AdminOnly } from '../option-grids/AdminOnly';
import { CrisisListSummary } from './CrisisListSummary';
import { ResetToDefaults } from './ResetToDefaults';
import { useOrganisationCrisisList } from './crisis-list-store';
import { useBundledCrisisList } from './useBundledCrisisList';
import '../admin.scss';
import './crisis-contacts.scss';

export function CrisisContactsPage() {
  const { t } = useTranslation(['admin-crisis-contacts', 'common']);
  usePageTitle(t('title'), t('common:appName'));
  return (
    <AdminOnly>
      <CrisisContactsView />
    </AdminOnly>
  );
}

type Notice = 'saved' | 'reset' | undefined;

function CrisisContactsView() {
  const { t, i18n } = useTranslation(['admin-crisis-contacts', 'crisis-contacts']);
  const location = useLocation();
  const savedOnArrival = (location.state as { saved?: unknown } | null)?.saved === true;
  const [notice, setNotice] = useState<Notice>(savedOnArrival ? 'saved' : undefined);
  const heading = useRef<HTMLHeadingElement>(null);
  const own = useOrganisationCrisisList();
  const bundled = useBundledCrisisList();
  const list = own ? own.current : bundled;
  const today = todayOnDevice();
  const reviewDate = formatCalendarDate(list.reviewBy, i18n.language);

  return (
    <>
      <Link to="/admin" className="nhsuk-back-link">
        {t('backToAdmin')}
      </Link>
      <h1 className="nhsuk-heading-l" tabIndex={-1} ref={heading}>
        {t('title')}
      </h1>
      {notice && (
        <NotificationBanner title={t(`notices.${notice}`)} variant="success" live>
          <p className="nhsuk-body">{t(`notices.${notice}Body`)}</p>
        </NotificationBanner>
      )}
      <p className="nhsuk-body">{t('lead')}</p>
      {own === undefined ? (
        <Loading label={t('loading')} />
      ) : (
        <>
          <h2 className="nhsuk-heading-m">{t('inUse.title')}</h2>
          <p className="nhsuk-body" data-testid="crisis-list-origin">
            {own ? t('inUse.own') : t('inUse.defaults')}
          </p>
          <div className="nhsuk-inset-text" data-testid="crisis-list-notice">
            <span className="nhsuk-u-visually-hidden">{t('inUse.noticeLabel')} </span>
            <p className="nhsuk-body">
              {list.exampleContent
                ? t('crisis-contacts:exampleNotice', { date: reviewDate })
                : t('inUse.reviewedNotice', { date: reviewDate })}
            </p>
            {list.reviewBy <= today && (
              <p className="nhsuk-body">
                <strong className="nhsuk-tag nhsuk-tag--red" data-testid="crisis-list-overdue">
                  {t('inUse.overdue')}
                </strong>
              </p>
            )}
          </div>
          <CrisisListSummary list={list} />
          <h2 className="nhsuk-heading-m nhsuk-u-margin-top-7">{t('change.title')}</h2>
          <p className="nhsuk-body">{own ? t('change.fromOwn') : t('change.fromDefaults')}</p>
          <Link
            to="/admin/crisis-contacts/change"
            className="nhsuk-button"
            data-testid="change-crisis-lines"
          >
            {t('change.start')}
          </Link>
          {own && (
            <ResetToDefaults
              ids={own.ids}
              onDone={() => {
                setNotice('reset');
                // The button pressed has gone: start again from the top, where the notice is.
                heading.current?.focus();
              }}
            />
          )}
        </>
      )}
    </>
  );
}
