import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { signIn } from '../../app/account/account';
import type { ApiFailure } from '../../app/account/api';
import { signInFormSchema, type SignInForm } from '../../domain';
import { ErrorSummary } from '../../ui/form/ErrorSummary';
import { TextField } from '../../ui/form/TextField';
import { domainResolver } from '../../ui/form/domain-resolver';
import { useFormProblems } from '../../ui/form/useFormProblems';

interface ForgottenPasscodeProps {
  /** Called with the account that signed in, once the server has accepted it. */
  onSignedIn: (userId: string) => void;
  onCancel: () => void;
}

const failureKey = (failure: ApiFailure): string =>
  failure.kind === 'offline'
    ? 'handOver.forgotten.offline'
    : failure.kind === 'unauthorised' || failure.kind === 'invalid'
      ? 'handOver.forgotten.wrong'
      : failure.kind === 'rateLimited'
        ? 'handOver.forgotten.rateLimited'
        : 'handOver.forgotten.failed';

/**
 * A forgotten passcode must never trap a tablet in hand-over mode, nor let the young
 * person out without staff: signing in again with a staff email and password, which the
 * server checks (so it needs a connection), ends hand-over.
 */
export function ForgottenPasscode({ onSignedIn, onCancel }: ForgottenPasscodeProps) {
  const { t } = useTranslation(['session', 'account', 'validation']);
  const form = useForm<SignInForm>({
    resolver: domainResolver(signInFormSchema),
    defaultValues: { email: '', password: '' },
  });
  const problems = useFormProblems<SignInForm>('forgotten', form.formState.errors);
  const [failure, setFailure] = useState<string>();
  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(undefined);
    const result = await signIn(values);
    if (result.ok) onSignedIn(result.value.userId);
    else setFailure(t(failureKey(result.failure)));
  });
  const errorPrefix = t('account:errorPrefix');
  return (
    <>
      <ErrorSummary
        title={problems.summaryTitle}
        items={[
          ...problems.summary(['email', 'password']),
          ...(failure ? [{ message: failure }] : []),
        ]}
        focusKey={form.formState.submitCount}
      />
      <h1 className="nhsuk-heading-l" tabIndex={-1}>
        {t('handOver.forgotten.title')}
      </h1>
      <p className="nhsuk-body">{t('handOver.forgotten.lead')}</p>
      <form noValidate onSubmit={(e) => void onSubmit(e)}>
        <TextField
          id="forgotten-email"
          label={t('account:fields.email')}
          type="email"
          autoComplete="username"
          spellCheck={false}
          error={problems.fieldMessage('email')}
          errorPrefix={errorPrefix}
          {...form.register('email')}
        />
        <TextField
          id="forgotten-password"
          label={t('account:fields.password')}
          type="password"
          autoComplete="current-password"
          error={problems.fieldMessage('password')}
          errorPrefix={errorPrefix}
          {...form.register('password')}
        />
        <button type="submit" className="nhsuk-button" disabled={form.formState.isSubmitting}>
          {t('handOver.forgotten.submit')}
        </button>
      </form>
      <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={onCancel}>
        {t('handOver.forgotten.cancel')}
      </button>
    </>
  );
}
