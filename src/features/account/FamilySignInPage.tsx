import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ApiResult } from '../../app/account/api';
import { signInWithName, type SignedIn } from '../../app/account/account';
import { familySignInFormSchema, type FamilySignInForm } from '../../domain';
import { ErrorSummary } from '../../ui/form/ErrorSummary';
import { TextField } from '../../ui/form/TextField';
import { usePageTitle } from '../../ui/usePageTitle';
import { useAccountForm } from './useAccountForm';

async function signInAndSay(values: FamilySignInForm): Promise<ApiResult<SignedIn>> {
  const result = await signInWithName(values);
  // The server's 401 means the name or the passphrase is not right (never which): say
  // that in this screen's words rather than the staff screen's "email or password".
  return !result.ok && result.failure.kind === 'unauthorised'
    ? { ok: false, failure: { kind: 'invalid', problems: [] } }
    : result;
}

/**
 * A young person or carer who joined on one phone signs in on another (/sign-in/family)
 * with the sign-in name they were shown when they joined and their passphrase. Plain
 * words; what was typed stays in the form whatever goes wrong.
 */
export function FamilySignInPage() {
  const { t } = useTranslation(['account', 'common']);
  usePageTitle(t('familySignIn.title'), t('common:appName'));
  const { form, onSubmit, summaryProps, fieldProps } = useAccountForm<FamilySignInForm>({
    idPrefix: 'family-sign-in',
    schema: familySignInFormSchema,
    fields: ['signInName', 'passphrase'],
    action: signInAndSay,
    refusedMessage: t('familySignIn.notRight'),
    next: '/my-plan',
  });
  return (
    <>
      <ErrorSummary {...summaryProps} />
      <h1 className="nhsuk-heading-l" tabIndex={-1}>
        {t('familySignIn.title')}
      </h1>
      <p className="nhsuk-body">{t('familySignIn.lead')}</p>
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <TextField
          {...fieldProps('signInName')}
          label={t('familySignIn.signInName')}
          hint={t('familySignIn.signInNameHint')}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          dir="ltr"
          className="nhsuk-input--width-20"
          {...form.register('signInName')}
        />
        <TextField
          {...fieldProps('passphrase')}
          label={t('familySignIn.passphrase')}
          type="password"
          autoComplete="current-password"
          {...form.register('passphrase')}
        />
        <button type="submit" className="nhsuk-button" disabled={form.formState.isSubmitting}>
          {t('familySignIn.submit')}
        </button>
      </form>
      <p className="nhsuk-body">{t('familySignIn.noName')}</p>
      <h2 className="nhsuk-heading-s">{t('familySignIn.firstTime')}</h2>
      <p className="nhsuk-body">
        <Link to="/join">{t('familySignIn.joinLink')}</Link>
      </p>
    </>
  );
}
