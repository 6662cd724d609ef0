/**
 * The session part "Goals" (issue #6; RESPECT Progress; THRIVE's outcome-informed
 * principle): the case's goals in the young person's words with where they started and
 * where they are now, rating them in the session, adding goals, and reviewing progress
 * together, including the honest conversation when a goal is not moving.
 */
import { useTranslation } from 'react-i18next';
import { useCaseRecords } from '../../../db';
import {
  goalProgress,
  type GoalRecord,
  type OptionGridDecisionRecord,
  type RatingInput,
} from '../../../domain';
import { formatCalendarDate } from '../../../ui/format-date';
import { Loading } from '../../../ui/Spinner';
import type { SessionPartProps } from '../session-part';
import { AddGoalForm } from './AddGoalForm';
import { GoalCard } from './GoalCard';
import { ReviewSection } from './ReviewSection';
import './goals.scss';

export function GoalsPart({ caseId, session }: SessionPartProps) {
  const { t, i18n } = useTranslation(['goals', 'common']);
  const goalRows = useCaseRecords('goal', caseId);
  const ratingRows = useCaseRecords('goal-rating', caseId);
  const decisionRows = useCaseRecords('option-grid-decision', caseId);
  if (goalRows === undefined || ratingRows === undefined || decisionRows === undefined) {
    return <Loading label={t('common:loading')} />;
  }
  const sorted = (goalRows as GoalRecord[]).sort((a, b) => a.order - b.order);
  const ratings = ratingRows as unknown as RatingInput[];
  const withProgress = sorted.map((goal) => ({ goal, progress: goalProgress(goal, ratings) }));
  const decisions = (decisionRows as OptionGridDecisionRecord[]).map((d) => ({
    id: d.id,
    label: t('add.decisionLabel', { date: formatCalendarDate(d.decidedOn, i18n.language) }),
  }));
  return (
    <div className="app-goals">
      <p className="nhsuk-body-l">{t('intro')}</p>
      {sorted.length === 0 ? (
        <p className="nhsuk-body">{t('none')}</p>
      ) : (
        <ol className="nhsuk-list app-goals-list" aria-label={t('listLabel')}>
          {withProgress.map(({ goal, progress }) => (
            <GoalCard
              key={goal.id}
              caseId={caseId}
              goal={goal}
              progress={progress}
              sorted={sorted}
            />
          ))}
        </ol>
      )}
      <AddGoalForm caseId={caseId} sessionId={session.id} goals={sorted} decisions={decisions} />
      {sorted.length > 0 && <ReviewSection session={session} goals={withProgress} />}
    </div>
  );
}
