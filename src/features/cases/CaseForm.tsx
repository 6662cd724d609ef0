import { useState } from 'react';
import { useFieldArray, useForm, type FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { AGE_BANDS } from '../../domain';
import { ErrorSummary, type ErrorSummaryItem } from '../../ui/form/ErrorSummary';
import { TextAreaField } from '../../ui/form/TextAreaField';
import { TextField } from '../../ui/form/TextField';
import { domainResolver, problemPath } from '../../ui/form/domain-resolver';
import { useFormProblems } from '../../ui/form/useFormProblems';
import { FORM_FIELDS, type CaseFormValues } from './case-form';
import { ErrorMessage } from '../../ui/form/ErrorMessage';

export interface CaseFormProps {
  idPrefix: string;
  /** newCaseFormSchema or caseDetailsFormSchema (their output is the values, cleaned). */
  schema: z.ZodType<unknown>;
  defaultValues: CaseFormValues;
  withConsent?: boolean;
  withNextReview?: boolean;
  submitLabel: string;
  /** Saves the values; a thrown error is shown and everything typed stays. */
  onSave: (values: CaseFormValues) => Promise<void>;
  /** Says what went wrong when saving failed (e.g. storage full). */
  describeFailure: (error: unknown) => string;
}

/**
 * The details of a case, for opening one and for changing it later. Problems are shown
 * as NHS.UK asks: a summary at the top that links to each field, and a message on the
 * field; nothing typed is ever cleared.
 */
export function CaseForm(props: CaseFormProps) {
  const { t } = useTranslation(['cases', 'account', 'validation']);
  const { idPrefix } = props;
  const form = useForm<CaseFormValues>({
    resolver: domainResolver(props.schema as z.ZodType<CaseFormValues>),
    defaultValues: props.defaultValues,
  });
  const involved = useFieldArray({ control: form.control, name: 'involved' });
  const problems = useFormProblems<CaseFormValues>(idPrefix, form.formState.errors);
  const [failure, setFailure] = useState<string>();

  // A problem in the list of people names the row, and its link goes to that row's field.
  const involvedError = form.formState.errors.involved as FieldError | undefined;
  const involvedPath = problemPath(involvedError);
  const involvedRow = typeof involvedPath[1] === 'number' ? involvedPath[1] : undefined;
  const involvedMessage = problems.fieldMessage('involved');
  const involvedText =
    involvedMessage && involvedRow !== undefined
      ? t('form.involvedProblem', { number: involvedRow + 1, message: involvedMessage })
      : involvedMessage;
  const involvedFieldId =
    involvedRow !== undefined
      ? `${idPrefix}-involved-${involvedRow}-${involvedPath[2] === 'relationship' ? 'relationship' : 'name'}`
      : `${idPrefix}-involved-0-name`;

  const summary: ErrorSummaryItem[] = [
    ...problems
      .summary(FORM_FIELDS.filter((f) => f !== 'involved'))
      .map((item) =>
        item.fieldId === `${idPrefix}-consentToRecord`
          ? { ...item, fieldId: `${idPrefix}-consentToRecord-input` }
          : item,
      ),
    ...(involvedText ? [{ fieldId: involvedFieldId, message: involvedText }] : []),
    ...(failure ? [{ message: failure }] : []),
  ];
  const errorPrefix = t('account:errorPrefix');
  const fieldProps = (field: (typeof FORM_FIELDS)[number]) => ({
    id: `${idPrefix}-${field}`,
    error: problems.fieldMessage(field),
    errorPrefix,
  });

  const onSubmit = form.handleSubmit(async () => {
    setFailure(undefined);
    try {
      // The raw values: the form keeps its own shape, and case-form.ts maps it to a record.
      await props.onSave(form.getValues());
    } catch (error) {
      setFailure(props.describeFailure(error));
    }
  });

  const ageError = problems.fieldMessage('ageBand');
  const consentError = problems.fieldMessage('consentToRecord');
  return (
    <>
      <ErrorSummary
        title={problems.summaryTitle}
        items={summary}
        focusKey={form.formState.submitCount}
      />
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <TextField
          {...fieldProps('preferredName')}
          label={t('form.preferredName')}
          hint={t('form.preferredNameHint')}
          autoComplete="off"
          {...form.register('preferredName')}
        />
        <div className={`nhsuk-form-group${ageError ? ' nhsuk-form-group--error' : ''}`}>
          <fieldset className="nhsuk-fieldset" aria-describedby={`${idPrefix}-age-hint`}>
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
              {t('form.age')}
            </legend>
            <div className="nhsuk-hint" id={`${idPrefix}-age-hint`}>
              {t('form.ageHint')}
            </div>
            <div className="nhsuk-form-group">
              <label className="nhsuk-label" htmlFor={`${idPrefix}-ageBand`}>
                {t('form.ageBand')}
              </label>
              {ageError && (
                <ErrorMessage id={`${idPrefix}-ageBand-error`} prefix={errorPrefix}>
                  {ageError}
                </ErrorMessage>
              )}
              <select
                className={`nhsuk-select${ageError ? ' nhsuk-select--error' : ''}`}
                id={`${idPrefix}-ageBand`}
                aria-describedby={ageError ? `${idPrefix}-ageBand-error` : undefined}
                aria-invalid={ageError ? true : undefined}
                {...form.register('ageBand')}
              >
                <option value="">{t('form.chooseAgeBand')}</option>
                {AGE_BANDS.map((band) => (
                  <option key={band} value={band}>
                    {t(`ageBands.${band}`)}
                  </option>
                ))}
              </select>
            </div>
            <TextField
              {...fieldProps('dateOfBirth')}
              label={t('form.dateOfBirth')}
              type="date"
              className="nhsuk-input--width-10"
              {...form.register('dateOfBirth')}
            />
          </fieldset>
        </div>
        <TextField
          {...fieldProps('pronouns')}
          label={t('form.pronouns')}
          hint={t('form.pronounsHint')}
          className="nhsuk-input--width-20"
          autoComplete="off"
          {...form.register('pronouns')}
        />
        <div className={`nhsuk-form-group${involvedText ? ' nhsuk-form-group--error' : ''}`}>
          <fieldset className="nhsuk-fieldset" aria-describedby={`${idPrefix}-involved-hint`}>
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
              {t('form.involved')}
            </legend>
            <div className="nhsuk-hint" id={`${idPrefix}-involved-hint`}>
              {t('form.involvedHint')}
            </div>
            {involvedText && <ErrorMessage prefix={errorPrefix}>{involvedText}</ErrorMessage>}
            {involved.fields.map((row, index) => (
              <div
                key={row.id}
                className="app-involved-row"
                role="group"
                aria-label={t('form.person', { number: index + 1 })}
              >
                <TextField
                  id={`${idPrefix}-involved-${index}-name`}
                  label={t('form.involvedName')}
                  errorPrefix={errorPrefix}
                  autoComplete="off"
                  {...form.register(`involved.${index}.name`)}
                />
                <TextField
                  id={`${idPrefix}-involved-${index}-relationship`}
                  label={t('form.involvedRelationship')}
                  errorPrefix={errorPrefix}
                  autoComplete="off"
                  {...form.register(`involved.${index}.relationship`)}
                />
                {involved.fields.length > 1 && (
                  <button
                    type="button"
                    className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
                    onClick={() => involved.remove(index)}
                  >
                    {t('form.removePerson', { number: index + 1 })}
                  </button>
                )}
              </div>
            ))}
            {involved.fields.length < 20 && (
              <button
                type="button"
                className="nhsuk-button nhsuk-button--secondary"
                onClick={() => involved.append({ name: '', relationship: '' })}
              >
                {t('form.addPerson')}
              </button>
            )}
          </fieldset>
        </div>
        <TextAreaField
          {...fieldProps('understanding')}
          label={t('form.understanding')}
          hint={t('form.understandingHint')}
          rows={5}
          {...form.register('understanding')}
        />
        {props.withNextReview && (
          <TextField
            {...fieldProps('nextReviewOn')}
            label={t('form.nextReviewOn')}
            type="date"
            className="nhsuk-input--width-10"
            {...form.register('nextReviewOn')}
          />
        )}
        {props.withConsent && (
          <div className={`nhsuk-form-group${consentError ? ' nhsuk-form-group--error' : ''}`}>
            <fieldset
              className="nhsuk-fieldset"
              aria-describedby={`${idPrefix}-consent-hint${consentError ? ` ${idPrefix}-consentToRecord-error` : ''}`}
            >
              <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
                {t('form.consent')}
              </legend>
              <div className="nhsuk-hint" id={`${idPrefix}-consent-hint`}>
                {t('form.consentHint')}
              </div>
              {consentError && (
                <ErrorMessage id={`${idPrefix}-consentToRecord-error`} prefix={errorPrefix}>
                  {consentError}
                </ErrorMessage>
              )}
              <div className="nhsuk-checkboxes">
                <div className="nhsuk-checkboxes__item">
                  <input
                    className="nhsuk-checkboxes__input"
                    id={`${idPrefix}-consentToRecord-input`}
                    type="checkbox"
                    {...form.register('consentToRecord')}
                  />
                  <label
                    className="nhsuk-label nhsuk-checkboxes__label"
                    htmlFor={`${idPrefix}-consentToRecord-input`}
                  >
                    {t('form.consentToRecord')}
                  </label>
                </div>
              </div>
            </fieldset>
          </div>
        )}
        <button type="submit" className="nhsuk-button" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? t('form.saving') : props.submitLabel}
        </button>
      </form>
    </>
  );
}
