import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSignedInAccount } from '../../db';
import { usePageTitle } from '../../ui/usePageTitle';

/**
 * The practitioner's home. Signing in works; the caseload lands with issue #4, so until
 * then the screen says plainly what is coming and shows no case data.
 */
export function PractitionerHome() {
  const { t } = useTranslation(['homes', 'common']);
  usePageTitle(t('practitioner.title'), t('common:appName'));
  const account = useSignedInAccount();
  return (
    <>
      <h1 className="nhsuk-heading-l" tabIndex={-1}>
        {t('practitioner.title')}
      </h1>
      {account === null && (
        <>
          <p className="nhsuk-body">{t('practitioner.signInFirst')}</p>
          <Link className="nhsuk-button" to="/sign-in">
            {t('practitioner.signIn')}
          </Link>
        </>
      )}
      {account && (
        <p className="nhsuk-body" data-testid="signed-in-as">
          {t('practitioner.signedInAs', { name: account.displayName })}{' '}
          <Link to="/account">{t('practitioner.yourAccount')}</Link>
        </p>
      )}
      <div className="nhsuk-inset-text">
        <h2 className="nhsuk-heading-s">{t('comingSoon')}</h2>
        <p className="nhsuk-body">{t('practitioner.coming')}</p>
      </div>
      <p className="nhsuk-body">{t('practitioner.now')}</p>
    </>
  );
}
