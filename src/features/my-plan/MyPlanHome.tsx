import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSignedInAccount } from '../../db';
import { usePageTitle } from '../../ui/usePageTitle';

/**
 * The young person's and family's home. Joining with a code works; the plan itself
 * (goals, safety plan, decisions) arrives with later issues, and until then this screen
 * says so rather than showing anything pretend.
 */
export function MyPlanHome() {
  const { t } = useTranslation(['homes', 'common', 'account']);
  usePageTitle(t('myPlan.title'), t('common:appName'));
  const account = useSignedInAccount();
  return (
    <>
      <h1 className="nhsuk-heading-l" tabIndex={-1}>
        {t('myPlan.title')}
      </h1>
      {account ? (
        <p className="nhsuk-body" data-testid="signed-in-as">
          {t('account:account.signedInAs', { name: account.displayName })}
        </p>
      ) : (
        account === null && (
          <>
            <p className="nhsuk-body">{t('account:join.haveCode')}</p>
            <Link className="nhsuk-button" to="/join">
              {t('account:join.joinLink')}
            </Link>
          </>
        )
      )}
      <p className="nhsuk-body">{t('myPlan.now')}</p>
      <div className="nhsuk-inset-text">
        <h2 className="nhsuk-heading-s">{t('comingSoon')}</h2>
        <p className="nhsuk-body">{t('myPlan.coming')}</p>
      </div>
      <p className="nhsuk-body app-emergency">{t('common:emergency')}</p>
    </>
  );
}
