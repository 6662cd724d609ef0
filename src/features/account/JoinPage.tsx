import { useTranslation } from 'react-i18next';
import { joinWithCode } from '../../app/account/account';
import { joinFormSchema, type JoinForm } from '../../domain';
import { ErrorSummary } from '../../ui/form/ErrorSummary';
import { TextField } from '../../ui/form/TextField';
import { usePageTitle } from '../../ui/usePageTitle';
import { useAccountForm } from './useAccountForm';

/**
 * A young person (or carer) links their phone to their plan with the code their
 * practitioner gave them. Plain words: this is often the first screen they see.
 */
export function JoinPage() {
  const { t } = useTranslation(['account', 'common']);
  usePageTitle(t('join.title'), t('common:appName'));
  const { form, onSubmit, summary, summaryTitle, fieldProps } = useAccountForm<JoinForm>({
    idPrefix: 'join',
    schema: joinFormSchema,
    fields: ['code', 'displayName', 'passphrase'],
    action: joinWithCode,
    refusedMessage: t('join.codeNotRight'),
    next: '/my-plan',
  });
  return (
    <>
      <ErrorSummary title={summaryTitle} items={summary} />
      <h1 className="nhsuk-heading-l" tabIndex={-1}>
        {t('join.title')}
      </h1>
      <p className="nhsuk-body">{t('join.lead')}</p>
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <TextField
          {...fieldProps('code')}
          label={t('join.code')}
          hint={t('join.codeHint')}
          autoComplete="one-time-code"
          autoCapitalize="characters"
          spellCheck={false}
          className="nhsuk-input--width-10"
          {...form.register('code')}
        />
        <TextField
          {...fieldProps('displayName')}
          label={t('join.displayName')}
          hint={t('join.displayNameHint')}
          autoComplete="given-name"
          {...form.register('displayName')}
        />
        <TextField
          {...fieldProps('passphrase')}
          label={t('join.passphrase')}
          hint={t('join.passphraseHint')}
          type="password"
          autoComplete="new-password"
          {...form.register('passphrase')}
        />
        <button type="submit" className="nhsuk-button" disabled={form.formState.isSubmitting}>
          {t('join.submit')}
        </button>
      </form>
    </>
  );
}
