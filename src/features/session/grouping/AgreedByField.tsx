/**
 * Who agreed the grouping: NHS.UK checkboxes, one per kind of participant. A grouping is
 * agreed by people, so at least one must be ticked (the record's schema says so too).
 */
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PARTICIPANT_ROLES } from '../../../domain';
import { CheckboxGroup } from '../../../ui/form/CheckboxGroup';

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
  return (
    <CheckboxGroup
      id={id}
      legend={t('form.agreedBy')}
      hint={t('form.agreedByHint')}
      error={error}
      errorPrefix={errorPrefix}
      registration={registration}
      disabled={disabled}
      options={PARTICIPANT_ROLES.map((role) => ({
        value: role,
        label: t(`participants.${role}`),
      }))}
    />
  );
}
