/**
 * Adding a goal in the session, in the young person's own words (issue #6 item 1), with
 * its theme, who set it, the baseline rating, a target date, what happens if it is not
 * being reached, and the decision it serves. Typed words are kept as a draft.
 */
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { localStore } from '../../../db';
import { GOAL_SETTERS, GOAL_THEMES, type AnyRecord } from '../../../domain';
import { NotificationBanner } from '../../../ui/NotificationBanner';
import { Loading } from '../../../ui/Spinner';
import { ErrorMessage } from '../../../ui/form/ErrorMessage';
import { ErrorSummary } from '../../../ui/form/ErrorSummary';
import { ScaleField } from '../../../ui/form/ScaleField';
import { TextAreaField } from '../../../ui/form/TextAreaField';
import { TextField } from '../../../ui/form/TextField';
import { domainResolver } from '../../../ui/form/domain-resolver';
import { useWordedProblems } from '../../../ui/form/useWordedProblems';
import { todayOnDevice } from '../../../ui/format-date';
import { saveFailureMessage } from '../../../ui/form/save-failure';
import { useFormDraft } from '../use-form-draft';
import {
  GOAL_FIELDS,
  emptyGoalForm,
  goalDataFrom,
  goalFormSchema,
  nextOrder,
  type GoalFormValues,
} from './goal-form';
import { SuggestedMeasures } from './SuggestedMeasures';

const ID = 'new-goal';

interface AddGoalFormProps {
  caseId: string;
  sessionId: string;
  goals: readonly AnyRecord[];
  decisions: readonly { id: string; label: string }[];
}

export function AddGoalForm({ caseId, sessionId, goals, decisions }: AddGoalFormProps) {
  const { t } = useTranslation(['goals', 'account', 'common']);
  const [schema] = useState(
    () => goalFormSchema(todayOnDevice()) as unknown as z.ZodType<GoalFormValues>,
  );
  const form = useForm<GoalFormValues>({
    resolver: domainResolver(schema),
    defaultValues: emptyGoalForm(),
  });
  const draft = useFormDraft(form, `goal:${sessionId}`, caseId);
  const problems = useWordedProblems<GoalFormValues, (typeof GOAL_FIELDS)[number]>(
    'goals',
    GOAL_FIELDS,
    ID,
    form.formState.errors,
  );
  const [failure, setFailure] = useState<string>();
  const [added, setAdded] = useState<string>();
  const theme = form.watch('theme');

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(undefined);
    try {
      const order = nextOrder(goals.map((g) => Number(g['order'])));
      await localStore().records.create('goal', caseId, goalDataFrom(values, order));
      setAdded(values.text.trim());
      form.reset(emptyGoalForm());
      await draft.clear();
    } catch (error) {
      setFailure(saveFailureMessage(error, t));
    }
  });

  if (!draft.ready) return <Loading label={t('common:loading')} />;
  const errorPrefix = t('account:errorPrefix');
  const radios = (
    field: 'theme' | 'setBy',
    values: readonly string[],
    hintFor?: (value: string) => string,
  ) => {
    const error = problems.fieldMessage(field);
    return (
      <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
        <fieldset className="nhsuk-fieldset">
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
            {t(`add.${field}`)}
          </legend>
          {error && (
            <ErrorMessage id={`${ID}-${field}-error`} prefix={errorPrefix}>
              {error}
            </ErrorMessage>
          )}
          <div className="nhsuk-radios">
            {values.map((value, index) => {
              const inputId = index === 0 ? `${ID}-${field}` : `${ID}-${field}-${value}`;
              return (
                <div key={value} className="nhsuk-radios__item">
                  <input
                    className="nhsuk-radios__input"
                    id={inputId}
                    type="radio"
                    value={value}
                    aria-describedby={hintFor ? `${inputId}-hint` : undefined}
                    {...form.register(field)}
                  />
                  <label className="nhsuk-label nhsuk-radios__label" htmlFor={inputId}>
                    {t(`${field === 'theme' ? 'themes' : 'setters'}.${value}`)}
                  </label>
                  {hintFor && (
                    <div className="nhsuk-hint nhsuk-radios__hint" id={`${inputId}-hint`}>
                      {hintFor(value)}
                    </div>
                  )}
                </div>
              );
            })}
          </div>
        </fieldset>
      </div>
    );
  };

  return (
    <section className="app-goals-add" aria-labelledby={`${ID}-heading`}>
      <h2 className="nhsuk-heading-m" id={`${ID}-heading`}>
        {t('add.heading')}
      </h2>
      <ErrorSummary
        title={problems.summaryTitle}
        items={[...problems.summary, ...(failure ? [{ message: failure }] : [])]}
        focusKey={form.formState.submitCount}
      />
      {draft.restored && (
        <NotificationBanner title={t('add.draftRestored')}>
          <p className="nhsuk-body">{t('add.draftRestoredText')}</p>
        </NotificationBanner>
      )}
      {added && !form.formState.isDirty && (
        <NotificationBanner title={t('add.added')} variant="success" live>
          <p className="nhsuk-body">{t('add.addedText', { goal: added })}</p>
        </NotificationBanner>
      )}
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <TextAreaField
          id={`${ID}-text`}
          label={t('add.text')}
          hint={t('add.textHint')}
          labelSize="s"
          rows={2}
          error={problems.fieldMessage('text')}
          errorPrefix={errorPrefix}
          {...form.register('text')}
        />
        <TextAreaField
          id={`${ID}-carerText`}
          label={t('add.carerText')}
          hint={t('add.carerTextHint')}
          labelSize="s"
          rows={2}
          error={problems.fieldMessage('carerText')}
          errorPrefix={errorPrefix}
          {...form.register('carerText')}
        />
        {radios('theme', GOAL_THEMES, (value) => t(`themeHints.${value}`))}
        {theme !== '' && <SuggestedMeasures theme={theme} />}
        {radios('setBy', GOAL_SETTERS)}
        <ScaleField
          id={`${ID}-baselineRating`}
          legend={t('add.baseline')}
          hint={t('add.baselineHint')}
          minLabel={t('scale.min')}
          maxLabel={t('scale.max')}
          min={0}
          max={10}
          error={problems.fieldMessage('baselineRating')}
          errorPrefix={errorPrefix}
          registration={form.register('baselineRating')}
        />
        <TextField
          id={`${ID}-targetDate`}
          label={t('add.targetDate')}
          hint={t('add.targetDateHint')}
          type="date"
          className="nhsuk-input--width-10"
          error={problems.fieldMessage('targetDate')}
          errorPrefix={errorPrefix}
          {...form.register('targetDate')}
        />
        <TextAreaField
          id={`${ID}-ifNotReached`}
          label={t('add.ifNotReached')}
          hint={t('add.ifNotReachedHint')}
          labelSize="s"
          rows={3}
          error={problems.fieldMessage('ifNotReached')}
          errorPrefix={errorPrefix}
          {...form.register('ifNotReached')}
        />
        {decisions.length > 0 && (
          <div className="nhsuk-form-group">
            <label className="nhsuk-label nhsuk-label--s" htmlFor={`${ID}-linkedDecisionId`}>
              {t('add.linkedDecision')}
            </label>
            <select
              className="nhsuk-select"
              id={`${ID}-linkedDecisionId`}
              {...form.register('linkedDecisionId')}
            >
              <option value="">{t('add.noDecision')}</option>
              {decisions.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.label}
                </option>
              ))}
            </select>
          </div>
        )}
        <button type="submit" className="nhsuk-button" disabled={form.formState.isSubmitting}>
          {t('add.save')}
        </button>
      </form>
    </section>
  );
}
