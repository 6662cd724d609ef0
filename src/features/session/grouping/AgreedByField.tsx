/**
 * Who agreed the grouping: NHS.UK checkboxes, one per kind of participant. A grouping is
 * agreed by people, so at least one must be ticked (the record's schema says so too).
 */
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PARTICIPANT_ROLES } from '../../../domain';
import { ErrorMessage } from '../../../ui/form/ErrorMessage';

export interface AgreedByFieldProps {
  /** The field's id: the first checkbox has it, so the error summary links there. */
  id: string;
  error?: string;
  errorPrefix: string;
  registration: UseFormRegisterReturn;
  disabled?: boolean;
}

export function AgreedByField({
  id,
  error,
  errorPrefix,
  registration,
  disabled,
}: AgreedByFieldProps) {
  const { t } = useTranslation('grouping');
  const describedBy = [`${id}-hint`, error ? `${id}-error` : undefined].filter(Boolean).join(' ');
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <fieldset className="nhsuk-fieldset" aria-describedby={describedBy}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
          {t('form.agreedBy')}
        </legend>
        <div className="nhsuk-hint" id={`${id}-hint`}>
          {t('form.agreedByHint')}
        </div>
        {error && (
          <ErrorMessage id={`${id}-error`} prefix={errorPrefix}>
            {error}
          </ErrorMessage>
        )}
        <div className="nhsuk-checkboxes">
          {PARTICIPANT_ROLES.map((role, index) => {
            const inputId = index === 0 ? id : `${id}-${role}`;
            return (
              <div key={role} className="nhsuk-checkboxes__item">
                <input
                  className="nhsuk-checkboxes__input"
                  id={inputId}
                  type="checkbox"
                  value={role}
                  disabled={disabled}
                  {...registration}
                />
                <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={inputId}>
                  {t(`participants.${role}`)}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
