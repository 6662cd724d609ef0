import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { GoalProgress, GoalRecord } from '../../../domain';
import { formatCalendarDate } from '../../../ui/format-date';
import { GoalStatusControls } from './GoalStatusControls';
import { RateInSession } from './RateInSession';

interface GoalCardProps {
  caseId: string;
  goal: GoalRecord;
  progress: GoalProgress;
  sorted: readonly GoalRecord[];
}

/**
 * One goal in the session: the young person's words, where they started and where they
 * are now, whether the change is reliable, what was agreed if it is not reached; rating
 * now, the chart, and pausing, achieving or ending it.
 */
export function GoalCard({ caseId, goal, progress, sorted }: GoalCardProps) {
  const { t, i18n } = useTranslation('goals');
  const date = (d: string) => formatCalendarDate(d.slice(0, 10), i18n.language);
  const { latest, change, category } = progress;
  return (
    <li className="nhsuk-card app-goals-card" data-testid="session-goal">
      <div className="nhsuk-card__content">
        <h2 className="nhsuk-card__heading nhsuk-heading-s">{goal.text}</h2>
        {goal.carerText && (
          <p className="nhsuk-body-s">{t('card.carerText', { text: goal.carerText })}</p>
        )}
        <dl className="nhsuk-summary-list app-goals-card__facts">
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">{t('card.theme')}</dt>
            <dd className="nhsuk-summary-list__value">
              {t(`themes.${goal.theme}`)} · {t(`setters.${goal.setBy}`)}
              {goal.status !== 'active' && (
                <strong className="nhsuk-tag nhsuk-tag--grey app-goals-card__status">
                  {t(`statuses.${goal.status}`)}
                </strong>
              )}
            </dd>
          </div>
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">{t('card.progress')}</dt>
            <dd className="nhsuk-summary-list__value" data-testid="goal-progress">
              {latest === undefined
                ? t('card.notRated', { baseline: progress.baseline })
                : t('card.rated', {
                    baseline: progress.baseline,
                    latest: latest.rating,
                    date: date(latest.ratedOn),
                    who: t(`raters.${latest.ratedBy}`),
                  })}
              {change !== null && category !== null && (
                <span className={`app-goals-change app-goals-change--${category}`}>
                  {' '}
                  {t(`change.${category}`, { change: change > 0 ? `+${change}` : String(change) })}
                </span>
              )}
            </dd>
          </div>
          {goal.targetDate && (
            <div className="nhsuk-summary-list__row">
              <dt className="nhsuk-summary-list__key">{t('card.targetDate')}</dt>
              <dd className="nhsuk-summary-list__value">{date(goal.targetDate)}</dd>
            </div>
          )}
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">{t('card.ifNotReached')}</dt>
            <dd className="nhsuk-summary-list__value">
              {goal.ifNotReached ?? t('card.noAgreement')}
            </dd>
          </div>
          {goal.endReason && (
            <div className="nhsuk-summary-list__row">
              <dt className="nhsuk-summary-list__key">{t('card.endReason')}</dt>
              <dd className="nhsuk-summary-list__value">{goal.endReason}</dd>
            </div>
          )}
        </dl>
        <p className="nhsuk-body">
          <Link to={`/practitioner/cases/${caseId}/goals/${goal.id}`}>
            {t('card.chartLink')}
            <span className="nhsuk-u-visually-hidden">{`: ${goal.text}`}</span>
          </Link>
        </p>
        {goal.status === 'active' && (
          <details className="nhsuk-details">
            <summary className="nhsuk-details__summary">
              <span className="nhsuk-details__summary-text">
                {t('card.rateNow')}
                <span className="nhsuk-u-visually-hidden">{`: ${goal.text}`}</span>
              </span>
            </summary>
            <div className="nhsuk-details__text">
              <RateInSession caseId={caseId} goalId={goal.id} goalText={goal.text} />
            </div>
          </details>
        )}
        <GoalStatusControls goal={goal} sorted={sorted} />
      </div>
    </li>
  );
}
