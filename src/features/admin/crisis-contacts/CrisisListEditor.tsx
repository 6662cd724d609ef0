/**
 * The editor for the organisation's whole list of crisis lines: the lines (added, taken
 * out, put in order), where they come from, and when they must be checked again.
 *
 * Design choices:
 * - One form for the whole list, saved as one record: a crisis list is checked and
 *   published as a whole (see the kind's notes).
 * - Problems are shown as NHS.UK asks: a summary at the top that links to each field, and
 *   a message on the field; nothing typed is ever cleared. The check is the kind's own
 *   schema plus "review date after today" (crisis-list-form.ts).
 * - Saving writes on this device first (it works offline); the sync takes it to the
 *   server and every device in the organisation.
 */
import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorMessage } from '../../../ui/form/ErrorMessage';
import { ErrorSummary } from '../../../ui/form/ErrorSummary';
import { TextField } from '../../../ui/form/TextField';
import { todayOnDevice } from '../../../ui/format-date';
import { CRISIS_CONTACTS_MAX, type CrisisContactListData } from '../../../domain';
import { LineFieldset } from './LineFieldset';
import {
  crisisListResolver,
  emptyLine,
  emptySource,
  formValuesFrom,
  listDataFrom,
  nextLineId,
  type CrisisListFormValues,
} from './crisis-list-form';
import { saveCrisisList } from './crisis-list-store';
import { fieldId, useCrisisListProblems } from './useCrisisListProblems';

const SOURCES_MAX = CRISIS_CONTACTS_MAX * 2;

export interface CrisisListEditorProps {
  /** What the form starts from: the organisation's list, or the UK defaults. */
  start: CrisisContactListData;
  /** The organisation's list to change; none means saving makes one. */
  existingId: string | undefined;
  /** Where Cancel and a save go. */
  backTo: string;
}

