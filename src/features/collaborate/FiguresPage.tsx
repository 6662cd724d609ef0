import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { COLLABORATE_ENABLED } from '../../content';
import { useCollaborateData, useSignedInAccount } from '../../db';
import { responsesForPractitioner, topScoreByMonth, topScoreRate } from '../../domain';
import { Loading } from '../../ui/Spinner';
import { usePageTitle } from '../../ui/usePageTitle';

/** "November 2026" for "2026-11", in the page's language. */
function monthName(month: string, locale: string): string {
  const parsed = new Date(`${month}-01T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return month;
  return new Intl.DateTimeFormat(locale, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(parsed);
}

/** A rate 0–1 as a whole percentage. */
const percent = (rate: number) => Math.round(rate * 100);

/**
 * "How shared did my sessions feel?" (issue #5 item 5), at /practitioner/collaborate: the
 * signed-in practitioner's CollaboRATE top-score rate, overall and per month, always with
 * the number of responses it comes from. Which responses count and how they are scored:
 * domain/collaborate-score.ts. Figures are from this device: what has synced to it.
 */
export function FiguresPage() {
  const { t, i18n } = useTranslation(['collaborate', 'common']);
  usePageTitle(t('figures.title'), t('common:appName'));
  const account = useSignedInAccount();
  const data = useCollaborateData();
  const mine = useMemo(
    () =>
      data &&
      (account ? responsesForPractitioner(data.responses, data.sessions, account.userId) : []).map(
        (r) => ({ answers: r['answers'] as number[], completedOn: String(r['completedOn']) }),
      ),
    [account, data],
  );

  const header = (
    <>
      <p className="nhsuk-body">
        <Link to="/practitioner">{t('figures.back')}</Link>
      </p>
      <h1 className="nhsuk-heading-l" tabIndex={-1}>
        <span className="nhsuk-caption-l">{t('figures.caption')}</span>
        {t('figures.title')}
      </h1>
    </>
  );
  if (!COLLABORATE_ENABLED) {
    return (
      <>
        {header}
        <p className="nhsuk-body">{t('figures.off')}</p>
      </>
    );
  }
  if (account === undefined || mine === undefined) {
    return <Loading label={t('common:loading')} />;
  }
  const overall = topScoreRate(mine);
  const months = topScoreByMonth(mine).reverse();
  return (
    <>
      {header}
      <p className="nhsuk-body">{t('figures.lead')}</p>
      <p className="nhsuk-body">{t('figures.topScoreExplained')}</p>
      {overall.rate === null ? (
        <p className="nhsuk-body" data-testid="collaborate-empty">
          {t('figures.empty')}
        </p>
      ) : (
        <>
          <div className="nhsuk-card" data-testid="collaborate-overall">
            <div className="nhsuk-card__content">
              <p className="nhsuk-heading-m nhsuk-u-margin-bottom-2">
                {t('figures.overall', {
                  rate: t('figures.percent', { value: percent(overall.rate) }),
                })}
              </p>
              <p className="nhsuk-body nhsuk-u-margin-bottom-0">
                {t('figures.overallCount', {
                  count: overall.responses,
                  topScores: overall.topScores,
                })}
              </p>
            </div>
          </div>
          <h2 className="nhsuk-heading-m">{t('figures.byMonth')}</h2>
          <table className="nhsuk-table" data-testid="collaborate-months">
            <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">
              {t('figures.tableCaption')}
            </caption>
            <thead className="nhsuk-table__head">
              <tr className="nhsuk-table__row">
                <th scope="col" className="nhsuk-table__header">
                  {t('figures.month')}
                </th>
                <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">
                  {t('figures.responses')}
                </th>
                <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">
                  {t('figures.topScores')}
                </th>
                <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">
                  {t('figures.rate')}
                </th>
              </tr>
            </thead>
            <tbody className="nhsuk-table__body">
              {months.map((m) => (
                <tr key={m.month} className="nhsuk-table__row">
                  <th scope="row" className="nhsuk-table__header">
                    {monthName(m.month, i18n.language)}
                  </th>
                  <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{m.responses}</td>
                  <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{m.topScores}</td>
                  <td className="nhsuk-table__cell nhsuk-table__cell--numeric">
                    {m.rate === null ? '' : t('figures.percent', { value: percent(m.rate) })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <p className="nhsuk-body-s">{t('figures.whichSessions')}</p>
      <p className="nhsuk-body-s">{t('figures.source')}</p>
    </>
  );
}
