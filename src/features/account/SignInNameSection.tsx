import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchSignInName } from '../../app/account/account';
import { SignInName } from './SignInName';

const FAMILY_ROLES: readonly string[] = ['young-person', 'carer'];

/**
 * On the account page of a young person or carer: their sign-in name, for signing in on
 * another phone. It is not kept on the device, so it is asked of the server each time
 * (offline, the page says to connect).
 */
export function SignInNameSection({ roles }: { roles: readonly string[] }) {
  const { t } = useTranslation('account');
  const family = roles.some((role) => FAMILY_ROLES.includes(role));
  const [name, setName] = useState<string | null | 'offline'>();

  useEffect(() => {
    if (!family) return;
    let current = true;
    void fetchSignInName().then((result) => {
      if (!current) return;
      if (result.ok) setName(result.value ?? null);
      else setName(result.failure.kind === 'offline' ? 'offline' : null);
    });
    return () => {
      current = false;
    };
  }, [family]);

  // Accounts from before sign-in names have none: nothing to show.
  if (!family || name === undefined || name === null) return null;
  return (
    <section aria-labelledby="sign-in-name-heading">
      <h2 className="nhsuk-heading-m" id="sign-in-name-heading">
        {t('account.signInNameTitle')}
      </h2>
      {name === 'offline' ? (
        <p className="nhsuk-body">{t('account.signInNameOffline')}</p>
      ) : (
        <>
          <SignInName name={name} />
          <p className="nhsuk-body">{t('account.signInNameExplain')}</p>
        </>
      )}
    </section>
  );
}
