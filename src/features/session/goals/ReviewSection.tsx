/**
 * Reviewing the goals in the session (issue #6 item 5; THRIVE's outcome-informed
 * principle): every goal's trend, and for goals not reliably improving, what was agreed at
 * the start should they not be reached, so the explicit discussion the framework asks for
 * happens; then what the session decided: carry on, change the approach, change the
 * grouping, or end. Saved on the session (`goalsReview`).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localStore } from '../../../db';
import {
  GOALS_REVIEW_OUTCOMES,
  type GoalProgress,
  type GoalRecord,
  type SessionRecord,
} from '../../../domain';
import { NotificationBanner } from '../../../ui/NotificationBanner';
import { ErrorMessage } from '../../../ui/form/ErrorMessage';
import { ErrorSummary } from '../../../ui/form/ErrorSummary';
import { saveFailureMessage } from '../../../ui/form/save-failure';

const ID = 'goals-review';

interface ReviewSectionProps {
  session: SessionRecord;
  goals: readonly { goal: GoalRecord; progress: GoalProgress }[];
}

export function ReviewSection({ session, goals }: ReviewSectionProps) {
  const { t } = useTranslation(['goals', 'account', 'validation']);
  const [outcome, setOutcome] = useState<string>(session.goalsReview?.outcome ?? '');
  const [notes, setNotes] = useState(session.goalsReview?.notes ?? '');
  const [tried, setTried] = useState(0);
  const [failure, setFailure] = useState<string>();
  const [saved, setSaved] = useState(false);
  const missing = tried > 0 && outcome === '';
  const notMoving = goals.filter(
    ({ goal, progress }) =>
      goal.status === 'active' && progress.category !== 'reliable-improvement',
  );

  const save = async () => {
    setTried((n) => n + 1);
    setFailure(undefined);
    setSaved(false);
    if (outcome === '') return;
    try {
      await localStore().records.update('session', session.id, {
        goalsReview: {
          outcome,
          ...(notes.trim() ? { notes: notes.trim() } : {}),
        },
      });
      setSaved(true);
    } catch (error) {
      setFailure(saveFailureMessage(error, t));
    }
  };

  const summary = [
    ...(missing ? [{ fieldId: `${ID}-outcome`, message: t('review.chooseOutcome') }] : []),
    ...(failure ? [{ message: failure }] : []),
  ];
  return (
    <section className="app-goals-review" aria-labelledby={`${ID}-heading`}>
      <h2 className="nhsuk-heading-m" id={`${ID}-heading`}>
        {t('review.heading')}
      </h2>
      <ErrorSummary title={t('validation:summaryTitle')} items={summary} focusKey={tried} />
      {notMoving.length > 0 && (
        <div className="nhsuk-warning-callout" data-testid="goals-not-moving">
          <h3 className="nhsuk-warning-callout__label">{t('review.notMovingTitle')}</h3>
          <ul className="nhsuk-list">
            {notMoving.map(({ goal }) => (
              <li key={goal.id}>
                <strong>{goal.text}</strong>
                <br />
                {goal.ifNotReached
                  ? t('review.agreed', { agreement: goal.ifNotReached })
                  : t('review.noAgreement')}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className={`nhsuk-form-group${missing ? ' nhsuk-form-group--error' : ''}`}>
        <fieldset className="nhsuk-fieldset">
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
            {t('review.outcome')}
          </legend>
          {missing && (
            <ErrorMessage id={`${ID}-outcome-error`} prefix={t('account:errorPrefix')}>
              {t('review.chooseOutcome')}
            </ErrorMessage>
          )}
          <div className="nhsuk-radios">
            {GOALS_REVIEW_OUTCOMES.map((value, index) => {
              const inputId = index === 0 ? `${ID}-outcome` : `${ID}-outcome-${value}`;
              return (
                <div key={value} className="nhsuk-radios__item">
                  <input
                    className="nhsuk-radios__input"
                    id={inputId}
                    type="radio"
                    name={`${ID}-outcome`}
                    value={value}
                    checked={outcome === value}
                    onChange={() => setOutcome(value)}
                  />
                  <label className="nhsuk-label nhsuk-radios__label" htmlFor={inputId}>
                    {t(`review.outcomes.${value}`)}
                  </label>
                </div>
              );
            })}
          </div>
        </fieldset>
      </div>
      <div className="nhsuk-form-group">
        <label className="nhsuk-label" htmlFor={`${ID}-notes`}>
          {t('review.notes')}
        </label>
        <textarea
          className="nhsuk-textarea"
          id={`${ID}-notes`}
          rows={3}
          value={notes}
          onChange={(e) => setNotes(e.target.value)}
        />
      </div>
      {saved && (
        <NotificationBanner title={t('review.saved')} variant="success" live>
          <p className="nhsuk-body">{t('review.savedText')}</p>
        </NotificationBanner>
      )}
      <button type="button" className="nhsuk-button" onClick={() => void save()}>
        {t('review.save')}
      </button>
    </section>
  );
}
