import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PARTICIPANT_ROLES, type AnyRecord, type GridVersion } from '../../../domain';
import { ErrorMessage } from '../../../ui/form/ErrorMessage';
import { TextAreaField } from '../../../ui/form/TextAreaField';
import { TextField } from '../../../ui/form/TextField';
import type { GridWords } from '../../../ui/option-grid/use-grid-words';
import type { DecisionFormValues } from './decision-form';
import type { DecisionField } from './use-decision-problems';

interface DecisionFieldsProps {
  idPrefix: string;
  grid: GridVersion;
  words: GridWords;
  form: UseFormReturn<DecisionFormValues>;
  goals: readonly AnyRecord[];
  fieldMessage: (field: DecisionField) => string | undefined;
  errorPrefix: string;
}

/** What was decided, in whose words, by whom, and when to look at it again. */
export function DecisionFields({
  idPrefix,
  grid,
  words,
  form,
  goals,
  fieldMessage,
  errorPrefix,
}: DecisionFieldsProps) {
  const { t } = useTranslation(['options', 'grouping']);
  const considered = form.watch('considered');
  const chosenId = `${idPrefix}-chosen`;
  const chosenError = fieldMessage('chosen');
  const withId = `${idPrefix}-decidedWith`;
  const withError = fieldMessage('decidedWith');
  const live = goals.filter((g) => g['status'] !== 'ended');
  return (
    <section aria-labelledby={`${idPrefix}-decision-heading`}>
      <h2 className="nhsuk-heading-m" id={`${idPrefix}-decision-heading`}>
        {t('decision.heading')}
      </h2>
      <div className={`nhsuk-form-group${chosenError ? ' nhsuk-form-group--error' : ''}`}>
        <fieldset className="nhsuk-fieldset" aria-describedby={`${chosenId}-hint`}>
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
            {t('decision.chosen')}
          </legend>
          <div className="nhsuk-hint" id={`${chosenId}-hint`}>
            {t('decision.chosenHint')}
          </div>
          {chosenError && (
            <ErrorMessage id={`${chosenId}-error`} prefix={errorPrefix}>
              {chosenError}
            </ErrorMessage>
          )}
          <div className="nhsuk-checkboxes">
            {grid.data.options
              .filter((o) => considered.includes(o.id))
              .map((o, index) => {
                const inputId = index === 0 ? chosenId : `${chosenId}-${o.id}`;
                return (
                  <div key={o.id} className="nhsuk-checkboxes__item">
                    <input
                      className="nhsuk-checkboxes__input"
                      id={inputId}
                      type="checkbox"
                      value={o.id}
                      {...form.register('chosen')}
                    />
                    <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={inputId}>
                      {words.option(o.id)}
                    </label>
                  </div>
                );
              })}
            <div className="nhsuk-checkboxes__divider">{t('decision.or')}</div>
            <div className="nhsuk-checkboxes__item">
              <input
                className="nhsuk-checkboxes__input"
                id={`${chosenId}-not-decided`}
                type="checkbox"
                {...form.register('notDecided')}
              />
              <label
                className="nhsuk-label nhsuk-checkboxes__label"
                htmlFor={`${chosenId}-not-decided`}
              >
                {t('decision.notDecided')}
              </label>
            </div>
          </div>
        </fieldset>
      </div>
      <TextAreaField
        id={`${idPrefix}-whatMattersMost`}
        label={t('decision.whatMattersMost')}
        hint={t('decision.whatMattersMostHint')}
        labelSize="s"
        error={fieldMessage('whatMattersMost')}
        errorPrefix={errorPrefix}
        rows={3}
        {...form.register('whatMattersMost')}
      />
      <TextAreaField
        id={`${idPrefix}-youngPersonWords`}
        label={t('decision.youngPersonWords')}
        hint={t('decision.youngPersonWordsHint')}
        labelSize="s"
        error={fieldMessage('youngPersonWords')}
        errorPrefix={errorPrefix}
        rows={3}
        {...form.register('youngPersonWords')}
      />
      <TextAreaField
        id={`${idPrefix}-reasons`}
        label={t('decision.reasons')}
        hint={t('decision.reasonsHint')}
        labelSize="s"
        error={fieldMessage('reasons')}
        errorPrefix={errorPrefix}
        rows={4}
        {...form.register('reasons')}
      />
      <div className={`nhsuk-form-group${withError ? ' nhsuk-form-group--error' : ''}`}>
        <fieldset className="nhsuk-fieldset">
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
            {t('decision.decidedWith')}
          </legend>
          {withError && (
            <ErrorMessage id={`${withId}-error`} prefix={errorPrefix}>
              {withError}
            </ErrorMessage>
          )}
          <div className="nhsuk-checkboxes">
            {PARTICIPANT_ROLES.map((role, index) => {
              const inputId = index === 0 ? withId : `${withId}-${role}`;
              return (
                <div key={role} className="nhsuk-checkboxes__item">
                  <input
                    className="nhsuk-checkboxes__input"
                    id={inputId}
                    type="checkbox"
                    value={role}
                    {...form.register('decidedWith')}
                  />
                  <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={inputId}>
                    {t(`grouping:participants.${role}`)}
                  </label>
                </div>
              );
            })}
          </div>
        </fieldset>
      </div>
      {live.length > 0 && (
        <div className="nhsuk-form-group">
          <fieldset className="nhsuk-fieldset">
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
              {t('decision.goals')}
            </legend>
            <div className="nhsuk-checkboxes">
              {live.map((g) => (
                <div key={g.id} className="nhsuk-checkboxes__item">
                  <input
                    className="nhsuk-checkboxes__input"
                    id={`${idPrefix}-goal-${g.id}`}
                    type="checkbox"
                    value={g.id}
                    {...form.register('goalIds')}
                  />
                  <label
                    className="nhsuk-label nhsuk-checkboxes__label"
                    htmlFor={`${idPrefix}-goal-${g.id}`}
                  >
                    {String(g['text'])}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
      )}
      <TextField
        id={`${idPrefix}-reviewOn`}
        label={t('decision.reviewOn')}
        hint={t('decision.reviewOnHint')}
        type="date"
        className="nhsuk-input--width-10"
        error={fieldMessage('reviewOn')}
        errorPrefix={errorPrefix}
        {...form.register('reviewOn')}
      />
    </section>
  );
}
