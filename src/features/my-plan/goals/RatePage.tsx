import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { localDateTime, localStore, useRecord } from '../../../db';
import type { AnyRecord, GoalStatus, RatingInput } from '../../../domain';
import { formatCalendarDate, formatDateTime } from '../../../ui/format-date';
import { Loading } from '../../../ui/Spinner';
import { usePageTitle } from '../../../ui/usePageTitle';
import { mayRate, myProgress, ratingHistory, seriesFor, type Rater } from './goal-view';
import { PlainSummary } from './PlainSummary';
import { RatingForm } from './RatingForm';
import { useMyGoals } from './use-my-goals';

/**
 * Rating a goal on the young person's or carer's phone, at /my-plan/goals/:goalId
 * (issue #6 items 2–3): the goal's words, the 0–10 scale, a few optional words, then a
 * confirmation with the new plain-words summary. Below, "Your ratings", newest first.
 *
 * Ratings are append-only. "That was a mistake" (on the person's own ratings) opens the
 * form again at ?corrects=<rating id>, filled in with the wrong rating; saving adds a new
 * rating with the right number, `correctsRatingId` naming the wrong one and the wrong
 * one's `ratedOn` (it is about that moment). The wrong one stays in the history, marked
 * as a mistake, and no longer counts. When there is no right number (rated twice by
 * mistake), "Take this rating away" adds a correction with no number, dated the same.
 * Everything is on this device, so it works offline.
 */
export function RatePage() {
  const { t } = useTranslation(['my-goals', 'common']);
  usePageTitle(t('rate.title'), t('common:appName'));
  const { goalId } = useParams();
  const goal = useRecord('goal', goalId);
  const caseId = goal && !goal.deleted ? (goal.caseId ?? undefined) : undefined;
  if (goal === undefined) return <Loading label={t('common:loading')} />;
  if (!goal || goal.deleted || !caseId) {
    return (
      <>
        <h1 className="nhsuk-heading-l" tabIndex={-1}>
          {t('rate.title')}
        </h1>
        <p className="nhsuk-body">{t('rate.notFound')}</p>
        <p className="nhsuk-body">
          <Link to="/my-plan">{t('rate.back')}</Link>
        </p>
      </>
    );
  }
  // Keyed by the case, so its records are read from the start (never a stale empty list).
  return <RateGoal key={caseId} goal={goal} caseId={caseId} />;
}

function RateGoal({ goal, caseId }: { goal: AnyRecord; caseId: string }) {
  const { t, i18n } = useTranslation(['my-goals', 'common']);
  const [params, setParams] = useSearchParams();
  const data = useMyGoals(caseId);
  const [saved, setSaved] = useState<'rated' | 'corrected' | 'removed' | null>(null);
  const [removeFailed, setRemoveFailed] = useState(false);

  const back = (
    <p className="nhsuk-body">
      <Link to="/my-plan">{t('rate.back')}</Link>
    </p>
  );

  if (data === undefined) return <Loading label={t('common:loading')} />;
  const { account, rater, ratings } = data;
  if (!account) {
    return (
      <>
        <h1 className="nhsuk-heading-l" tabIndex={-1}>
          {t('rate.title')}
        </h1>
        <p className="nhsuk-body">{t('rate.signInFirst')}</p>
        {back}
      </>
    );
  }

  const text = String(goal['text']);
  const carerText = typeof goal['carerText'] === 'string' ? goal['carerText'] : '';
  const canRate = mayRate(goal, rater, account.userId) && goal['status'] === 'active';
  const series = seriesFor(rater, mayRate(goal, rater, account.userId));
  const theirName = series === rater ? undefined : data.name || t('who.young-person');
  const progress = myProgress(
    {
      id: goal.id,
      baselineRating: Number(goal['baselineRating']),
      status: goal['status'] as GoalStatus,
    },
    ratings,
    series,
  );
  const history = ratingHistory(goal.id, ratings);
  const authors = new Map(data.ratingRecords.map((r) => [r.id, r.createdBy]));
  const isMine = (r: RatingInput) =>
    rater !== null &&
    r.ratedBy === rater &&
    (rater === 'young-person' || authors.get(r.id) === account.userId);
  const correctsId = params.get('corrects');
  const wrong = correctsId
    ? history.find(
        (h) =>
          h.rating.id === correctsId &&
          !h.corrected &&
          isMine(h.rating) &&
          h.rating.rating !== undefined,
      )
    : undefined;

  const save = async (rating: number | undefined, comment: string) => {
    if (!rater) return;
    await localStore().records.create('goal-rating', caseId, {
      goalId: goal.id,
      ...(rating !== undefined ? { rating } : {}),
      ratedOn: wrong ? wrong.rating.ratedOn : localDateTime(),
      ratedBy: rater,
      ...(comment !== '' ? { comment } : {}),
      ...(wrong ? { correctsRatingId: wrong.rating.id } : {}),
    });
    setSaved(!wrong ? 'rated' : rating === undefined ? 'removed' : 'corrected');
    if (wrong) setParams({}, { replace: true });
  };

  const remove = async () => {
    setRemoveFailed(false);
    try {
      await save(undefined, '');
    } catch {
      setRemoveFailed(true);
    }
  };

  let body: ReactNode;
  if (saved) {
    body = (
      <div className="nhsuk-card nhsuk-card--feature" data-testid="goal-rating-saved">
        <div className="nhsuk-card__content nhsuk-card__content--feature">
          <h2
            className="nhsuk-card__heading nhsuk-card__heading--feature nhsuk-heading-m"
            tabIndex={-1}
            ref={(el) => el?.focus()}
          >
            {t(saved === 'rated' ? 'rate.savedTitle' : 'rate.correctedTitle')}
          </h2>
          <div role="status">
            <PlainSummary summary={progress.summary} goalText={text} testId="goal-summary" />
          </div>
          <p className="nhsuk-body">{t('rate.syncLater')}</p>
          <p className="nhsuk-body nhsuk-u-margin-bottom-0">
            <Link to="/my-plan">{t('rate.back')}</Link>
          </p>
        </div>
      </div>
    );
  } else if (!rater || !canRate) {
    body = (
      <>
        <PlainSummary
          summary={progress.summary}
          goalText={text}
          name={theirName}
          testId="goal-summary"
        />
        <p className="nhsuk-body" data-testid="goal-not-yours">
          {t(
            goal['status'] !== 'active'
              ? 'rate.notActive'
              : rater === 'carer'
                ? 'rate.carerCannot'
                : 'rate.notForYou',
          )}
        </p>
      </>
    );
  } else if (wrong) {
    const date = formatCalendarDate(wrong.rating.ratedOn.slice(0, 10), i18n.language);
    body = (
      <>
        <h2 className="nhsuk-heading-m">{t('correct.title')}</h2>
        <p className="nhsuk-body" data-testid="goal-correcting">
          {t('correct.intro', { rating: wrong.rating.rating, date })}
        </p>
        <RatingForm
          key={wrong.rating.id}
          rater={rater}
          correcting
          initial={{ rating: wrong.rating.rating ?? 0, comment: wrong.rating.comment ?? '' }}
          onSubmit={save}
        />
        <h3 className="nhsuk-heading-s">{t('correct.removeHeading')}</h3>
        <p className="nhsuk-body">{t('correct.removeIntro')}</p>
        {removeFailed && (
          <p className="nhsuk-error-message" role="alert">
            {t('correct.removeFailed')}
          </p>
        )}
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary"
          data-testid="goal-rating-remove"
          onClick={() => void remove()}
        >
          {t('correct.remove')}
        </button>
        <p className="nhsuk-body">
          <Link to={`/my-plan/goals/${goal.id}`} replace>
            {t('correct.cancel')}
          </Link>
        </p>
      </>
    );
  } else {
    body = (
      <>
        <PlainSummary summary={progress.summary} goalText={text} testId="goal-summary" />
        <RatingForm key="new" rater={rater} onSubmit={save} />
      </>
    );
  }

  return (
    <>
      <h1 className="nhsuk-heading-l" tabIndex={-1}>
        {t('rate.title')}
      </h1>
      <div className="nhsuk-inset-text">
        <p className="nhsuk-body-l nhsuk-u-margin-bottom-2" data-testid="goal-text">
          {text}
        </p>
        {carerText !== '' && (
          <p className="nhsuk-body">
            {t(rater === 'carer' ? 'goal.yourWords' : 'goal.carerWords', { words: carerText })}
          </p>
        )}
      </div>
      {body}
      <History
        history={history}
        rater={rater}
        isMine={isMine}
        goalId={goal.id}
        canCorrect={canRate && !wrong}
      />
      {back}
    </>
  );
}

