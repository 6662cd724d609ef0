import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { goalProgress, type KindRecord, type RatingInput } from '../../../domain';
import { ProgressChart } from '../../../ui/charts/ProgressChart';
import { formatCalendarDate } from '../../../ui/format-date';

/** The chart can tell six goals apart (shape, line and colour); more are listed only. */
const MAX_CHARTED = 6;

interface GoalsSectionProps {
  caseId: string;
  goals: readonly KindRecord<'goal'>[];
  ratings: readonly KindRecord<'goal-rating'>[];
}

/**
 * Progress across the case's active goals (issue #6 item 3): one chart with a line per
 * goal and its table, and a link to each goal's own page.
 */
export function GoalsSection({ caseId, goals, ratings }: GoalsSectionProps) {
  const { t, i18n } = useTranslation(['goal-page', 'cases']);
  const active = goals.filter((g) => g.status === 'active').sort((a, b) => a.order - b.order);
  if (active.length === 0) return null;
  const input = ratings as unknown as RatingInput[];
  const charted = active.slice(0, MAX_CHARTED);
  return (
    <section aria-labelledby="goals-across-heading" data-testid="goals-across">
      <h2 className="nhsuk-heading-m" id="goals-across-heading">
        {t('across.heading')}
      </h2>
      <ProgressChart
        title={t('across.title')}
        series={charted.map((g) => ({
          id: g.id,
          label: g.text,
          baseline: g.baselineRating,
          points: goalProgress(g, input).points.map((p) => ({ x: p.ratedOn, y: p.rating })),
        }))}
        min={0}
        max={10}
        formatDate={(iso) => formatCalendarDate(iso.slice(0, 10), i18n.language)}
        yAxisLabel={t('chart.yAxis')}
      />
      {active.length > MAX_CHARTED && (
        <p className="nhsuk-body-s">{t('across.more', { count: active.length - MAX_CHARTED })}</p>
      )}
      <ul className="nhsuk-list">
        {active.map((g) => (
          <li key={g.id}>
            <Link to={`/practitioner/cases/${caseId}/goals/${g.id}`}>{g.text}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
