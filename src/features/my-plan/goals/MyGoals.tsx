import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AnyRecord, GoalStatus, RatingInput } from '../../../domain';
import { formatCalendarDate } from '../../../ui/format-date';
import { byOrder, mayRate, myProgress, seriesFor, type Rater } from './goal-view';
import { PlainSummary } from './PlainSummary';
import { useMyGoals } from './use-my-goals';

/**
 * "My goals" on My plan (issue #6 items 2–3): each active goal in the young person's words
 * (and the carer's, if they wrote their own), the person's latest rating, the plain-words
 * summary, when they last rated and a "Rate now" link. Paused, achieved and ended goals
 * follow in a short list with their status. Everything is read from this device, so it
 * works offline; ratings made here sync later.
 */
export function MyGoals({ caseId }: { caseId: string }) {
  const { t } = useTranslation('my-goals');
  const data = useMyGoals(caseId);
  if (!data || data.goals.length === 0) return null;
  const { account, rater, ratings, name } = data;
  const goals = [...data.goals].sort(byOrder);
  const active = goals.filter((g) => g['status'] === 'active');
  const others = goals.filter((g) => g['status'] !== 'active');
  return (
    <section aria-labelledby={`my-goals-${caseId}`} data-testid="my-goals">
      <h3 className="nhsuk-heading-s" id={`my-goals-${caseId}`}>
        {t('list.heading')}
      </h3>
      {active.length === 0 && <p className="nhsuk-body">{t('list.noActive')}</p>}
      {active.map((goal) => (
        <GoalCard
          key={goal.id}
          goal={goal}
          ratings={ratings}
          rater={rater}
          name={name}
          canRate={account ? mayRate(goal, rater, account.userId) : false}
        />
      ))}
      {others.length > 0 && (
        <>
          <h4 className="nhsuk-heading-xs">{t('list.otherHeading')}</h4>
          <ul className="nhsuk-list nhsuk-list--bullet" data-testid="my-goals-other">
            {others.map((goal) => (
              <li key={goal.id}>
                {t('list.withStatus', {
                  goal: String(goal['text']),
                  status: t(`status.${String(goal['status'])}`),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function GoalCard({
  goal,
  ratings,
  rater,
  name,
  canRate,
}: {
  goal: AnyRecord;
  ratings: RatingInput[];
  rater: Rater | null;
  name: string;
  canRate: boolean;
}) {
  const { t, i18n } = useTranslation('my-goals');
  const text = String(goal['text']);
  const carerText = typeof goal['carerText'] === 'string' ? goal['carerText'] : '';
  const series = seriesFor(rater, canRate);
  // A carer reading about a goal the young person rates: said by name, not "you".
  const theirName = series === rater ? undefined : name || t('who.young-person');
  const { summary, latest } = myProgress(
    {
      id: goal.id,
      baselineRating: Number(goal['baselineRating']),
      status: goal['status'] as GoalStatus,
    },
    ratings,
    series,
  );
  return (
    <div className="nhsuk-card" data-testid="my-goal">
      <div className="nhsuk-card__content">
        <h4 className="nhsuk-card__heading nhsuk-heading-xs">{text}</h4>
        {carerText !== '' && (
          <p className="nhsuk-body">
            {t(rater === 'carer' ? 'goal.yourWords' : 'goal.carerWords', { words: carerText })}
          </p>
        )}
        {latest && (
          <p className="nhsuk-body nhsuk-u-margin-bottom-2" data-testid="my-goal-latest">
            {t(theirName === undefined ? 'list.latest' : 'list.theirLatest', {
              name: theirName,
              rating: latest.rating,
              date: formatCalendarDate(latest.ratedOn.slice(0, 10), i18n.language),
            })}
          </p>
        )}
        <PlainSummary summary={summary} goalText={text} name={theirName} testId="my-goal-summary" />
        {canRate && (
          <Link
            className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0"
            to={`/my-plan/goals/${goal.id}`}
            aria-label={t('list.rateNowFor', { goal: text })}
          >
            {t('list.rateNow')}
          </Link>
        )}
      </div>
    </div>
  );
}
