import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCaseload, useSignedInAccount } from '../../db';
import { formatCalendarDate } from '../../ui/format-date';
import { usePageTitle } from '../../ui/usePageTitle';
import { CollaborateInvite } from './CollaborateInvite';
import { MyGoals } from './goals/MyGoals';
import { LastSession } from './LastSession';
import { OurDecisions } from './OurDecisions';

/**
 * The young person's and family's home: their plan as it syncs to their phone. Who the
 * plan is for, when it will next be looked at together, a CollaboRATE invitation after a
 * session, their goals with a "rate now", what the last session agreed and what was
 * decided together. "My safety plan" is linked near the top, for everyone: it opens
 * with the crisis lines first, even for someone not signed in.
 */
export function MyPlanHome() {
  const { t, i18n } = useTranslation(['homes', 'common', 'account', 'my-safety-plan']);
  usePageTitle(t('myPlan.title'), t('common:appName'));
  const account = useSignedInAccount();
  // A young person or carer syncs only the case they were invited to.
  const cases = useCaseload();
  const plans = account ? (cases ?? []) : [];
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
        <Link className="nhsuk-button" to="/my-plan/safety-plan" data-testid="my-safety-plan-link">
          {t('my-safety-plan:homeLink')}
        </Link>
      </p>
      {plans.map(({ record }) => (
        <section key={record.id} data-testid="my-plan-case">
          <h2 className="nhsuk-heading-m">
            {t('myPlan.hello', { name: String(record.preferredName) })}
          </h2>
          <p className="nhsuk-body" data-testid="my-plan-review">
            {typeof record.nextReviewOn === 'string'
              ? t('myPlan.nextReview', {
                  date: formatCalendarDate(record.nextReviewOn, i18n.language),
                })
              : t('myPlan.noReview')}
          </p>
          <CollaborateInvite caseId={record.id} />
          <MyGoals caseId={record.id} />
          <LastSession caseId={record.id} />
          <OurDecisions caseId={record.id} />
        </section>
      ))}
      {plans.length === 0 && <p className="nhsuk-body">{t('myPlan.now')}</p>}
      <p className="nhsuk-body app-emergency">{t('common:emergency')}</p>
    </>
  );
}
