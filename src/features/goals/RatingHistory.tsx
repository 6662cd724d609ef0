import { useTranslation } from 'react-i18next';
import type { RatingInput } from '../../domain';
import { formatCalendarDate } from '../../ui/format-date';

/**
 * Every rating of the goal, newest first, including those corrected as mistakes (shown
 * as such, never hidden or deleted: ratings are append-only evidence), and corrections
 * that took a mistaken rating away without a new number.
 */
export function RatingHistory({
  ratings,
  goalId,
  counted,
}: {
  ratings: readonly RatingInput[];
  goalId: string;
  counted: readonly RatingInput[];
}) {
  const { t, i18n } = useTranslation(['goal-page', 'goals']);
  const mine = ratings
    .filter((r) => r.goalId === goalId)
    .sort((a, b) => b.ratedOn.localeCompare(a.ratedOn));
  if (mine.length === 0) return null;
  const countedIds = new Set(counted.map((r) => r.id));
  return (
    <section aria-labelledby="rating-history-heading">
      <h2 className="nhsuk-heading-m" id="rating-history-heading">
        {t('history.heading')}
      </h2>
      <table className="nhsuk-table" data-testid="rating-history">
        <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">
          {t('history.heading')}
        </caption>
        <thead className="nhsuk-table__head">
          <tr>
            <th scope="col">{t('history.when')}</th>
            <th scope="col">{t('history.rating')}</th>
            <th scope="col">{t('history.who')}</th>
            <th scope="col">{t('history.words')}</th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {mine.map((r) => (
            <tr key={r.id}>
              <td>{formatCalendarDate(r.ratedOn.slice(0, 10), i18n.language)}</td>
              <td>
                {r.rating ?? t('history.removal')}
                {!countedIds.has(r.id) && r.rating !== undefined && (
                  <strong className="nhsuk-tag nhsuk-tag--grey app-goal-corrected">
                    {t('history.corrected')}
                  </strong>
                )}
              </td>
              <td>{t(`goals:raters.${r.ratedBy}`)}</td>
              <td>{r.comment ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
