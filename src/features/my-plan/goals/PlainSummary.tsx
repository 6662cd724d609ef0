import { useTranslation } from 'react-i18next';
import type { GoalSummary } from '../../../domain';

/**
 * The plain-words summary of progress on a goal: "You've moved from 2 to 6 on 'Go back to
 * school'", or "You haven't rated this yet: you started at 3". With `name` it speaks of
 * the young person instead ("Sam has moved from 2 to 6 …"), for a carer looking at a goal
 * the young person rates. A big step (a reliable change) is said as such; a big step back
 * gently points to the next meeting.
 */
export function PlainSummary({
  summary,
  goalText,
  name,
  testId,
}: {
  summary: GoalSummary;
  goalText: string;
  name?: string | undefined;
  testId?: string;
}) {
  const { t } = useTranslation('my-goals');
  const key = (k: string) => (name === undefined ? `summary.${k}` : `summary.their.${k}`);
  if (summary.kind === 'not-rated-yet') {
    return (
      <p className="nhsuk-body" data-testid={testId}>
        {t(key('notRatedYet'), { baseline: summary.baseline, name })}
      </p>
    );
  }
  const { from, to, direction, reliable } = summary;
  return (
    <p className="nhsuk-body" data-testid={testId}>
      {direction === 'same'
        ? t(key('same'), { to, goal: goalText, name })
        : t(key('moved'), { from, to, goal: goalText, name })}
      {reliable && direction === 'up' && ` ${t('summary.bigStep')}`}
      {reliable && direction === 'down' && ` ${t('summary.harder')}`}
    </p>
  );
}
