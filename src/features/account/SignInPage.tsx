import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { signIn } from '../../app/account/account';
import { signInFormSchema, type SignInForm } from '../../domain';
import { ErrorSummary } from '../../ui/form/ErrorSummary';
import { TextField } from '../../ui/form/TextField';
import { domainResolver } from '../../ui/form/domain-resolver';
import { usePageTitle } from '../../ui/usePageTitle';
import { failureMessage } from './failure-message';
import { useFormProblems } from './useFormProblems';

/** Practitioner sign-in. What was typed stays in the form whatever goes wrong. */
export function SignInPage() {
  const { t } = useTranslation(['account', 'common']);
  usePageTitle(t('signIn.title'), t('common:appName'));
  const navigate = useNavigate();
  const [failure, setFailure] = useState<string>();
  const { register, handleSubmit, formState } = useForm<SignInForm>({
    resolver: domainResolver(signInFormSchema),
  });
  const problems = useFormProblems<SignInForm>('sign-in', formState.errors);

  const onSubmit = handleSubmit(async (form) => {
    setFailure(undefined);
    const result = await signIn(form);
    if (result.ok) navigate('/practitioner');
    else setFailure(failureMessage(result.failure, t, t('wrongDetails')));
  });

  const summary = [
    ...problems.summary(['email', 'password']),
    ...(failure ? [{ message: failure }] : []),
  ];
  return (
    <>
      <ErrorSummary title={problems.summaryTitle} items={summary} />
      <h1 className="nhsuk-heading-l" tabIndex={-1}>
        {t('signIn.title')}
      </h1>
      <p className="nhsuk-body">{t('signIn.lead')}</p>
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <TextField
          id="sign-in-email"
          label={t('fields.email')}
          type="email"
          autoComplete="username"
          spellCheck={false}
          error={problems.fieldMessage('email')}
          errorPrefix={t('errorPrefix')}
          {...register('email')}
        />
        <TextField
          id="sign-in-password"
          label={t('fields.password')}
          type="password"
          autoComplete="current-password"
          error={problems.fieldMessage('password')}
          errorPrefix={t('errorPrefix')}
          {...register('password')}
        />
        <button type="submit" className="nhsuk-button" disabled={formState.isSubmitting}>
          {t('signIn.submit')}
        </button>
      </form>
    </>
  );
}
