import { useTranslation } from 'react-i18next';
import {
  OUTCOME_GROUPS,
  type OutcomeCounts,
  type OutcomeGroup,
  type ServiceOutcomes,
} from '../../domain/service-outcomes';

/** A share 0–1 as a whole percentage. */
const percent = (share: number) => Math.round(share * 100);

type CountKey = 'reliableImprovement' | 'noReliableChange' | 'reliableDeterioration';
const COLUMNS: { key: CountKey; label: string }[] = [
  { key: 'reliableImprovement', label: 'table.improved' },
  { key: 'noReliableChange', label: 'table.noChange' },
  { key: 'reliableDeterioration', label: 'table.deteriorated' },
];

/**
 * Goal progress by grouping and in total: goals, goals rated, and the three kinds of
 * change as "count (percentage of rated)". A percentage is never shown without its count,
 * and none at all when no goal in the row is rated. The five groupings always show (a
 * zero is a figure too); "no grouping agreed yet" only when it has goals.
 */
export function OutcomesTable({ outcomes }: { outcomes: ServiceOutcomes }) {
  const { t } = useTranslation('outcomes');
  const groups = OUTCOME_GROUPS.filter((g) => g !== 'none' || outcomes.byGroup.none.goals > 0);

  const cells = (counts: OutcomeCounts) => (
    <>
      <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{counts.goals}</td>
      <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{counts.rated}</td>
      {COLUMNS.map(({ key }) => {
        const share = counts.shares[key];
        return (
          <td key={key} className="nhsuk-table__cell nhsuk-table__cell--numeric">
            {share === null
              ? counts[key]
              : t('table.countShare', { n: counts[key], percent: percent(share) })}
          </td>
        );
      })}
    </>
  );

  const row = (group: OutcomeGroup) => (
    <tr key={group} className="nhsuk-table__row" data-testid={`outcomes-row-${group}`}>
      <th scope="row" className="nhsuk-table__header">
        {t(`groups.${group}`)}
      </th>
      {cells(outcomes.byGroup[group])}
    </tr>
  );

  return (
    <div className="nhsuk-table-responsive">
      <table className="nhsuk-table" data-testid="outcomes-table">
        <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">
          {t('table.caption')}
        </caption>
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row">
            <th scope="col" className="nhsuk-table__header">
              {t('table.grouping')}
            </th>
            <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">
              {t('table.goals')}
            </th>
            <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">
              {t('table.rated')}
            </th>
            {COLUMNS.map(({ key, label }) => (
              <th
                key={key}
                scope="col"
                className="nhsuk-table__header nhsuk-table__header--numeric"
              >
                {t(label)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {groups.map(row)}
          <tr className="nhsuk-table__row" data-testid="outcomes-total">
            <th scope="row" className="nhsuk-table__header">
              <strong>{t('table.total')}</strong>
            </th>
            {cells(outcomes.total)}
          </tr>
        </tbody>
      </table>
    </div>
  );
}
