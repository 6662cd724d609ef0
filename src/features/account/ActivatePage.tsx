import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { activateAccount } from '../../app/account/account';
import { activateFormSchema, type ActivateForm } from '../../domain';
import { ErrorSummary } from '../../ui/form/ErrorSummary';
import { TextField } from '../../ui/form/TextField';
import { usePageTitle } from '../../ui/usePageTitle';
import { hashParam } from './hash-param';
import { useAccountForm } from './useAccountForm';

/** A colleague added by an admin sets their own password from the one-time link. */
export function ActivatePage() {
  const { t } = useTranslation(['account', 'common']);
  usePageTitle(t('activate.title'), t('common:appName'));
  const code = hashParam(useLocation().hash, 'code');
  const { form, onSubmit, summaryProps, fieldProps } = useAccountForm<ActivateForm>({
    idPrefix: 'activate',
    schema: activateFormSchema,
    fields: ['password'],
    action: (values) => activateAccount(code ?? '', values),
    refusedMessage: t('linkInvalid'),
  });
  return (
    <>
      <ErrorSummary {...summaryProps} />
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
              {...fieldProps('password')}
              label={t('fields.newPassword')}
              hint={t('fields.newPasswordHint')}
              type="password"
              autoComplete="new-password"
              {...form.register('password')}
            />
            <button type="submit" className="nhsuk-button" disabled={form.formState.isSubmitting}>
              {t('activate.submit')}
            </button>
          </form>
        </>
      )}
    </>
  );
}
