import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { GROUPINGS } from '../../../domain';
import { ErrorMessage } from '../../../ui/form/ErrorMessage';
import { ErrorSummary, type ErrorSummaryItem } from '../../../ui/form/ErrorSummary';
import { TextAreaField } from '../../../ui/form/TextAreaField';
import { TextField } from '../../../ui/form/TextField';
import { todayOnDevice } from '../../../ui/format-date';
import {
  LANGUAGE_CODES,
  MAX_OPTIONS,
  MAX_QUESTIONS,
  MAX_SOURCES,
  cellKey,
  checkGridForm,
  emptyCell,
  emptySource,
  nextKey,
  type GridFormValues,
  type GridProblem,
} from './grid-form';
import { saveGridVersion, type SavedNotice } from './grid-store';
import { useProblemWords } from './useProblemWords';

export const ID_PREFIX = 'grid';
const fieldId = (field: string) => `${ID_PREFIX}-${field}`;

export interface GridEditorProps {
  defaultValues: GridFormValues;
  /** Editing an existing grid: its slug is fixed. */
  editing: boolean;
  /** The version this save makes. */
  version: number;
  /** The id of the version being edited. */
  basedOn?: string | undefined;
  /** Slugs of other grids, which a new grid must not take. */
  takenSlugs: ReadonlySet<string>;
  /** Where "Cancel" goes. */
  cancelTo: string;
  /** What the grid page says once saved. */
  notice: SavedNotice;
}

/**
 * The option-grid editor: one long page of fieldsets. Problems are shown as NHS.UK asks,
 * a summary at the top linking to each field and a message on the field; nothing typed
 * is ever cleared. Saving makes a new version; it never rewrites one.
 */
