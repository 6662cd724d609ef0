import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SHORT_TEXT_MAX } from '../../../domain';
import { ErrorMessage } from '../../../ui/form/ErrorMessage';
import { ErrorSummary } from '../../../ui/form/ErrorSummary';
import { TextAreaField } from '../../../ui/form/TextAreaField';
import type { Rater } from './goal-view';
import './my-goals.scss';

const SCALE = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;
const ID = 'goal-rating';

export interface RatingFormProps {
  rater: Rater;
  /** Prefilled when putting a mistake right: the wrong rating's number and words. */
  initial?: { rating: number; comment: string };
  /** Putting a mistake right: the same number and words again would change nothing. */
  correcting?: boolean;
  onSubmit: (rating: number, comment: string) => Promise<void> | void;
}

/**
 * The Goals Based Outcomes scale on a phone: "How close am I to reaching this goal?", 0
 * (not at all) to 10 (I've reached it), as one fieldset whose legend is the question, so a
 * screen reader says it with each number. The eleven numbers sit in a row that wraps on a
 * 320px screen, each a 48px target. A few words are optional. With no number chosen the
 * NHS error summary says "Choose a number from 0 to 10" and what was typed is kept; a
 * failed save says so and keeps everything too.
 */
export function RatingForm({ rater, initial, correcting = false, onSubmit }: RatingFormProps) {
  const { t } = useTranslation('my-goals');
  const [rating, setRating] = useState<number | undefined>(initial?.rating);
  const [comment, setComment] = useState(initial?.comment ?? '');
  const [submitCount, setSubmitCount] = useState(0);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  const submitted = submitCount > 0;
  const ratingProblem = !submitted
    ? undefined
    : rating === undefined
      ? t('form.chooseNumber')
      : correcting && rating === initial?.rating && comment.trim() === initial.comment.trim()
        ? t('form.chooseDifferent')
        : undefined;
  const commentProblem =
    comment.trim().length > SHORT_TEXT_MAX ? t('form.tooLong', { max: SHORT_TEXT_MAX }) : undefined;
  const radioId = (value: number) => `${ID}-${value}`;
  const summary = [
    ...(ratingProblem ? [{ fieldId: radioId(0), message: ratingProblem }] : []),
    ...(submitted && commentProblem ? [{ fieldId: `${ID}-comment`, message: commentProblem }] : []),
    ...(failed ? [{ message: t('form.saveFailed') }] : []),
  ];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitCount((n) => n + 1);
    setFailed(false);
    if (busy || rating === undefined || commentProblem) return;
    if (correcting && rating === initial?.rating && comment.trim() === initial.comment.trim()) {
      return;
    }
    setBusy(true);
    try {
      await onSubmit(rating, comment.trim());
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  const anchorLabel = (value: number) =>
    value === 0 ? `0 ${t('form.scaleMin')}` : value === 10 ? `10 ${t('form.scaleMax')}` : undefined;
  const hintId = `${ID}-hint`;
  const errorId = `${ID}-error`;

  return (
    <form noValidate onSubmit={(e) => void submit(e)} data-testid="goal-rating-form">
      <ErrorSummary title={t('form.summaryTitle')} items={summary} focusKey={submitCount} />
      <div className={`nhsuk-form-group${ratingProblem ? ' nhsuk-form-group--error' : ''}`}>
        <fieldset
          className="nhsuk-fieldset"
          aria-describedby={ratingProblem ? `${hintId} ${errorId}` : hintId}
        >
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
            {t(`form.question.${rater}`)}
          </legend>
          <div className="nhsuk-hint" id={hintId}>
            {t('form.hint')}
          </div>
          {ratingProblem && (
            <ErrorMessage id={errorId} prefix={t('form.errorPrefix')}>
              {ratingProblem}
            </ErrorMessage>
          )}
          <div className="goal-scale__anchors" aria-hidden="true">
            <span>0 = {t('form.scaleMin')}</span>
            <span>10 = {t('form.scaleMax')}</span>
          </div>
          <div className="goal-scale">
            {SCALE.map((value) => (
              <label key={value} className="goal-scale__option" htmlFor={radioId(value)}>
                <input
                  className="goal-scale__input"
                  type="radio"
                  id={radioId(value)}
                  name={ID}
                  value={value}
                  checked={rating === value}
                  onChange={() => setRating(value)}
                  aria-label={anchorLabel(value)}
                />
                <span className="goal-scale__number">{value}</span>
              </label>
            ))}
          </div>
        </fieldset>
      </div>
      <TextAreaField
        id={`${ID}-comment`}
        label={t('form.comment')}
        hint={t('form.commentHint')}
        errorPrefix={t('form.errorPrefix')}
        error={submitted ? commentProblem : undefined}
        rows={3}
        value={comment}
        onChange={(e) => setComment(e.target.value)}
      />
      <button type="submit" className="nhsuk-button" disabled={busy} aria-disabled={busy}>
        {busy ? t('form.saving') : t(correcting ? 'form.saveCorrection' : 'form.save')}
      </button>
    </form>
  );
}
