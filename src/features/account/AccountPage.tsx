import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSignedInAccount } from '../../db';
import { usePageTitle } from '../../ui/usePageTitle';
import { ImportUnsentSection } from './ImportUnsentSection';
import { ManageUsersLink } from './ManageUsersLink';
import { SessionsSection } from './SessionsSection';
import { SignInNameSection } from './SignInNameSection';
import { SignOutSection } from './SignOutSection';

/** Who is signed in, where else they are signed in, and signing out safely. */
export function AccountPage() {
  const { t } = useTranslation(['account', 'common']);
  usePageTitle(t('account.title'), t('common:appName'));
  const account = useSignedInAccount();
  if (account === undefined) return null;
  return (
    <>
      <h1 className="nhsuk-heading-l" tabIndex={-1}>
        {t('account.title')}
      </h1>
      {account === null ? (
        <>
          <p className="nhsuk-body">{t('account.notSignedIn')}</p>
          <p className="nhsuk-body">
            <Link to="/sign-in">{t('account.signInLink')}</Link>
          </p>
        </>
      ) : (
        <>
          <p className="nhsuk-body" data-testid="signed-in-as">
            {t('account.signedInAs', { name: account.displayName })}
          </p>
          <SignInNameSection roles={account.roles} />
          <ManageUsersLink roles={account.roles} />
          <SessionsSection />
          <ImportUnsentSection />
          <SignOutSection />
        </>
      )}
    </>
  );
}
