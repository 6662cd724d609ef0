import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { joinWithCode, type SignedIn } from '../../app/account/account';
import { joinFormSchema, type JoinForm } from '../../domain';
import { ErrorSummary } from '../../ui/form/ErrorSummary';
import { TextField } from '../../ui/form/TextField';
import { usePageTitle } from '../../ui/usePageTitle';
import { hashParam } from './hash-param';
import { SignInName } from './SignInName';
import { useAccountForm } from './useAccountForm';

/**
 * A young person (or carer) links their phone to their plan with the code their
 * practitioner gave them. Plain words: this is often the first screen they see.
 *
 * The practitioner's invite screen shows a QR code of `/join#code=K7QM-3XPA-9T`: the code
 * fills in the field and then leaves the address bar (a fragment never reaches the
 * server, and this keeps it out of the history and of screenshots).
 *
 * Once joined, the screen shows their sign-in name (for another phone) before they go on
 * to their plan, so they see it at least once; the account page shows it again later.
 */
export function JoinPage() {
  const { t } = useTranslation(['account', 'common']);
  const [joined, setJoined] = useState<SignedIn>();
  usePageTitle(joined ? t('join.joinedTitle') : t('join.title'), t('common:appName'));
  const { pathname, search, hash } = useLocation();
  const codeFromLink = hashParam(hash, 'code');
  const { form, onSubmit, summaryProps, fieldProps } = useAccountForm<JoinForm>({
    idPrefix: 'join',
    schema: joinFormSchema,
    fields: ['code', 'displayName', 'passphrase'],
    action: async (values) => {
      const result = await joinWithCode(values);
      if (result.ok) setJoined(result.value);
      return result;
    },
    refusedMessage: t('join.codeNotRight'),
    // Stay here: the confirmation below replaces the form.
    next: '/join',
  });

  useEffect(() => {
    if (codeFromLink === undefined) return;
    form.setValue('code', codeFromLink);
    window.history.replaceState(window.history.state, '', `${pathname}${search}`);
  }, [codeFromLink, form, pathname, search]);

  if (joined) return <Joined signInName={joined.signInName} />;
  return (
    <>
      <ErrorSummary {...summaryProps} />
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
      <h2 className="nhsuk-heading-s">{t('join.alreadyJoined')}</h2>
      <p className="nhsuk-body">
        <Link to="/sign-in/family">{t('join.signInLink')}</Link>
      </p>
    </>
  );
}

/** Joined: the sign-in name, what it is for, and on to their plan. */
function Joined({ signInName }: { signInName: string | undefined }) {
  const { t } = useTranslation('account');
  const heading = useRef<HTMLHeadingElement>(null);
  // The form was replaced without a change of page: move focus as a new page would.
  useEffect(() => heading.current?.focus(), []);
  return (
    <>
      <h1 className="nhsuk-heading-l" tabIndex={-1} ref={heading}>
        {t('join.joinedTitle')}
      </h1>
      <p className="nhsuk-body-l">{t('join.joined')}</p>
      {signInName !== undefined && (
        <div className="nhsuk-inset-text">
          <h2 className="nhsuk-heading-m">{t('join.yourSignInName')}</h2>
          <SignInName name={signInName} />
          <p className="nhsuk-body">{t('join.signInNameExplain')}</p>
          <p className="nhsuk-body">{t('join.keepPassphrase')}</p>
        </div>
      )}
      <Link className="nhsuk-button" to="/my-plan">
        {t('join.goToPlan')}
      </Link>
    </>
  );
}
