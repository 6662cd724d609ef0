import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { completeSetup } from '../../app/account/account';
import { setupFormSchema, type SetupForm } from '../../domain';
import { ErrorSummary } from '../../ui/form/ErrorSummary';
import { TextField } from '../../ui/form/TextField';
import { usePageTitle } from '../../ui/usePageTitle';
import { hashParam } from './hash-param';
import { useAccountForm } from './useAccountForm';

/** First run: the link the server printed creates the organisation and its first admin. */
export function SetupPage() {
  const { t } = useTranslation(['account', 'common']);
  usePageTitle(t('setup.title'), t('common:appName'));
  const token = hashParam(useLocation().hash, 'token');
  const { form, onSubmit, summaryProps, fieldProps } = useAccountForm<SetupForm>({
    idPrefix: 'setup',
    schema: setupFormSchema,
    fields: ['organisationName', 'displayName', 'email', 'password'],
    action: (values) => completeSetup(token ?? '', values),
    refusedMessage: t('linkInvalid'),
  });
  return (
    <>
      <ErrorSummary {...summaryProps} />
      <h1 className="nhsuk-heading-l" tabIndex={-1}>
        {t('setup.title')}
      </h1>
      {!token ? (
        <p className="nhsuk-body">{t('setup.noToken')}</p>
      ) : (
        <>
          <p className="nhsuk-body">{t('setup.lead')}</p>
          <form onSubmit={(e) => void onSubmit(e)} noValidate>
            <TextField
              {...fieldProps('organisationName')}
              label={t('fields.organisationName')}
              hint={t('fields.organisationNameHint')}
              autoComplete="organization"
              {...form.register('organisationName')}
            />
            <TextField
              {...fieldProps('displayName')}
              label={t('fields.displayName')}
              hint={t('fields.displayNameHint')}
              autoComplete="name"
              {...form.register('displayName')}
            />
            <TextField
              {...fieldProps('email')}
              label={t('fields.email')}
              type="email"
              autoComplete="username"
              spellCheck={false}
              {...form.register('email')}
            />
            <TextField
              {...fieldProps('password')}
              label={t('fields.newPassword')}
              hint={t('fields.newPasswordHint')}
              type="password"
              autoComplete="new-password"
              {...form.register('password')}
            />
            <button type="submit" className="nhsuk-button" disabled={form.formState.isSubmitting}>
              {t('setup.submit')}
            </button>
          </form>
        </>
      )}
    </>
  );
}
