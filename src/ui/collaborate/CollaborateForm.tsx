import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../form/ErrorMessage';
import { ErrorSummary } from '../form/ErrorSummary';
import './collaborate.scss';

export type CollaborateAnswerer = 'young-person' | 'parent-carer';

export interface CollaborateFormProps {
  /** Which official version of the questions to show. */
  respondent: CollaborateAnswerer;
  /** Called with the three answers (0–9, in question order) once all are chosen. */
  onSubmit: (answers: number[]) => Promise<void> | void;
  /** Prefix for element ids, so two forms on a page do not clash. */
  idPrefix?: string;
}

const QUESTIONS = [1, 2, 3] as const;
const SCALE = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] as const;

/**
 * The three CollaboRATE questions (content/collaborate.ts), each a 0–9 scale between the
 * two anchors "No effort was made" and "Every effort was made".
 *
 * - Each question is a fieldset whose legend is the question, so a screen reader says the
 *   question with each number; 0 and 9 carry their anchor words in their labels.
 * - The ten numbers are one row on a tablet and two rows of five on a 320px phone, each a
 *   44px target with the number under its radio.
 * - Every question must be answered (the measure is scored on the full set); a missing
 *   one shows the NHS error summary ("Choose a number for question 2") and keeps the
 *   others as chosen. Saving failures are shown too, with the answers kept.
 */
export function CollaborateForm({
  respondent,
  onSubmit,
  idPrefix = 'collaborate',
}: CollaborateFormProps) {
  const { t } = useTranslation('collaborate');
  const [answers, setAnswers] = useState<(number | undefined)[]>([undefined, undefined, undefined]);
  const [submitCount, setSubmitCount] = useState(0);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  const missing = submitCount > 0 ? QUESTIONS.filter((q) => answers[q - 1] === undefined) : [];
  const radioId = (q: number, value: number) => `${idPrefix}-q${q}-${value}`;
  const summary = [
    ...missing.map((q) => ({ fieldId: radioId(q, 0), message: t('form.choose', { number: q }) })),
    ...(failed ? [{ message: t('form.saveFailed') }] : []),
  ];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitCount((n) => n + 1);
    setFailed(false);
    if (answers.some((a) => a === undefined) || busy) return;
    setBusy(true);
    try {
      await onSubmit(answers as number[]);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  // 0 and 9 say their anchor words too: "0 No effort was made".
  const anchorLabel = (value: number) =>
    value === 0
      ? `0 ${t('measure.scaleMin')}`
      : value === 9
        ? `9 ${t('measure.scaleMax')}`
        : undefined;

  const choose = (q: number, value: number) =>
    setAnswers((current) => current.map((a, i) => (i === q - 1 ? value : a)));

  return (
    <form noValidate onSubmit={(e) => void submit(e)} className="collaborate-form">
      <ErrorSummary title={t('form.summaryTitle')} items={summary} focusKey={submitCount} />
      <p className="nhsuk-body-l">{t('measure.intro')}</p>
      {QUESTIONS.map((q) => {
        const error = missing.includes(q);
        const hintId = `${idPrefix}-q${q}-hint`;
        const errorId = `${idPrefix}-q${q}-error`;
        return (
          <div
            key={q}
            className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}
            data-testid={`collaborate-question-${q}`}
          >
            <fieldset
              className="nhsuk-fieldset"
              aria-describedby={error ? `${hintId} ${errorId}` : hintId}
            >
              <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
                <span className="nhsuk-caption-m">{t('form.questionNumber', { number: q })}</span>
                <span className="collaborate-question">{t(`measure.${respondent}.q${q}`)}</span>
              </legend>
              <div className="nhsuk-hint nhsuk-u-visually-hidden" id={hintId}>
                {t('form.scaleHint')}
              </div>
              {error && (
                <ErrorMessage id={errorId} prefix={t('form.errorPrefix')}>
                  {t('form.choose', { number: q })}
                </ErrorMessage>
              )}
              <div className="collaborate-anchors" aria-hidden="true">
                <span>0 = {t('measure.scaleMin')}</span>
                <span>9 = {t('measure.scaleMax')}</span>
              </div>
              <div className="collaborate-scale">
                {SCALE.map((value) => (
                  <label
                    key={value}
                    className="collaborate-scale__option"
                    htmlFor={radioId(q, value)}
                  >
                    <input
                      className="collaborate-scale__input"
                      type="radio"
                      id={radioId(q, value)}
                      name={`${idPrefix}-q${q}`}
                      value={value}
                      checked={answers[q - 1] === value}
                      onChange={() => choose(q, value)}
                      aria-label={anchorLabel(value)}
                    />
                    <span className="collaborate-scale__number">{value}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          </div>
        );
      })}
      <p className="nhsuk-body">{t('form.private')}</p>
      <button type="submit" className="nhsuk-button" disabled={busy} aria-disabled={busy}>
        {busy ? t('form.saving') : t('form.submit')}
      </button>
    </form>
  );
}
