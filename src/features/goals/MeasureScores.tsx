/**
 * Questionnaire scores beside a goal (issue #6 item 4): the measures THRIVE suggests for
 * the goal's theme, a chart of each measure's scores (with its table), and a form to
 * record a total score. Entries are append-only.
 */
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { MEASURE_CATALOGUE } from '../../content/measures';
import { localStore, useCaseRecords } from '../../db';
import { measuresForTheme, type GoalRecord, type KindRecord } from '../../domain';
import { ProgressChart } from '../../ui/charts/ProgressChart';
import { ErrorSummary } from '../../ui/form/ErrorSummary';
import { TextField } from '../../ui/form/TextField';
import { ErrorMessage } from '../../ui/form/ErrorMessage';
import { domainResolver } from '../../ui/form/domain-resolver';
import { useWordedProblems } from '../../ui/form/useWordedProblems';
import { formatCalendarDate, todayOnDevice } from '../../ui/format-date';
import {
  MEASURE_FIELDS,
  emptyMeasureForm,
  measureFormSchema,
  scaleOf,
  type MeasureFormValues,
} from './measure-form';

const ID = 'measure';
type Entry = KindRecord<'outcome-measure-entry'>;

export function MeasureScores({ caseId, goal }: { caseId: string; goal: GoalRecord }) {
  const { t, i18n } = useTranslation(['goal-page', 'measures', 'account', 'validation']);
  const rows = useCaseRecords('outcome-measure-entry', caseId);
  const measures = MEASURE_CATALOGUE.measures;
  const suggested = measuresForTheme(MEASURE_CATALOGUE, goal.theme);
  const others = measures.filter((m) => !suggested.includes(m));
  const [schema] = useState(
    () => measureFormSchema(measures, todayOnDevice()) as unknown as z.ZodType<MeasureFormValues>,
  );
  const form = useForm<MeasureFormValues>({
    resolver: domainResolver(schema),
    defaultValues: emptyMeasureForm(todayOnDevice()),
  });
  const problems = useWordedProblems<MeasureFormValues, (typeof MEASURE_FIELDS)[number]>(
    'goal-page',
    MEASURE_FIELDS,
    ID,
    form.formState.errors,
  );
  const [failure, setFailure] = useState<string>();
  const [saved, setSaved] = useState(false);
  const measureId = form.watch('measureId');
  const chosen = measures.find((m) => m.id === measureId);
  const date = (iso: string) => formatCalendarDate(iso.slice(0, 10), i18n.language);
  const name = (id: string) =>
    i18n.exists(`measures:measures.${id}.shortName`) ? t(`measures:measures.${id}.shortName`) : id;

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(undefined);
    setSaved(false);
    const scale = scaleOf(values, measures);
    if (scale === undefined || scale === 'needed') return;
    try {
      await localStore().records.create('outcome-measure-entry', caseId, {
        measureId: values.measureId,
        score: Number(values.score),
        min: scale.min,
        max: scale.max,
        higherIsBetter: scale.higherIsBetter,
        recordedOn: values.recordedOn,
        goalId: goal.id,
      });
      form.reset(emptyMeasureForm(todayOnDevice()));
      setSaved(true);
    } catch {
      setFailure(t('measuresSection.saveFailed'));
    }
  });

  if (rows === undefined) return null;
  const entries = (rows as Entry[]).filter((e) => e.goalId === goal.id);
  const byMeasure = new Map<string, Entry[]>();
  for (const e of entries) byMeasure.set(e.measureId, [...(byMeasure.get(e.measureId) ?? []), e]);
  const errorPrefix = t('account:errorPrefix');
  const directionError = problems.fieldMessage('higherIsBetter');

  return (
    <section aria-labelledby="measures-heading" className="app-goal-measures">
      <h2 className="nhsuk-heading-m" id="measures-heading">
        {t('measuresSection.heading')}
      </h2>
      <p className="nhsuk-body">{t('measures:intro')}</p>
      {suggested.length === 0 ? (
        <p className="nhsuk-body">{t('measures:noneForTheme')}</p>
      ) : (
        <p className="nhsuk-body" data-testid="suggested-measures">
          {t('measuresSection.suggested', {
            measures: suggested.map((m) => name(m.id)).join(', '),
          })}
        </p>
      )}
      <p className="nhsuk-body-s">{t('measures:exampleContent')}</p>
      {[...byMeasure.entries()].map(([id, list]) => {
        const first = list[0]!;
        return (
          <ProgressChart
            key={id}
            title={t('measuresSection.chartTitle', { measure: name(id) })}
            description={
              first.higherIsBetter ? t('measures:higherIsBetter') : t('measures:lowerIsBetter')
            }
            series={[
              {
                id,
                label: name(id),
                points: [...list]
                  .sort((a, b) => a.recordedOn.localeCompare(b.recordedOn))
                  .map((e) => ({ x: e.recordedOn, y: e.score })),
              },
            ]}
            min={first.min}
            max={first.max}
            higherIsBetter={first.higherIsBetter}
            formatDate={date}
            yAxisLabel={t('measuresSection.score')}
          />
        );
      })}
      <h3 className="nhsuk-heading-s">{t('measuresSection.record')}</h3>
      <ErrorSummary
        title={problems.summaryTitle}
        items={[...problems.summary, ...(failure ? [{ message: failure }] : [])]}
        focusKey={form.formState.submitCount}
      />
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <div
          className={`nhsuk-form-group${problems.fieldMessage('measureId') ? ' nhsuk-form-group--error' : ''}`}
        >
          <label className="nhsuk-label" htmlFor={`${ID}-measureId`}>
            {t('measuresSection.measure')}
          </label>
          {problems.fieldMessage('measureId') && (
            <ErrorMessage id={`${ID}-measureId-error`} prefix={errorPrefix}>
              {problems.fieldMessage('measureId')}
            </ErrorMessage>
          )}
          <select className="nhsuk-select" id={`${ID}-measureId`} {...form.register('measureId')}>
            <option value="">{t('measuresSection.choose')}</option>
            {suggested.length > 0 && (
              <optgroup label={t('measuresSection.suggestedGroup')}>
                {suggested.map((m) => (
                  <option key={m.id} value={m.id}>
                    {`${name(m.id)}: ${t(`measures:measures.${m.id}.name`)}`}
                  </option>
                ))}
              </optgroup>
            )}
            <optgroup label={t('measuresSection.othersGroup')}>
              {others.map((m) => (
                <option key={m.id} value={m.id}>
                  {`${name(m.id)}: ${t(`measures:measures.${m.id}.name`)}`}
                </option>
              ))}
            </optgroup>
          </select>
        </div>
        {chosen?.range && (
          <p className="nhsuk-body-s">
            {t('measures:range', { min: chosen.range.min, max: chosen.range.max })}{' '}
            {chosen.range.higherIsBetter
              ? t('measures:higherIsBetter')
              : t('measures:lowerIsBetter')}
          </p>
        )}
        {chosen && !chosen.range && (
          <>
            <p className="nhsuk-body-s">{t('measures:rangeToConfirm')}</p>
            <TextField
              id={`${ID}-min`}
              label={t('measuresSection.min')}
              inputMode="decimal"
              className="nhsuk-input--width-5"
              error={problems.fieldMessage('min')}
              errorPrefix={errorPrefix}
              {...form.register('min')}
            />
            <TextField
              id={`${ID}-max`}
              label={t('measuresSection.max')}
              inputMode="decimal"
              className="nhsuk-input--width-5"
              error={problems.fieldMessage('max')}
              errorPrefix={errorPrefix}
              {...form.register('max')}
            />
            <div className={`nhsuk-form-group${directionError ? ' nhsuk-form-group--error' : ''}`}>
              <fieldset className="nhsuk-fieldset">
                <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
                  {t('measuresSection.direction')}
                </legend>
                {directionError && (
                  <ErrorMessage id={`${ID}-higherIsBetter-error`} prefix={errorPrefix}>
                    {directionError}
                  </ErrorMessage>
                )}
                <div className="nhsuk-radios nhsuk-radios--inline">
                  {(['yes', 'no'] as const).map((value, index) => (
                    <div key={value} className="nhsuk-radios__item">
                      <input
                        className="nhsuk-radios__input"
                        id={index === 0 ? `${ID}-higherIsBetter` : `${ID}-higherIsBetter-no`}
                        type="radio"
                        value={value}
                        {...form.register('higherIsBetter')}
                      />
                      <label
                        className="nhsuk-label nhsuk-radios__label"
                        htmlFor={index === 0 ? `${ID}-higherIsBetter` : `${ID}-higherIsBetter-no`}
                      >
                        {value === 'yes'
                          ? t('measures:higherIsBetter')
                          : t('measures:lowerIsBetter')}
                      </label>
                    </div>
                  ))}
                </div>
              </fieldset>
            </div>
          </>
        )}
        <TextField
          id={`${ID}-score`}
          label={t('measuresSection.scoreLabel')}
          inputMode="decimal"
          className="nhsuk-input--width-5"
          error={problems.fieldMessage('score')}
          errorPrefix={errorPrefix}
          {...form.register('score')}
        />
        <TextField
          id={`${ID}-recordedOn`}
          label={t('measuresSection.date')}
          type="date"
          className="nhsuk-input--width-10"
          error={problems.fieldMessage('recordedOn')}
          errorPrefix={errorPrefix}
          {...form.register('recordedOn')}
        />
        {saved && !form.formState.isDirty && (
          <p className="nhsuk-body" role="status">
            {t('measuresSection.saved')}
          </p>
        )}
        <button type="submit" className="nhsuk-button" disabled={form.formState.isSubmitting}>
          {t('measuresSection.save')}
        </button>
      </form>
    </section>
  );
}
