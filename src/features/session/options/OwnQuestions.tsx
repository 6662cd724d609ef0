import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../ui/form/ErrorMessage';
import { MAX_OWN_QUESTIONS, type DecisionFormValues } from './decision-form';

interface OwnQuestionsProps {
  idPrefix: string;
  form: UseFormReturn<DecisionFormValues>;
  error?: string | undefined;
  errorPrefix: string;
}

/**
 * The young person's own questions, beyond the grid's rows: written down so they are
 * answered (here or next time) and kept with the decision.
 */
export function OwnQuestions({ idPrefix, form, error, errorPrefix }: OwnQuestionsProps) {
  const { t } = useTranslation('options');
  const questions = form.watch('ownQuestions');
  const id = `${idPrefix}-newQuestion`;
  const add = () => {
    const text = form.getValues('newQuestion').trim();
    if (text === '' || questions.length >= MAX_OWN_QUESTIONS) return;
    form.setValue('ownQuestions', [...questions, text], { shouldDirty: true });
    form.setValue('newQuestion', '', { shouldDirty: true });
  };
  return (
    <section className="app-options-own" aria-labelledby={`${idPrefix}-own-heading`}>
      <h3 className="nhsuk-heading-s" id={`${idPrefix}-own-heading`}>
        {t('own.heading')}
      </h3>
      {questions.length > 0 && (
        <ul className="nhsuk-list nhsuk-list--bullet" data-testid="own-questions">
          {questions.map((q, i) => (
            <li key={`${i}-${q}`}>
              {q}{' '}
              <button
                type="button"
                className="app-options-own__remove"
                onClick={() =>
                  form.setValue(
                    'ownQuestions',
                    questions.filter((_, j) => j !== i),
                    { shouldDirty: true },
                  )
                }
              >
                {t('own.remove')}
                <span className="nhsuk-u-visually-hidden">
                  {t('own.removeWhich', { question: q })}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
        <label className="nhsuk-label" htmlFor={id}>
          {t('own.label')}
        </label>
        <div className="nhsuk-hint" id={`${id}-hint`}>
          {t('own.hint')}
        </div>
        {error && (
          <ErrorMessage id={`${id}-error`} prefix={errorPrefix}>
            {error}
          </ErrorMessage>
        )}
        <input
          className="nhsuk-input"
          id={id}
          type="text"
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          {...form.register('newQuestion')}
          onKeyDown={(e) => {
            // Enter adds the question rather than submitting the whole decision.
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary app-options-own__add"
          onClick={add}
        >
          {t('own.add')}
        </button>
      </div>
    </section>
  );
}
