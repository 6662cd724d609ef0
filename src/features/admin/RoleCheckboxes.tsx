import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { STAFF_ROLE_CHOICES } from '../../domain';
import { ErrorMessage } from '../../ui/form/ErrorMessage';

export interface RoleCheckboxesProps {
  /** The first checkbox gets this id, so the error summary's link lands on it. */
  id: string;
  error?: string;
  registration: UseFormRegisterReturn;
  /** The legend is the section's heading (an h2 with this id) rather than a form label. */
  headingId?: string;
}

/** The NHS.UK checkboxes for a staff account's roles, one or both. */
export function RoleCheckboxes({ id, error, registration, headingId }: RoleCheckboxesProps) {
  const { t } = useTranslation('admin');
  const describedBy = [`${id}-hint`, error ? `${id}-error` : undefined].filter(Boolean).join(' ');
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <fieldset className="nhsuk-fieldset" aria-describedby={describedBy}>
        {headingId ? (
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
            <h2 className="nhsuk-fieldset__heading" id={headingId}>
              {t('fields.roles')}
            </h2>
          </legend>
        ) : (
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
            {t('fields.roles')}
          </legend>
        )}
        <div className="nhsuk-hint" id={`${id}-hint`}>
          {t('fields.rolesHint')}
        </div>
        {error && (
          <ErrorMessage id={`${id}-error`} prefix={t('errorPrefix')}>
            {error}
          </ErrorMessage>
        )}
        <div className="nhsuk-checkboxes">
          {STAFF_ROLE_CHOICES.map((role, i) => {
            const inputId = i === 0 ? id : `${id}-${role}`;
            return (
              <div className="nhsuk-checkboxes__item" key={role}>
                <input
                  className="nhsuk-checkboxes__input"
                  id={inputId}
                  type="checkbox"
                  value={role}
                  aria-describedby={`${inputId}-item-hint`}
                  {...registration}
                />
                <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={inputId}>
                  {t(`roles.${role}`)}
                </label>
                <div className="nhsuk-hint nhsuk-checkboxes__hint" id={`${inputId}-item-hint`}>
                  {t(`roles.${role}Hint`)}
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