export function CrisisListEditor({ start, existingId, backTo }: CrisisListEditorProps) {
  const { t } = useTranslation(['admin-crisis-contacts', 'account']);
  const navigate = useNavigate();
  const form = useForm<CrisisListFormValues>({
    defaultValues: formValuesFrom(start),
    resolver: crisisListResolver(() => todayOnDevice()),
    shouldFocusError: false,
  });
  const lines = useFieldArray({ control: form.control, name: 'contacts', keyName: 'fieldKey' });
  const sources = useFieldArray({ control: form.control, name: 'sources', keyName: 'fieldKey' });
  const [failure, setFailure] = useState<string>();
  const errorPrefix = t('account:errorPrefix');
  const lineValues = form.watch('contacts');
  const problems = useCrisisListProblems(form.formState.errors, {
    lines: lines.fields.length,
    sources: sources.fields.length,
  });
  const summary = [...problems.summary, ...(failure ? [{ message: failure }] : [])];

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(undefined);
    try {
      await saveCrisisList(listDataFrom(values) as CrisisContactListData, existingId);
      await navigate(backTo, { state: { saved: true } });
    } catch (error) {
      setFailure(t('problems.saveFailed', { detail: String(error) }));
    }
  });

  const move = (from: number, to: number) => {
    lines.move(from, to);
    form.setFocus(`contacts.${to}.name`);
  };

  const listError = problems.message('contacts.root');
  const sourcesError = problems.message('sources.root');

  return (
    <>
      <ErrorSummary
        title={problems.summaryTitle}
        items={summary}
        focusKey={form.formState.submitCount}
      />
      <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="crisis-list-editor">
        <fieldset className="nhsuk-fieldset app-crisis-admin-fieldset">
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
            {t('editor.lines')}
          </legend>
          <div className="nhsuk-hint">{t('editor.linesHint')}</div>
          {listError && <ErrorMessage prefix={errorPrefix}>{listError}</ErrorMessage>}
          {lines.fields.map((row, index) => (
            <LineFieldset
              key={row.fieldKey}
              index={index}
              count={lines.fields.length}
              name={lineValues[index]?.name ?? ''}
              register={form.register}
              message={problems.message}
              errorPrefix={errorPrefix}
              onMove={(to) => move(index, to)}
              onRemove={() => lines.remove(index)}
            />
          ))}
          {lines.fields.length < CRISIS_CONTACTS_MAX && (
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary"
              onClick={() => lines.append(emptyLine(nextLineId(form.getValues('contacts'))))}
            >
              {t('editor.addLine')}
            </button>
          )}
        </fieldset>

        <fieldset className="nhsuk-fieldset app-crisis-admin-fieldset">
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
            {t('editor.sources')}
          </legend>
          <div className="nhsuk-hint">{t('editor.sourcesHint')}</div>
          {sourcesError && <ErrorMessage prefix={errorPrefix}>{sourcesError}</ErrorMessage>}
          {sources.fields.map((row, index) => {
            const place = t('editor.sourceNumber', { number: index + 1 });
            return (
              <div
                key={row.fieldKey}
                className="app-crisis-admin-line"
                role="group"
                aria-label={place}
              >
                <TextField
                  id={fieldId(`sources.${index}.title`)}
                  label={t('editor.sourceTitle', { number: index + 1 })}
                  error={problems.message(`sources.${index}.title`)}
                  errorPrefix={errorPrefix}
                  autoComplete="off"
                  {...form.register(`sources.${index}.title`)}
                />
                <TextField
                  id={fieldId(`sources.${index}.url`)}
                  label={t('editor.sourceUrl', { number: index + 1 })}
                  hint={t('editor.sourceUrlHint')}
                  error={problems.message(`sources.${index}.url`)}
                  errorPrefix={errorPrefix}
                  type="url"
                  autoComplete="off"
                  spellCheck={false}
                  {...form.register(`sources.${index}.url`)}
                />
                {sources.fields.length > 1 && (
                  <button
                    type="button"
                    className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
                    onClick={() => sources.remove(index)}
                  >
                    {t('editor.removeSource', { number: index + 1 })}
                  </button>
                )}
              </div>
            );
          })}
          {sources.fields.length < SOURCES_MAX && (
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary"
              onClick={() => sources.append(emptySource())}
            >
              {t('editor.addSource')}
            </button>
          )}
        </fieldset>

        <fieldset className="nhsuk-fieldset app-crisis-admin-fieldset">
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
            {t('editor.review')}
          </legend>
          <TextField
            id={fieldId('reviewBy')}
            label={t('editor.reviewBy')}
            hint={t('editor.reviewByHint')}
            error={problems.message('reviewBy')}
            errorPrefix={errorPrefix}
            type="date"
            className="nhsuk-input--width-10"
            {...form.register('reviewBy')}
          />
          <div className="nhsuk-form-group">
            <div className="nhsuk-checkboxes">
              <div className="nhsuk-checkboxes__item">
                <input
                  className="nhsuk-checkboxes__input"
                  id={fieldId('exampleContent')}
                  type="checkbox"
                  aria-describedby={`${fieldId('exampleContent')}-hint`}
                  {...form.register('exampleContent')}
                />
                <label
                  className="nhsuk-label nhsuk-checkboxes__label"
                  htmlFor={fieldId('exampleContent')}
                >
                  {t('editor.exampleContent')}
                </label>
                <div
                  className="nhsuk-hint nhsuk-checkboxes__hint"
                  id={`${fieldId('exampleContent')}-hint`}
                >
                  {t('editor.exampleContentHint')}
                </div>
              </div>
            </div>
          </div>
        </fieldset>

        <div className="nhsuk-button-group">
          <button type="submit" className="nhsuk-button" disabled={form.formState.isSubmitting}>
            {t('editor.save')}
          </button>
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary"
            onClick={() => void navigate(backTo)}
          >
            {t('editor.cancel')}
          </button>
        </div>
      </form>
    </>
  );
}
