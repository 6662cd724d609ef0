import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { activateAccount } from '../../app/account/account';
import { activateFormSchema, type ActivateForm } from '../../domain';
import { ErrorSummary } from '../../ui/form/ErrorSummary';
import { TextField } from '../../ui/form/TextField';
import { domainResolver } from '../../ui/form/domain-resolver';
import { usePageTitle } from '../../ui/usePageTitle';
import { failureMessage } from './failure-message';
import { hashParam } from './hash-param';
import { useFormProblems } from './useFormProblems';

/** A colleague added by an admin sets their own password from the one-time link. */
export function ActivatePage() {
  const { t } = useTranslation(['account', 'common']);
  usePageTitle(t('activate.title'), t('common:appName'));
  const navigate = useNavigate();
  const code = hashParam(useLocation().hash, 'code');
  const [failure, setFailure] = useState<string>();
  const { register, handleSubmit, formState } = useForm<ActivateForm>({
    resolver: domainResolver(activateFormSchema),
  });
  const problems = useFormProblems<ActivateForm>('activate', formState.errors);

  const onSubmit = handleSubmit(async (form) => {
    if (!code) return;
    setFailure(undefined);
    const result = await activateAccount(code, form);
    if (result.ok) navigate('/practitioner');
    else setFailure(failureMessage(result.failure, t, t('linkInvalid')));
  });

  const summary = [...problems.summary(['password']), ...(failure ? [{ message: failure }] : [])];
  return (
    <>
      <ErrorSummary title={problems.summaryTitle} items={summary} />
      <h1 className="nhsuk-heading-l" tabIndex={-1}>
        {t('activate.title')}
      </h1>
      {!code ? (
        <p className="nhsuk-body">{t('activate.noCode')}</p>
      ) : (
        <>
          <p className="nhsuk-body">{t('activate.lead')}</p>
          <form onSubmit={(e) => void onSubmit(e)} noValidate>
            <TextField
              id="activate-password"
              label={t('fields.newPassword')}
              hint={t('fields.newPasswordHint')}
              type="password"
              autoComplete="new-password"
              error={problems.fieldMessage('password')}
              errorPrefix={t('errorPrefix')}
              {...register('password')}
            />
            <button type="submit" className="nhsuk-button" disabled={formState.isSubmitting}>
              {t('activate.submit')}
            </button>
          </form>
        </>
      )}
    </>
  );
}
