/**
 * One crisis line in the editor: exactly the fields of the kind's schema (name, what it is
 * for, a number to call and/or a number to text with the words to send, hours, kind),
 * and buttons to move it up or down the list or take it out.
 *
 * Design choices:
 * - A fieldset per line whose legend says its place and name ("Line 2: NHS 111"), so
 *   each label can stay short and a screen reader still knows which line it is in.
 * - The move and remove buttons name the line in hidden words; nothing is saved until
 *   "Save", so taking a line out needs no confirmation (Cancel brings it back).
 */
import type { UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../ui/form/ErrorMessage';
import { TextAreaField } from '../../../ui/form/TextAreaField';
import { TextField } from '../../../ui/form/TextField';
import { CRISIS_CONTACT_WHEN, type CrisisListFormValues, type LineField } from './crisis-list-form';
import { fieldId } from './useCrisisListProblems';

export interface LineFieldsetProps {
  index: number;
  count: number;
  /** The line's name as typed, for the legend and the buttons. */
  name: string;
  register: UseFormRegister<CrisisListFormValues>;
  message: (path: string) => string | undefined;
  errorPrefix: string;
  onMove: (to: number) => void;
  onRemove: () => void;
}

export function LineFieldset(props: LineFieldsetProps) {
  const { t } = useTranslation('admin-crisis-contacts');
  const { index, register, errorPrefix } = props;
  const path = (field: LineField) => `contacts.${index}.${field}` as const;
  const field = (f: LineField) => ({
    id: fieldId(path(f)),
    error: props.message(path(f)),
    errorPrefix,
  });
  const place = t('editor.lineNumber', { number: index + 1 });
  const what = props.name.trim() ? `${place}: ${props.name.trim()}` : place;
  const whenError = props.message(path('when'));
  const small = 'nhsuk-button nhsuk-button--secondary nhsuk-button--small';
  const hidden = <span className="nhsuk-u-visually-hidden">{` (${what})`}</span>;

  return (
    <fieldset className="nhsuk-fieldset app-crisis-admin-line" data-testid="crisis-line-fields">
      <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{what}</legend>
      <TextField
        {...field('name')}
        label={t('editor.name')}
        autoComplete="off"
        {...register(path('name'))}
      />
      <TextAreaField
        {...field('description')}
        label={t('editor.description')}
        hint={t('editor.descriptionHint')}
        rows={2}
        {...register(path('description'))}
      />
      <TextField
        {...field('call')}
        label={t('editor.call')}
        hint={t('editor.callHint')}
        type="tel"
        autoComplete="off"
        className="nhsuk-input--width-10"
        {...register(path('call'))}
      />
      <TextField
        {...field('textNumber')}
        label={t('editor.textNumber')}
        hint={t('editor.textNumberHint')}
        type="tel"
        autoComplete="off"
        className="nhsuk-input--width-10"
        {...register(path('textNumber'))}
      />
      <TextField
        {...field('textBody')}
        label={t('editor.textBody')}
        hint={t('editor.textBodyHint')}
        autoComplete="off"
        className="nhsuk-input--width-20"
        {...register(path('textBody'))}
      />
      <TextField
        {...field('hours')}
        label={t('editor.hours')}
        hint={t('editor.hoursHint')}
        autoComplete="off"
        {...register(path('hours'))}
      />
      <div className={`nhsuk-form-group${whenError ? ' nhsuk-form-group--error' : ''}`}>
        <label className="nhsuk-label" htmlFor={fieldId(path('when'))}>
          {t('editor.when')}
        </label>
        {whenError && (
          <ErrorMessage id={`${fieldId(path('when'))}-error`} prefix={errorPrefix}>
            {whenError}
          </ErrorMessage>
        )}
        <select
          className={`nhsuk-select${whenError ? ' nhsuk-select--error' : ''}`}
          id={fieldId(path('when'))}
          aria-describedby={whenError ? `${fieldId(path('when'))}-error` : undefined}
          {...register(path('when'))}
        >
          <option value="">{t('when.none')}</option>
          {CRISIS_CONTACT_WHEN.map((when) => (
            <option key={when} value={when}>
              {t(`when.${when}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="nhsuk-button-group">
        {index > 0 && (
          <button type="button" className={small} onClick={() => props.onMove(index - 1)}>
            {t('editor.moveUp')}
            {hidden}
          </button>
        )}
        {index < props.count - 1 && (
          <button type="button" className={small} onClick={() => props.onMove(index + 1)}>
            {t('editor.moveDown')}
            {hidden}
          </button>
        )}
        {props.count > 1 && (
          <button type="button" className={small} onClick={props.onRemove}>
            {t('editor.removeLine')}
            {hidden}
          </button>
        )}
      </div>
    </fieldset>
  );
}
