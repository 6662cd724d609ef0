import { useState, type FormEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { SIGNPOSTING_AGE_BANDS } from '../../domain/kinds/signposting-event';
import {
  SIGNPOSTING_TOPICS,
  SUPPORT_WISHES,
  type SignpostingAnswers,
} from '../../domain/signposting';
import { SIGNPOSTING_NAMESPACES } from './namespaces';
import { TickList } from './TickList';

export const EMPTY_ANSWERS: SignpostingAnswers = { topics: [], wishes: [], ageBand: 'not-known' };

export interface AnswersFormProps {
  headingRef: Ref<HTMLHeadingElement>;
  /** What was answered before, kept when the person comes back to change it. */
  initial: SignpostingAnswers;
  onBack: () => void;
  onDone: (answers: SignpostingAnswers) => void;
}

/**
 * What the young person is talking about, what they would like and their age band. Every
 * question may be skipped: with nothing ticked, every suitable resource is suggested
 * (no wrong door), and an unknown age filters nothing, so there is no error to show.
 */
export function AnswersForm({ headingRef, initial, onBack, onDone }: AnswersFormProps) {
  const { t } = useTranslation(SIGNPOSTING_NAMESPACES);
  const [answers, setAnswers] = useState<SignpostingAnswers>(initial);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onDone(answers);
  };

  return (
    <section aria-labelledby="support-questions">
      <h2 className="nhsuk-heading-m" id="support-questions" tabIndex={-1} ref={headingRef}>
        {t('questions.title')}
      </h2>
      <p className="nhsuk-body">{t('questions.hint')}</p>
      <form onSubmit={submit} noValidate>
        <TickList
          idPrefix="topic"
          legend={t('questions.topicsLegend')}
          options={SIGNPOSTING_TOPICS}
          chosen={answers.topics}
          label={(topic) => t(`signposting-topics:topics.${topic}`)}
          onChange={(topics) => setAnswers({ ...answers, topics })}
        />
        <TickList
          idPrefix="wish"
          legend={t('questions.wishesLegend')}
          options={SUPPORT_WISHES}
          chosen={answers.wishes}
          label={(wish) => t(`signposting-topics:wishes.${wish}`)}
          onChange={(wishes) => setAnswers({ ...answers, wishes })}
        />
        <div className="nhsuk-form-group">
          <fieldset className="nhsuk-fieldset">
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
              {t('questions.ageLegend')}
            </legend>
            <div className="nhsuk-radios">
              {SIGNPOSTING_AGE_BANDS.map((band) => (
                <div className="nhsuk-radios__item" key={band}>
                  <input
                    className="nhsuk-radios__input"
                    id={`age-${band}`}
                    type="radio"
                    name="ageBand"
                    checked={answers.ageBand === band}
                    onChange={() => setAnswers({ ...answers, ageBand: band })}
                  />
                  <label className="nhsuk-label nhsuk-radios__label" htmlFor={`age-${band}`}>
                    {band === 'not-known'
                      ? t('questions.ageNotKnown')
                      : t(`signposting-topics:ageBands.${band}`)}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
        <div className="app-signposting__actions">
          <button type="submit" className="nhsuk-button">
            {t('questions.showSupport')}
          </button>
          <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={onBack}>
            {t('questions.back')}
          </button>
        </div>
      </form>
    </section>
  );
}
