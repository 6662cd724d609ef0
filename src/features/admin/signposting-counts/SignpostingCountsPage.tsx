/**
 * /admin/signposting: how often school staff used /support, week by week for the last 12
 * weeks: how many times, how many were about immediate danger, which topics were raised
 * and which resources were offered. Read from the anonymous counts synced to this device
 * (`tallySignpostingByWeek`), so it works offline.
 *
 * Design choices:
 * - It says plainly, first, that there is no personal data: each count is a few ids, an
 *   age band and a date, and nothing can lead back to a child.
 * - Accessible tables with captions and header cells; one summary table for the 12
 *   weeks, then one section per week that had counts, with its topics and resources.
 *   Weeks with none are said once, not given empty tables.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '../../../ui/Spinner';
import { formatCalendarDate, todayOnDevice } from '../../../ui/format-date';
import { usePageTitle } from '../../../ui/usePageTitle';
import { AdminOnly } from '../option-grids/AdminOnly';
import { CountTable } from './CountTable';
import { useEntryNames } from './useEntryNames';
import { useSignpostingEvents } from './useSignpostingEvents';
import { WEEKS_SHOWN, byCount, lastWeeks } from './weeks';
import '../admin.scss';

const NAMESPACES = ['admin-signposting', 'signposting-topics', 'directory', 'common'] as const;

export function SignpostingCountsPage() {
  const { t } = useTranslation(NAMESPACES);
  usePageTitle(t('title'), t('common:appName'));
  return (
    <AdminOnly>
      <CountsView />
    </AdminOnly>
  );
}

function CountsView() {
  const { t, i18n } = useTranslation(NAMESPACES);
  const events = useSignpostingEvents();
  const names = useEntryNames();
  const weeks = events ? lastWeeks(events, todayOnDevice()) : undefined;
  const date = (d: string) => formatCalendarDate(d, i18n.language);
  const topicName = (id: string) =>
    t(`signposting-topics:topics.${id}`, { defaultValue: t('unknownTopic', { id }) });
  const resourceName = (id: string) => names.get(id) ?? t('unknownResource');

  return (
    <>
      <Link to="/admin" className="nhsuk-back-link">
        {t('backToAdmin')}
      </Link>
      <h1 className="nhsuk-heading-l" tabIndex={-1}>
        {t('title')}
      </h1>
      <div className="nhsuk-inset-text" data-testid="no-personal-data">
        <span className="nhsuk-u-visually-hidden">{t('noticeLabel')} </span>
        <p className="nhsuk-body">{t('noPersonalData')}</p>
      </div>
      <p className="nhsuk-body">{t('lead', { weeks: WEEKS_SHOWN })}</p>
      {weeks === undefined ? (
        <Loading label={t('loading')} />
      ) : (
        <>
          <table className="nhsuk-table" data-testid="weeks-table">
            <caption className="nhsuk-table__caption">
              {t('weeks.caption', { weeks: WEEKS_SHOWN })}
            </caption>
            <thead className="nhsuk-table__head">
              <tr className="nhsuk-table__row">
                <th scope="col" className="nhsuk-table__header">
                  {t('weeks.week')}
                </th>
                <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">
                  {t('weeks.total')}
                </th>
                <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">
                  {t('weeks.immediateDanger')}
                </th>
              </tr>
            </thead>
            <tbody className="nhsuk-table__body">
              {weeks.map((w) => (
                <tr className="nhsuk-table__row" key={w.weekStart}>
                  <th scope="row" className="nhsuk-table__header">
                    {t('weeks.weekOf', { date: date(w.weekStart) })}
                  </th>
                  <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{w.total}</td>
                  <td className="nhsuk-table__cell nhsuk-table__cell--numeric">
                    {w.immediateDanger}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {weeks.every((w) => w.total === 0) && (
            <p className="nhsuk-body" data-testid="no-counts">
              {t('empty')}
            </p>
          )}
          {weeks
            .filter((w) => w.total > 0)
            .map((w) => {
              const headingId = `signposting-week-${w.weekStart}`;
              const when = t('weeks.weekOf', { date: date(w.weekStart) });
              return (
                <section
                  key={w.weekStart}
                  aria-labelledby={headingId}
                  data-testid={`week-${w.weekStart}`}
                >
                  <h2 className="nhsuk-heading-m nhsuk-u-margin-top-7" id={headingId}>
                    {when}
                  </h2>
                  <p className="nhsuk-body">
                    {t('week.summary', { total: w.total, danger: w.immediateDanger })}
                  </p>
                  <CountTable
                    caption={t('week.topicsCaption', { when })}
                    nameHeader={t('week.topic')}
                    countHeader={t('week.times')}
                    rows={byCount(w.topics).map(([id, n]) => [topicName(id), n])}
                    empty={t('week.noTopics')}
                  />
                  <CountTable
                    caption={t('week.resourcesCaption', { when })}
                    nameHeader={t('week.resource')}
                    countHeader={t('week.times')}
                    rows={byCount(w.resources).map(([id, n]) => [resourceName(id), n])}
                    empty={t('week.noResources')}
                  />
                </section>
              );
            })}
        </>
      )}
    </>
  );
}
