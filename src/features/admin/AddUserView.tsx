import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { addUserFormSchema, type AddUserForm } from '../../domain';
import { ErrorSummary, type ErrorSummaryItem } from '../../ui/form/ErrorSummary';
import { TextField } from '../../ui/form/TextField';
import { domainResolver } from '../../ui/form/domain-resolver';
import { addStaff, type CreatedUser, type StaffUser } from './admin-api';
import { adminFailureMessage } from './admin-failure';
import { ActivationLink } from './ActivationLink';
import { RoleCheckboxes } from './RoleCheckboxes';
import { useAdminFormProblems } from './useAdminFormProblems';
import { useFocusHeading } from './useFocusHeading';

const FIELDS = ['displayName', 'email', 'roles'] as const;

export interface AddUserViewProps {
  online: boolean;
  onAdded: (user: StaffUser) => void;
}

/**
 * Adding a colleague: name, email and roles. The server creates the account inactive and
 * answers with a one-time activation link, shown here once and never again.
 */
export function AddUserView({ online, onAdded }: AddUserViewProps) {
  const { t } = useTranslation('admin');
  const [created, setCreated] = useState<CreatedUser>();
  const [failure, setFailure] = useState<string>();
  const form = useForm<AddUserForm>({
    resolver: domainResolver(addUserFormSchema),
    defaultValues: { displayName: '', email: '', roles: ['practitioner'] },
  });
  const problems = useAdminFormProblems<AddUserForm>('add-user', form.formState.errors);
  const headingRef = useFocusHeading<HTMLHeadingElement>(created ? created.user.id : 'form');

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(undefined);
    const result = await addStaff(values);
    if (result.ok) {
      onAdded(result.value.user);
      setCreated(result.value);
      form.reset();
      return;
    }
    if (result.failure.kind === 'invalid' && result.failure.key === 'email_taken') {
      // Said at the field, so the admin sees which answer to change.
      form.setError('email', { message: 'emailTaken' });
      return;
    }
    setFailure(adminFailureMessage(result.failure, t));
  });

  if (created) {
    return <ActivationLink created={created} onAddAnother={() => setCreated(undefined)} />;
  }

  const summary: ErrorSummaryItem[] = [
    ...problems.summary([...FIELDS]),
    ...(failure ? [{ message: failure }] : []),
  ];
  const fieldProps = (field: (typeof FIELDS)[number]) => ({
    id: `add-user-${field}`,
    error: problems.fieldMessage(field),
    errorPrefix: t('errorPrefix'),
  });
  return (
    <>
      <ErrorSummary title={problems.summaryTitle} items={summary} />
      <p className="nhsuk-body">
        <Link to={{ search: '' }}>{t('add.back')}</Link>
      </p>
      <h1 className="nhsuk-heading-l" tabIndex={-1} ref={headingRef}>
        {t('add.title')}
      </h1>
      <p className="nhsuk-body">{t('add.lead')}</p>
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <TextField
          {...fieldProps('displayName')}
          label={t('fields.displayName')}
          hint={t('fields.displayNameHint')}
          autoComplete="off"
          {...form.register('displayName')}
        />
        <TextField
          {...fieldProps('email')}
          label={t('fields.email')}
          hint={t('fields.emailHint')}
          type="email"
          autoComplete="off"
          spellCheck={false}
          {...form.register('email')}
        />
        <RoleCheckboxes
          id="add-user-roles"
          error={problems.fieldMessage('roles')}
          registration={form.register('roles')}
        />
        <button
          type="submit"
          className="nhsuk-button"
          disabled={!online || form.formState.isSubmitting}
        >
          {t('add.submit')}
        </button>
      </form>
    </>
  );
}