export function GridEditor(props: GridEditorProps) {
  const { t } = useTranslation(['admin-grids', 'validation', 'grouping', 'account']);
  const navigate = useNavigate();
  const form = useForm<GridFormValues>({ defaultValues: props.defaultValues });
  const options = useFieldArray({ control: form.control, name: 'options', keyName: 'fieldKey' });
  const questions = useFieldArray({
    control: form.control,
    name: 'questions',
    keyName: 'fieldKey',
  });
  const sources = useFieldArray({ control: form.control, name: 'sources', keyName: 'fieldKey' });
  const [problems, setProblems] = useState<GridProblem[]>([]);
  const [failure, setFailure] = useState<string>();
  const [attempts, setAttempts] = useState(0);
  const words = useProblemWords();
  const errorPrefix = t('account:errorPrefix');

  const optionValues = form.watch('options');
  const questionValues = form.watch('questions');

  const problemAt = (field: string) => problems.find((p) => p.field === field);
  const messageAt = (field: string) => {
    const problem = problemAt(field);
    return problem ? words.message(problem) : undefined;
  };
  const summary: ErrorSummaryItem[] = [
    ...problems.map((p) => ({ fieldId: fieldId(p.field), message: words.summaryText(p) })),
    ...(failure ? [{ message: failure }] : []),
  ];

  const onSubmit = form.handleSubmit(async () => {
    setFailure(undefined);
    setAttempts((n) => n + 1);
    const result = checkGridForm(form.getValues(), {
      today: todayOnDevice(),
      takenSlugs: props.takenSlugs,
      editing: props.editing,
      version: props.version,
      basedOn: props.basedOn,
    });
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    setProblems([]);
    try {
      const id = await saveGridVersion(result.data);
      await navigate(`/admin/option-grids/${id}`, { state: { saved: props.notice } });
    } catch (error) {
      setFailure(t('problems.saveFailed', { detail: String(error) }));
    }
  });

  const addOption = () => {
    const key = nextKey('o', form.getValues('options'));
    for (const q of form.getValues('questions'))
      form.setValue(`cells.${cellKey(q.key, key)}`, emptyCell());
    options.append({ key, id: '', title: '', localNote: '' });
  };
  const addQuestion = () => {
    const key = nextKey('q', form.getValues('questions'));
    for (const o of form.getValues('options'))
      form.setValue(`cells.${cellKey(key, o.key)}`, emptyCell());
    questions.append({ key, id: '', text: '' });
  };

  const optionName = (index: number) =>
    optionValues[index]?.title.trim() || t('editor.optionNumber', { number: index + 1 });
  const questionName = (index: number) =>
    questionValues[index]?.text.trim() || t('editor.questionNumber', { number: index + 1 });

  const groupingsError = messageAt('groupings');
  const optionsError = messageAt('options');
  const questionsError = messageAt('questions');
  const sourcesError = problemAt('sources-0-title')?.key === 'validation:needsSource';

  return (
    <>
      <ErrorSummary title={t('validation:summaryTitle')} items={summary} focusKey={attempts} />
      <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="grid-editor">
        <fieldset className="nhsuk-fieldset app-grid-fieldset">
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
            {t('editor.about')}
          </legend>
          <TextField
            id={fieldId('topic')}
            label={t('editor.topic')}
            hint={t('editor.topicHint')}
            error={messageAt('topic')}
            errorPrefix={errorPrefix}
            autoComplete="off"
            {...form.register('topic')}
          />
          <TextField
            id={fieldId('slug')}
            label={t('editor.slug')}
            hint={props.editing ? t('editor.slugFixed') : t('editor.slugHint')}
            error={messageAt('slug')}
            errorPrefix={errorPrefix}
            autoComplete="off"
            spellCheck={false}
            readOnly={props.editing}
            className="nhsuk-input--width-20"
            {...form.register('slug')}
          />
          <div className="nhsuk-form-group">
            <label className="nhsuk-label" htmlFor={fieldId('language')}>
              {t('editor.language')}
            </label>
            <select
              className="nhsuk-select"
              id={fieldId('language')}
              {...form.register('language')}
            >
              {LANGUAGE_CODES.map((code) => (
                <option key={code} value={code}>
                  {t(`languages.${code}`)}
                </option>
              ))}
            </select>
          </div>
          <TextAreaField
            id={fieldId('authors')}
            label={t('editor.authors')}
            hint={t('editor.authorsHint')}
            error={messageAt('authors')}
            errorPrefix={errorPrefix}
            rows={3}
            {...form.register('authors')}
          />
          <div className="nhsuk-form-group">
            <div className="nhsuk-checkboxes">
              <div className="nhsuk-checkboxes__item">
                <input
                  className="nhsuk-checkboxes__input"
                  id={fieldId('exampleContent')}
                  type="checkbox"
                  {...form.register('exampleContent')}
                />
                <label
                  className="nhsuk-label nhsuk-checkboxes__label"
                  htmlFor={fieldId('exampleContent')}
                >
                  {t('editor.exampleContent')}
                </label>
              </div>
            </div>
          </div>
        </fieldset>

        <fieldset className="nhsuk-fieldset app-grid-fieldset">
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
            {t('editor.audience')}
          </legend>
          <TextField
            id={fieldId('minAge')}
            label={t('editor.minAge')}
            error={messageAt('minAge')}
            errorPrefix={errorPrefix}
            inputMode="numeric"
            className="nhsuk-input--width-2"
            {...form.register('minAge')}
          />
          <TextField
            id={fieldId('maxAge')}
            label={t('editor.maxAge')}
            error={messageAt('maxAge')}
            errorPrefix={errorPrefix}
            inputMode="numeric"
            className="nhsuk-input--width-2"
            {...form.register('maxAge')}
          />
          <div className={`nhsuk-form-group${groupingsError ? ' nhsuk-form-group--error' : ''}`}>
            <fieldset
              className="nhsuk-fieldset"
              aria-describedby={groupingsError ? fieldId('groupings-error') : undefined}
            >
              <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
                {t('editor.groupings')}
              </legend>
              {groupingsError && (
                <ErrorMessage id={fieldId('groupings-error')} prefix={errorPrefix}>
                  {groupingsError}
                </ErrorMessage>
              )}
              <div className="nhsuk-checkboxes">
                {GROUPINGS.map((g, i) => {
                  const id = i === 0 ? fieldId('groupings') : fieldId(`groupings-${g}`);
                  return (
                    <div className="nhsuk-checkboxes__item" key={g}>
                      <input
                        className="nhsuk-checkboxes__input"
                        id={id}
                        type="checkbox"
                        value={g}
                        {...form.register('groupings')}
                      />
                      <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={id}>
                        {t(`grouping:groupings.${g}.name`)}
                      </label>
                    </div>
                  );
                })}
              </div>
            </fieldset>
          </div>
        </fieldset>

        <fieldset className="nhsuk-fieldset app-grid-fieldset">
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
            {t('editor.options')}
          </legend>
          <div className="nhsuk-hint">{t('editor.optionsHint')}</div>
          {optionsError && <ErrorMessage prefix={errorPrefix}>{optionsError}</ErrorMessage>}
          {options.fields.map((row, index) => (
            <div
              key={row.fieldKey}
              className="app-grid-row"
              role="group"
              aria-label={t('editor.optionNumber', { number: index + 1 })}
            >
              <TextField
                id={fieldId(`options-${index}-title`)}
                label={t('editor.optionTitle', { number: index + 1 })}
                error={messageAt(`options-${index}-title`)}
                errorPrefix={errorPrefix}
                autoComplete="off"
                {...form.register(`options.${index}.title`)}
              />
              <TextAreaField
                id={fieldId(`options-${index}-localNote`)}
                label={t('editor.localNote', { option: optionName(index) })}
                hint={t('editor.localNoteHint')}
                error={messageAt(`options-${index}-localNote`)}
                errorPrefix={errorPrefix}
                rows={2}
                {...form.register(`options.${index}.localNote`)}
              />
              {options.fields.length > 2 && (
                <button
                  type="button"
                  className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
                  onClick={() => options.remove(index)}
                >
                  {t('editor.removeOption', { option: optionName(index) })}
                </button>
              )}
            </div>
          ))}
          {options.fields.length < MAX_OPTIONS && (
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary"
              onClick={addOption}
            >
              {t('editor.addOption')}
            </button>
          )}
        </fieldset>

        <fieldset className="nhsuk-fieldset app-grid-fieldset">
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
            {t('editor.questions')}
          </legend>
          <div className="nhsuk-hint">{t('editor.questionsHint')}</div>
          {questionsError && <ErrorMessage prefix={errorPrefix}>{questionsError}</ErrorMessage>}
          {questions.fields.map((row, index) => (
            <div key={row.fieldKey} className="app-grid-row">
              <TextField
                id={fieldId(`questions-${index}-text`)}
                label={t('editor.questionText', { number: index + 1 })}
                error={messageAt(`questions-${index}-text`)}
                errorPrefix={errorPrefix}
                autoComplete="off"
                {...form.register(`questions.${index}.text`)}
              />
              {questions.fields.length > 1 && (
                <button
                  type="button"
                  className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
                  onClick={() => questions.remove(index)}
                >
                  {t('editor.removeQuestion', { number: index + 1 })}
                </button>
              )}
            </div>
          ))}
          {questions.fields.length < MAX_QUESTIONS && (
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary"
              onClick={addQuestion}
            >
              {t('editor.addQuestion')}
            </button>
          )}
        </fieldset>

        <fieldset className="nhsuk-fieldset app-grid-fieldset">
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
            {t('editor.answers')}
          </legend>
          <div className="nhsuk-hint">{t('editor.answersHint')}</div>
          {questionValues.map((q, qi) => (
            <fieldset className="nhsuk-fieldset app-grid-row" key={q.key}>
              <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
                {questionName(qi)}
              </legend>
              {optionValues.map((o, oi) => {
                const key = cellKey(q.key, o.key);
                const answerId = fieldId(`cells-${key}-answer`);
                return (
                  <div key={key} className="app-grid-cell">
                    <TextAreaField
                      id={answerId}
                      label={t('editor.answerFor', { option: optionName(oi) })}
                      error={messageAt(`cells-${key}-answer`)}
                      errorPrefix={errorPrefix}
                      rows={2}
                      {...form.register(`cells.${key}.answer`)}
                    />
                    <div className="nhsuk-checkboxes nhsuk-u-margin-bottom-4">
                      <div className="nhsuk-checkboxes__item">
                        <input
                          className="nhsuk-checkboxes__input"
                          id={fieldId(`cells-${key}-notKnown`)}
                          type="checkbox"
                          {...form.register(`cells.${key}.notKnown`)}
                        />
                        <label
                          className="nhsuk-label nhsuk-checkboxes__label"
                          htmlFor={fieldId(`cells-${key}-notKnown`)}
                        >
                          {t('editor.notKnown', { option: optionName(oi) })}
                        </label>
                      </div>
                    </div>
                  </div>
                );
              })}
            </fieldset>
          ))}
        </fieldset>

        <fieldset className="nhsuk-fieldset app-grid-fieldset">
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
            {t('editor.sources')}
          </legend>
          <div className="nhsuk-hint">{t('editor.sourcesHint')}</div>
          {sourcesError && (
            <ErrorMessage prefix={errorPrefix}>{t('validation:needsSource')}</ErrorMessage>
          )}
          {sources.fields.map((row, index) => (
            <div
              key={row.fieldKey}
              className="app-grid-row"
              role="group"
              aria-label={t('editor.sourceNumber', { number: index + 1 })}
            >
              <TextField
                id={fieldId(`sources-${index}-title`)}
                label={t('editor.sourceTitle', { number: index + 1 })}
                error={sourcesError ? undefined : messageAt(`sources-${index}-title`)}
                errorPrefix={errorPrefix}
                autoComplete="off"
                {...form.register(`sources.${index}.title`)}
              />
              <TextField
                id={fieldId(`sources-${index}-publisher`)}
                label={t('editor.sourcePublisher')}
                error={messageAt(`sources-${index}-publisher`)}
                errorPrefix={errorPrefix}
                autoComplete="off"
                {...form.register(`sources.${index}.publisher`)}
              />
              <TextField
                id={fieldId(`sources-${index}-url`)}
                label={t('editor.sourceUrl')}
                error={messageAt(`sources-${index}-url`)}
                errorPrefix={errorPrefix}
                type="url"
                autoComplete="off"
                spellCheck={false}
                {...form.register(`sources.${index}.url`)}
              />
              <TextField
                id={fieldId(`sources-${index}-section`)}
                label={t('editor.sourceSection')}
                error={messageAt(`sources-${index}-section`)}
                errorPrefix={errorPrefix}
                autoComplete="off"
                {...form.register(`sources.${index}.section`)}
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
          ))}
          {sources.fields.length < MAX_SOURCES && (
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary"
              onClick={() => sources.append(emptySource())}
            >
              {t('editor.addSource')}
            </button>
          )}
        </fieldset>

        <fieldset className="nhsuk-fieldset app-grid-fieldset">
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
            {t('editor.review')}
          </legend>
          <TextField
            id={fieldId('reviewBy')}
            label={t('editor.reviewBy')}
            hint={t('editor.reviewByHint')}
            error={messageAt('reviewBy')}
            errorPrefix={errorPrefix}
            type="date"
            className="nhsuk-input--width-10"
            {...form.register('reviewBy')}
          />
        </fieldset>

        <div className="nhsuk-button-group">
          <button type="submit" className="nhsuk-button" disabled={form.formState.isSubmitting}>
            {props.editing
              ? t('editor.saveVersion', { version: props.version })
              : t('editor.saveNew')}
          </button>
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary"
            onClick={() => void navigate(props.cancelTo)}
          >
            {t('editor.cancel')}
          </button>
        </div>
      </form>
    </>
  );
}
