/**
 * One goal's page for the care team (issue #6 item 3): the young person's words, the
 * chart of every rating that counts (with its table), the change from the baseline and
 * whether it is reliable, the same plain-words summary the young person sees, and the
 * questionnaire scores recorded beside the goal.
 */
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useCaseRecords, useRecord } from '../../db';
import {
  GBO_RELIABLE_CHANGE,
  goalProgress,
  goalSummary,
  type GoalRecord,
  type RatingInput,
} from '../../domain';
import { ProgressChart } from '../../ui/charts/ProgressChart';
import { formatCalendarDate } from '../../ui/format-date';
import { Loading } from '../../ui/Spinner';
import { usePageTitle } from '../../ui/usePageTitle';
import { GoalNotFound } from './GoalNotFound';
import { GoalSummaryText } from './GoalSummaryText';
import { MeasureScores } from './MeasureScores';
import { RatingHistory } from './RatingHistory';
import './goal-page.scss';

export function GoalPage() {
  const { t, i18n } = useTranslation(['goal-page', 'goals', 'common']);
  const { caseId, goalId } = useParams();
  const caseRecord = useRecord('case', caseId);
  const goal = useRecord('goal', goalId);
  const ratings = useCaseRecords('goal-rating', caseId);
  const name = caseRecord ? String(caseRecord['preferredName']) : '';
  usePageTitle(
    goal ? t('title', { goal: String(goal['text']) }) : t('notFound'),
    t('common:appName'),
  );
  if (caseRecord === undefined || goal === undefined || ratings === undefined) {
    return <Loading label={t('common:loading')} />;
  }
  if (!caseRecord || caseRecord.deleted || !goal || goal.deleted || goal.caseId !== caseId) {
    return <GoalNotFound />;
  }
  const g = goal as GoalRecord;
  const progress = goalProgress(g, ratings as unknown as RatingInput[]);
  const summary = goalSummary(g, progress);
  const date = (iso: string) => formatCalendarDate(iso.slice(0, 10), i18n.language);
  return (
    <>
      <p className="nhsuk-body">
        <Link to={`/practitioner/cases/${caseId}`}>{t('back', { name })}</Link>
      </p>
      <span className="nhsuk-caption-l">{t('caption', { name })}</span>
      <h1 className="nhsuk-heading-l" tabIndex={-1}>
        {g.text}
      </h1>
      {g.carerText && (
        <p className="nhsuk-body">{t('goals:card.carerText', { text: g.carerText })}</p>
      )}
      <GoalSummaryText summary={summary} goal={g} name={name} />
      <ProgressChart
        title={t('chart.title')}
        description={t('chart.description', { threshold: GBO_RELIABLE_CHANGE })}
        series={[
          {
            id: g.id,
            label: g.text,
            baseline: g.baselineRating,
            points: progress.points.map((p) => ({
              x: p.ratedOn,
              y: p.rating,
              note: p.comment,
            })),
          },
        ]}
        min={0}
        max={10}
        band={{
          from: Math.max(0, g.baselineRating - GBO_RELIABLE_CHANGE),
          to: Math.min(10, g.baselineRating + GBO_RELIABLE_CHANGE),
          label: t('chart.band'),
        }}
        formatDate={date}
        yAxisLabel={t('chart.yAxis')}
      />
      <RatingHistory
        ratings={ratings as unknown as RatingInput[]}
        goalId={g.id}
        counted={progress.points}
      />
      <MeasureScores caseId={caseId ?? ''} goal={g} />
    </>
  );
}