function History({
  history,
  rater,
  isMine,
  goalId,
  canCorrect,
}: {
  history: { rating: RatingInput; corrected: boolean }[];
  rater: Rater | null;
  isMine: (r: RatingInput) => boolean;
  goalId: string;
  canCorrect: boolean;
}) {
  const { t, i18n } = useTranslation('my-goals');
  const who = (r: RatingInput) =>
    isMine(r) ? t('who.you') : r.ratedBy === rater ? t('who.otherCarer') : t(`who.${r.ratedBy}`);
  return (
    <section aria-labelledby="goal-history-heading" data-testid="goal-history">
      <h2 className="nhsuk-heading-m" id="goal-history-heading">
        {t('history.heading')}
      </h2>
      {history.length === 0 ? (
        <p className="nhsuk-body">{t('history.none')}</p>
      ) : (
        <>
          <p className="nhsuk-body">{t('history.count', { count: history.length })}</p>
          <ul className="nhsuk-list">
            {history.map(({ rating: r, corrected }) => {
              const date = formatDateTime(r.ratedOn, i18n.language);
              return (
                <li key={r.id} className="nhsuk-card" data-testid="goal-history-item">
                  <div className="nhsuk-card__content">
                    <p className="nhsuk-body nhsuk-u-margin-bottom-1">
                      <strong>{date}</strong>
                    </p>
                    <p
                      className={`nhsuk-body nhsuk-u-margin-bottom-1${corrected ? ' goal-history__mistake' : ''}`}
                    >
                      {r.rating === undefined
                        ? t('history.removed', { who: who(r) })
                        : t('history.rated', { rating: r.rating, who: who(r) })}
                    </p>
                    {r.comment && (
                      <p className="nhsuk-body nhsuk-u-margin-bottom-1">
                        {t('history.words', { words: r.comment })}
                      </p>
                    )}
                    {corrected && (
                      <p className="nhsuk-body nhsuk-u-margin-bottom-1">
                        <strong className="nhsuk-tag nhsuk-tag--grey">
                          {t('history.mistake')}
                        </strong>
                      </p>
                    )}
                    {r.correctsRatingId && r.rating !== undefined && (
                      <p className="nhsuk-body-s nhsuk-u-margin-bottom-1">
                        {t('history.correction')}
                      </p>
                    )}
                    {canCorrect && !corrected && isMine(r) && r.rating !== undefined && (
                      <p className="nhsuk-body nhsuk-u-margin-bottom-0">
                        <Link
                          to={`/my-plan/goals/${goalId}?corrects=${r.id}`}
                          aria-label={t('history.mistakeActionFor', { rating: r.rating, date })}
                        >
                          {t('history.mistakeAction')}
                        </Link>
                      </p>
                    )}
                  </div>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
