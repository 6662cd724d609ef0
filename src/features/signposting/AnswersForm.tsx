import { useState, type FormEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { SIGNPOSTING_AGE_BANDS } from '../../domain/kinds/signposting-event';
import {
  SIGNPOSTING_TOPICS,
  SUPPORT_WISHES,
  type SignpostingAnswers,
} from '../../domain/signposting';
import { SIGNPOSTING_NAMESPACES } from './namespaces';

export const EMPTY_ANSWERS: SignpostingAnswers = { topics: [], wishes: [], ageBand: 'not-known' };

export interface AnswersFormProps {
  headingRef: Ref<HTMLHeadingElement>;
  /** What was answered before, kept when the person comes back to change it. */
  initial: SignpostingAnswers;
  onBack: () => void;
  onDone: (answers: SignpostingAnswers) => void;
}

/** Adds or removes a value, keeping the order of the full list so counts compare. */
function toggle<T extends string>(all: readonly T[], chosen: readonly T[], value: T, on: boolean) {
  return all.filter((v) => (v === value ? on : chosen.includes(v)));
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
        <div className="nhsuk-form-group">
          <fieldset className="nhsuk-fieldset">
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
              {t('questions.topicsLegend')}
            </legend>
            <div className="nhsuk-checkboxes">
              {SIGNPOSTING_TOPICS.map((topic) => (
                <div className="nhsuk-checkboxes__item" key={topic}>
                  <input
                    className="nhsuk-checkboxes__input"
                    id={`topic-${topic}`}
                    type="checkbox"
                    checked={answers.topics.includes(topic)}
                    onChange={(e) =>
                      setAnswers({
                        ...answers,
                        topics: toggle(SIGNPOSTING_TOPICS, answers.topics, topic, e.target.checked),
                      })
                    }
                  />
                  <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={`topic-${topic}`}>
                    {t(`signposting-topics:topics.${topic}`)}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
        <div className="nhsuk-form-group">
          <fieldset className="nhsuk-fieldset">
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
              {t('questions.wishesLegend')}
            </legend>
            <div className="nhsuk-checkboxes">
              {SUPPORT_WISHES.map((wish) => (
                <div className="nhsuk-checkboxes__item" key={wish}>
                  <input
                    className="nhsuk-checkboxes__input"
                    id={`wish-${wish}`}
                    type="checkbox"
                    checked={answers.wishes.includes(wish)}
                    onChange={(e) =>
                      setAnswers({
                        ...answers,
                        wishes: toggle(SUPPORT_WISHES, answers.wishes, wish, e.target.checked),
                      })
                    }
                  />
                  <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={`wish-${wish}`}>
                    {t(`signposting-topics:wishes.${wish}`)}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
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
