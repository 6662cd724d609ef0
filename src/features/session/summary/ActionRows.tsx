/**
 * Next steps as rows of who does what by when. Rows are added and removed freely; a row
 * left empty is dropped on save (summary-form.ts), so "add another" never causes an error.
 */
import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../ui/form/TextField';
import { emptyAction, type SummaryFormValues } from './summary-form';
import { fieldId } from './summary-problems';
import { ErrorMessage } from '../../../ui/form/ErrorMessage';

/** The most next steps a session keeps (the session record's limit). */
const MAX_ROWS = 30;

export interface ActionRowsProps {
  form: UseFormReturn<SummaryFormValues>;
  /** The list's problem: which row and box, and the message for that box. */
  problem: { row: number | undefined; part: string | undefined; message: string | undefined };
  /** The problem said with its row, for a problem about the whole list. */
  listText: string | undefined;
  errorPrefix: string;
}

export function ActionRows({ form, problem, listText, errorPrefix }: ActionRowsProps) {
  const { t } = useTranslation('session-summary');
  const actions = useFieldArray({ control: form.control, name: 'actions' });
  const hintId = fieldId('actions', 'hint');
  const errorAt = (index: number, part: string) =>
    problem.row === index && problem.part === part ? problem.message : undefined;
  return (
    <div className={`nhsuk-form-group${listText ? ' nhsuk-form-group--error' : ''}`}>
      <fieldset className="nhsuk-fieldset" aria-describedby={hintId}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
          {t('actions.legend')}
        </legend>
        <div className="nhsuk-hint" id={hintId}>
          {t('actions.hint')}
        </div>
        {listText && problem.row === undefined && (
          <ErrorMessage prefix={errorPrefix}>{listText}</ErrorMessage>
        )}
        {actions.fields.map((row, index) => (
          <div
            key={row.id}
            className="app-summary-action"
            role="group"
            aria-label={t('actions.step', { number: index + 1 })}
          >
            <TextField
              id={fieldId('actions', index, 'what')}
              label={t('actions.what')}
              error={errorAt(index, 'what')}
              errorPrefix={errorPrefix}
              autoComplete="off"
              {...form.register(`actions.${index}.what`)}
            />
            <TextField
              id={fieldId('actions', index, 'who')}
              label={t('actions.who')}
              error={errorAt(index, 'who')}
              errorPrefix={errorPrefix}
              className="nhsuk-input--width-20"
              autoComplete="off"
              {...form.register(`actions.${index}.who`)}
            />
            <TextField
              id={fieldId('actions', index, 'by')}
              label={t('actions.by')}
              error={errorAt(index, 'by')}
              errorPrefix={errorPrefix}
              type="date"
              className="nhsuk-input--width-10"
              {...form.register(`actions.${index}.by`)}
            />
            {actions.fields.length > 1 && (
              <button
                type="button"
                className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
                onClick={() => actions.remove(index)}
              >
                {t('actions.remove', { number: index + 1 })}
              </button>
            )}
          </div>
        ))}
        {actions.fields.length < MAX_ROWS && (
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary"
            onClick={() => actions.append(emptyAction())}
          >
            {t('actions.add')}
          </button>
        )}
      </fieldset>
    </div>
  );
}
