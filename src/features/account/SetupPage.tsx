import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { completeSetup } from '../../app/account/account';
import { setupFormSchema, type SetupForm } from '../../domain';
import { ErrorSummary } from '../../ui/form/ErrorSummary';
import { TextField } from '../../ui/form/TextField';
import { domainResolver } from '../../ui/form/domain-resolver';
import { usePageTitle } from '../../ui/usePageTitle';
import { failureMessage } from './failure-message';
import { hashParam } from './hash-param';
import { useFormProblems } from './useFormProblems';

/** First run: the link the server printed creates the organisation and its first admin. */
export function SetupPage() {
  const { t } = useTranslation(['account', 'common']);
  usePageTitle(t('setup.title'), t('common:appName'));
  const navigate = useNavigate();
  const token = hashParam(useLocation().hash, 'token');
  const [failure, setFailure] = useState<string>();
  const { register, handleSubmit, formState } = useForm<SetupForm>({
    resolver: domainResolver(setupFormSchema),
  });
  const problems = useFormProblems<SetupForm>('setup', formState.errors);

  const onSubmit = handleSubmit(async (form) => {
    if (!token) return;
    setFailure(undefined);
    const result = await completeSetup(token, form);
    if (result.ok) navigate('/practitioner');
    else setFailure(failureMessage(result.failure, t, t('linkInvalid')));
  });

  const fields = ['organisationName', 'displayName', 'email', 'password'] as const;
  const summary = [...problems.summary([...fields]), ...(failure ? [{ message: failure }] : [])];
  return (
    <>
      <ErrorSummary title={problems.summaryTitle} items={summary} />
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
              id="setup-organisationName"
              label={t('fields.organisationName')}
              hint={t('fields.organisationNameHint')}
              autoComplete="organization"
              error={problems.fieldMessage('organisationName')}
              errorPrefix={t('errorPrefix')}
              {...register('organisationName')}
            />
            <TextField
              id="setup-displayName"
              label={t('fields.displayName')}
              hint={t('fields.displayNameHint')}
              autoComplete="name"
              error={problems.fieldMessage('displayName')}
              errorPrefix={t('errorPrefix')}
              {...register('displayName')}
            />
            <TextField
              id="setup-email"
              label={t('fields.email')}
              type="email"
              autoComplete="username"
              spellCheck={false}
              error={problems.fieldMessage('email')}
              errorPrefix={t('errorPrefix')}
              {...register('email')}
            />
            <TextField
              id="setup-password"
              label={t('fields.newPassword')}
              hint={t('fields.newPasswordHint')}
              type="password"
              autoComplete="new-password"
              error={problems.fieldMessage('password')}
              errorPrefix={t('errorPrefix')}
              {...register('password')}
            />
            <button type="submit" className="nhsuk-button" disabled={formState.isSubmitting}>
              {t('setup.submit')}
            </button>
          </form>
        </>
      )}
    </>
  );
}
