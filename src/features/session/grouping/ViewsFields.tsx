/**
 * The three views side by side (stacked on a phone): the young person's, the family's and
 * the practitioner's, each in their own words with the grouping they feel fits. Shared
 * decision making keeps every voice visible, disagreements included (THRIVE.md §2, §4).
 */
import type { UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { GROUPING_CONTENT } from '../../../content';
import { TextAreaField } from '../../../ui/form/TextAreaField';
import { VIEW_OWNERS, type GroupingFormValues, type ViewOwner } from './grouping-form';
import { ErrorMessage } from '../../../ui/form/ErrorMessage';

export interface ViewsFieldsProps {
  idPrefix: string;
  register: UseFormRegister<GroupingFormValues>;
  fieldMessage: (field: keyof GroupingFormValues) => string | undefined;
  errorPrefix: string;
  disabled?: boolean;
}

export function ViewsFields(props: ViewsFieldsProps) {
  const { t } = useTranslation('grouping');
  return (
    <section aria-labelledby={`${props.idPrefix}-views-heading`}>
      <h2 className="nhsuk-heading-m" id={`${props.idPrefix}-views-heading`}>
        {t('views.heading')}
      </h2>
      <p className="nhsuk-hint">{t('views.hint')}</p>
      <div className="app-grouping-views">
        {VIEW_OWNERS.map((owner) => (
          <ViewColumn key={owner} owner={owner} {...props} />
        ))}
      </div>
    </section>
  );
}

function ViewColumn({
  owner,
  idPrefix,
  register,
  fieldMessage,
  errorPrefix,
  disabled,
}: ViewsFieldsProps & { owner: ViewOwner }) {
  const { t } = useTranslation('grouping');
  const words = `${owner}View` as const;
  const grouping = `${owner}Grouping` as const;
  const groupingId = `${idPrefix}-${grouping}`;
  const groupingError = fieldMessage(grouping);
  return (
    <div className="app-grouping-view" role="group" aria-labelledby={`${idPrefix}-${owner}-h`}>
      <h3 className="nhsuk-heading-s" id={`${idPrefix}-${owner}-h`}>
        {t(`views.${owner}.heading`)}
      </h3>
      <TextAreaField
        id={`${idPrefix}-${words}`}
        label={t(`views.${owner}.words`)}
        error={fieldMessage(words)}
        errorPrefix={errorPrefix}
        rows={4}
        disabled={disabled}
        {...register(words)}
      />
      <div className={`nhsuk-form-group${groupingError ? ' nhsuk-form-group--error' : ''}`}>
        <label className="nhsuk-label" htmlFor={groupingId}>
          {t(`views.${owner}.grouping`)}
        </label>
        {groupingError && (
          <ErrorMessage id={`${groupingId}-error`} prefix={errorPrefix}>
            {groupingError}
          </ErrorMessage>
        )}
        <select
          className={`nhsuk-select app-grouping-view__select${groupingError ? ' nhsuk-select--error' : ''}`}
          id={groupingId}
          aria-describedby={groupingError ? `${groupingId}-error` : undefined}
          aria-invalid={groupingError ? true : undefined}
          disabled={disabled}
          {...register(grouping)}
        >
          <option value="">{t('views.notSaid')}</option>
          {GROUPING_CONTENT.groupings.map((g) => (
            <option key={g.id} value={g.id}>
              {t(`groupings.${g.id}.name`)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
