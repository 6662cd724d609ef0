/**
 * The five groupings as large radio cards, each with its plain-words explanation (what
 * help looks like, who usually leads), for choosing the agreed grouping together.
 *
 * NHS.UK radios inside bordered cards, with the explanation as each radio's hint, so a
 * screen reader hears the name with its explanation; the radio and its label are large
 * touch targets on a tablet.
 * Nothing is checked until someone chooses: no suggestion pre-selects a grouping.
 */
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { GROUPING_CONTENT } from '../../../content';
import { ErrorMessage } from '../../../ui/form/ErrorMessage';

export interface GroupingChoiceProps {
  /** The field's id: the first card's input has it, so the error summary links there. */
  id: string;
  legend: string;
  hint: string;
  error?: string;
  errorPrefix: string;
  registration: UseFormRegisterReturn;
  disabled?: boolean;
}

export function GroupingChoice({
  id,
  legend,
  hint,
  error,
  errorPrefix,
  registration,
  disabled,
}: GroupingChoiceProps) {
  const { t } = useTranslation('grouping');
  const describedBy = [`${id}-hint`, error ? `${id}-error` : undefined].filter(Boolean).join(' ');
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <fieldset className="nhsuk-fieldset" aria-describedby={describedBy}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
          <h2 className="nhsuk-fieldset__heading">{legend}</h2>
        </legend>
        <div className="nhsuk-hint" id={`${id}-hint`}>
          {hint}
        </div>
        {error && (
          <ErrorMessage id={`${id}-error`} prefix={errorPrefix}>
            {error}
          </ErrorMessage>
        )}
        <div className="nhsuk-radios app-grouping-choices">
          {GROUPING_CONTENT.groupings.map((g, index) => {
            const inputId = index === 0 ? id : `${id}-${g.id}`;
            return (
              <div key={g.id} className="nhsuk-radios__item app-grouping-choice">
                <input
                  className="nhsuk-radios__input"
                  id={inputId}
                  type="radio"
                  value={g.id}
                  aria-describedby={`${inputId}-item-hint`}
                  disabled={disabled}
                  {...registration}
                />
                <label className="nhsuk-label nhsuk-radios__label" htmlFor={inputId}>
                  {t(`groupings.${g.id}.name`)}
                </label>
                <div className="nhsuk-hint nhsuk-radios__hint" id={`${inputId}-item-hint`}>
                  <p className="app-grouping-choice__help">{t(`groupings.${g.id}.help`)}</p>
                  <p className="app-grouping-choice__lead">
                    <strong>{t('leadLabel')}</strong> {t(`groupings.${g.id}.lead`)}
                  </p>
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
