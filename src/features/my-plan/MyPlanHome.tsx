import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCaseload, useSignedInAccount } from '../../db';
import { usePageTitle } from '../../ui/usePageTitle';
import { InstallPrompt } from './install/InstallPrompt';
import { PlanOnPhone } from './home/PlanOnPhone';
import { useScrollToHash } from './home/use-scroll-to-hash';

/**
 * Every namespace the home and the sections inside it use, loaded before the first
 * paint: a section asking for a new namespace later would suspend the whole page.
 */
export const HOME_NAMESPACES = [
  'homes',
  'common',
  'account',
  'my-safety-plan',
  'my-goals',
  'options',
  'collaborate',
  'my-notes',
  'my-information',
  'my-sharing',
] as const;

/**
 * The young person's and family's home (issue #8 item 1): their plan as it syncs to
 * their phone, read from the device so it works with no signal. "My safety plan" comes
 * first, one tap away for everyone (it opens with the crisis lines first, even for someone
 * not signed in); then, per plan, the sections in `PlanOnPhone`. A young person or carer
 * syncs only the case they were invited to; a carer of two children sees both.
 */
export function MyPlanHome() {
  const { t } = useTranslation([...HOME_NAMESPACES]);
  usePageTitle(t('myPlan.title'), t('common:appName'));
  const account = useSignedInAccount();
  const cases = useCaseload();
  const plans = account ? (cases ?? []) : [];
  useScrollToHash(account !== undefined && cases !== undefined);
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
            <p className="nhsuk-body">
              {t('account:join.alreadyJoined')}{' '}
              <Link to="/sign-in/family">{t('account:join.signInLink')}</Link>
            </p>
          </>
        )
      )}
      <p className="nhsuk-body">
        <Link
          className="nhsuk-button"
          to="/my-plan/safety-plan"
          id="my-safety-plan-link"
          data-testid="my-safety-plan-link"
        >
          {t('my-safety-plan:homeLink')}
        </Link>
      </p>
      {account && <InstallPrompt />}
      {account &&
        plans.map(({ record }, index) => (
          <PlanOnPhone
            key={record.id}
            caseRecord={record}
            userId={account.userId}
            accountRoles={account.roles}
            first={index === 0}
          />
        ))}
      {plans.length === 0 && <p className="nhsuk-body">{t('myPlan.now')}</p>}
      <p className="nhsuk-body app-emergency">{t('common:emergency')}</p>
    </>
  );
}
