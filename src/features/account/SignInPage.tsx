import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { signIn } from '../../app/account/account';
import { signInFormSchema, type SignInForm } from '../../domain';
import { ErrorSummary } from '../../ui/form/ErrorSummary';
import { TextField } from '../../ui/form/TextField';
import { usePageTitle } from '../../ui/usePageTitle';
import { useAccountForm } from './useAccountForm';

/**
 * Staff sign-in. What was typed stays in the form whatever goes wrong. Young people and
 * carers have no email address: a clear second way in leads them to their own sign-in
 * (sign-in name and passphrase, FamilySignInPage).
 */
export function SignInPage() {
  const { t } = useTranslation(['account', 'common']);
  usePageTitle(t('signIn.title'), t('common:appName'));
  const { form, onSubmit, summaryProps, fieldProps } = useAccountForm<SignInForm>({
    idPrefix: 'sign-in',
    schema: signInFormSchema,
    fields: ['email', 'password'],
    action: signIn,
    refusedMessage: t('wrongDetails'),
  });
  return (
    <>
      <ErrorSummary {...summaryProps} />
      <h1 className="nhsuk-heading-l" tabIndex={-1}>
        {t('signIn.title')}
      </h1>
      <p className="nhsuk-body">{t('signIn.lead')}</p>
      <div className="nhsuk-inset-text">
        <h2 className="nhsuk-heading-s">{t('signIn.familyQuestion')}</h2>
        <p className="nhsuk-body">
          <Link to="/sign-in/family">{t('signIn.familyLink')}</Link>
        </p>
      </div>
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
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
          label={t('fields.password')}
          type="password"
          autoComplete="current-password"
          {...form.register('password')}
        />
        <button type="submit" className="nhsuk-button" disabled={form.formState.isSubmitting}>
          {t('signIn.submit')}
        </button>
      </form>
    </>
  );
}
