import { useTranslation } from 'react-i18next';
import type { GoalRecord, GoalSummary } from '../../domain';

/**
 * Where the goal stands, in plain words: from the baseline to the latest rating, and
 * whether that change is reliable. Said the same way as on the young person's phone, in
 * the third person ("Sam has moved from 2 to 6").
 */
export function GoalSummaryText({
  summary,
  goal,
  name,
}: {
  summary: GoalSummary;
  goal: GoalRecord;
  name: string;
}) {
  const { t } = useTranslation('goal-page');
  return (
    <div className="nhsuk-inset-text" data-testid="goal-summary">
      <p className="nhsuk-body">
        {summary.kind === 'not-rated-yet'
          ? t('summary.notRated', { name, baseline: summary.baseline })
          : t(`summary.moved.${summary.direction}`, {
              name,
              from: summary.from,
              to: summary.to,
              goal: goal.text,
            })}
      </p>
      {summary.kind === 'moved' && (
        <p className="nhsuk-body">
          {summary.reliable
            ? t('summary.reliable', { change: Math.abs(summary.change) })
            : t('summary.notReliable', { change: Math.abs(summary.change) })}
        </p>
      )}
    </div>
  );
}
