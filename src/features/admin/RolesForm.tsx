import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  changeRolesFormSchema,
  STAFF_ROLE_CHOICES,
  type ChangeRolesForm,
  type StaffRoleChoice,
} from '../../domain';
import { ErrorSummary } from '../../ui/form/ErrorSummary';
import { domainResolver } from '../../ui/form/domain-resolver';
import { changeStaff, type StaffUser } from './admin-api';
import { adminFailureMessage } from './admin-failure';
import { RoleCheckboxes } from './RoleCheckboxes';
import { useAdminFormProblems } from './useAdminFormProblems';

export interface RolesFormProps {
  user: StaffUser;
  online: boolean;
  onSaved: (user: StaffUser) => void;
  onStart: () => void;
}

function staffRolesOf(user: StaffUser): StaffRoleChoice[] {
  return STAFF_ROLE_CHOICES.filter((role) => user.roles.includes(role));
}

/**
 * Changing what a colleague can do. The server refuses to leave the organisation with no
 * active administrator (409 last_admin); that is said plainly, and the ticks stay as the
 * admin left them so they can see what was refused.
 */
export function RolesForm({ user, online, onSaved, onStart }: RolesFormProps) {
  const { t } = useTranslation('admin');
  const [failure, setFailure] = useState<string>();
  const form = useForm<ChangeRolesForm>({
    resolver: domainResolver(changeRolesFormSchema),
    defaultValues: { roles: staffRolesOf(user) },
  });
  const problems = useAdminFormProblems<ChangeRolesForm>('change-roles', form.formState.errors);

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(undefined);
    onStart();
    const result = await changeStaff(user.id, { roles: values.roles });
    if (result.ok) {
      form.reset({ roles: staffRolesOf(result.value) });
      onSaved(result.value);
    } else {
      setFailure(adminFailureMessage(result.failure, t));
    }
  });

  const summary = [...problems.summary(['roles']), ...(failure ? [{ message: failure }] : [])];
  return (
    <section aria-labelledby="roles-heading">
      <ErrorSummary title={problems.summaryTitle} items={summary} />
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <RoleCheckboxes
          id="change-roles-roles"
          error={problems.fieldMessage('roles')}
          registration={form.register('roles')}
          headingId="roles-heading"
        />
        <button
          type="submit"
          className="nhsuk-button"
          disabled={!online || form.formState.isSubmitting}
        >
          {t('change.saveRoles')}
        </button>
      </form>
    </section>
  );
}
