/**
 * Who was there: a tick per role, and for everyone but the young person (whose name is on
 * the case) a box for names, shown once the role is ticked (NHS.UK conditional reveal).
 */
import { Fragment } from 'react';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PARTICIPANT_ROLES } from '../../../domain';
import { TextField } from '../../../ui/form/TextField';
import type { SummaryFormValues } from './summary-form';
import { fieldId } from './summary-problems';
import { ErrorMessage } from '../../../ui/form/ErrorMessage';

export interface AttendeesFieldsetProps {
  form: UseFormReturn<SummaryFormValues>;
  /** The problem with the list, said with its role, and the row it is about. */
  problem: { row: number | undefined; text: string | undefined };
  errorPrefix: string;
}

export function AttendeesFieldset({ form, problem, errorPrefix }: AttendeesFieldsetProps) {
  const { t } = useTranslation('session-summary');
  const rows = useWatch({ control: form.control, name: 'attendees' });
  const hintId = fieldId('attendees', 'hint');
  return (
    <div className={`nhsuk-form-group${problem.text ? ' nhsuk-form-group--error' : ''}`}>
      <fieldset className="nhsuk-fieldset" aria-describedby={hintId}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
          {t('attendees.legend')}
        </legend>
        <div className="nhsuk-hint" id={hintId}>
          {t('attendees.hint')}
        </div>
        {problem.text && problem.row === undefined && (
          <ErrorMessage prefix={errorPrefix}>{problem.text}</ErrorMessage>
        )}
        <div className="nhsuk-checkboxes">
          {PARTICIPANT_ROLES.map((role, index) => {
            const revealId = fieldId('attendees', index, 'reveal');
            const withNames = role !== 'young-person';
            const open = withNames && rows[index]?.present === true;
            return (
              <Fragment key={role}>
                <div className="nhsuk-checkboxes__item">
                  <input
                    className="nhsuk-checkboxes__input"
                    id={fieldId('attendees', index, 'present')}
                    type="checkbox"
                    aria-controls={withNames ? revealId : undefined}
                    aria-expanded={withNames ? open : undefined}
                    {...form.register(`attendees.${index}.present`)}
                  />
                  <label
                    className="nhsuk-label nhsuk-checkboxes__label"
                    htmlFor={fieldId('attendees', index, 'present')}
                  >
                    {t(`attendees.roles.${role}`)}
                  </label>
                </div>
                {withNames && (
                  <div
                    className={`nhsuk-checkboxes__conditional${open ? '' : ' nhsuk-checkboxes__conditional--hidden'}`}
                    id={revealId}
                  >
                    {open && (
                      <TextField
                        id={fieldId('attendees', index, 'names')}
                        label={t('attendees.namesFor', { role: t(`attendees.roles.${role}`) })}
                        hint={t('attendees.namesHint')}
                        error={problem.row === index ? problem.text : undefined}
                        errorPrefix={errorPrefix}
                        autoComplete="off"
                        {...form.register(`attendees.${index}.names`)}
                      />
                    )}
                  </div>
                )}
              </Fragment>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
