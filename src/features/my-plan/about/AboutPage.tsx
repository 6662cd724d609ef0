import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCaseload, useCaseRecords, useSignedInAccount, type SignedInAccount } from '../../../db';
import type { AnyRecord } from '../../../domain';
import { Loading } from '../../../ui/Spinner';
import { usePageTitle } from '../../../ui/usePageTitle';
import { raterFor } from '../goals/goal-view';
import { SharedWithWhom } from '../sharing/SharedWithWhom';
import { CareTeam } from './CareTeam';
import { PlanLog } from './PlanLog';
import { Understanding } from './Understanding';

/**
 * "About my information" (issue #8 item 7; RESPECT: Clarity): what the care team
 * understands, in their words for the young person; who has the plan (the care team by
 * name, and what each parent or carer can see); and who has looked at or changed it,
 * from the server's audit log.
 *
 * A carer gets neither the care team's understanding (the server never sends it) nor the
 * log (the server refuses it), so their page says so and shows what they can: who has the
 * plan and what they are shown. A young person syncs only their own plan; someone with
 * more than one (a carer of two) sees each under its own heading.
 */
export function AboutPage() {
  const { t } = useTranslation(['my-information', 'my-sharing', 'common']);
  usePageTitle(t('title'), t('common:appName'));
  const account = useSignedInAccount();
  const cases = useCaseload();
  if (account === undefined || cases === undefined) return <Loading label={t('common:loading')} />;
  const plans = account ? cases.map((c) => c.record) : [];
  return (
    <>
      <h1 className="nhsuk-heading-l" tabIndex={-1}>
        {t('title')}
      </h1>
      <p className="nhsuk-body">{t('intro')}</p>
      {plans.length === 0 && <p className="nhsuk-body">{t('noPlan')}</p>}
      {account &&
        plans.map((plan) =>
          plans.length === 1 ? (
            <AboutPlan key={plan.id} plan={plan} account={account} level={2} />
          ) : (
            <section key={plan.id} aria-labelledby={`about-plan-${plan.id}`}>
              <h2 className="nhsuk-heading-l" id={`about-plan-${plan.id}`}>
                {t('planFor', { name: String(plan.preferredName) })}
              </h2>
              <AboutPlan plan={plan} account={account} level={3} />
            </section>
          ),
        )}
      <p className="nhsuk-body">
        <Link to="/my-plan/rights">{t('rightsLink')}</Link>
      </p>
    </>
  );
}

function AboutPlan({
  plan,
  account,
  level,
}: {
  plan: AnyRecord;
  account: SignedInAccount;
  level: 2 | 3;
}) {
  const { t } = useTranslation(['my-information', 'my-sharing', 'common']);
  const memberships = useCaseRecords('case-membership', plan.id);
  if (memberships === undefined) return <Loading label={t('common:loading')} />;
  const youngPerson = raterFor(memberships, account.userId, account.roles) === 'young-person';
  const name = String(plan.preferredName);
  const Heading = level === 2 ? 'h2' : 'h3';
  const whoHasId = `who-has-${plan.id}`;
  return (
    <>
      {youngPerson ? (
        <Understanding
          caseId={plan.id}
          text={typeof plan['understanding'] === 'string' ? plan['understanding'] : undefined}
          headingLevel={level}
        />
      ) : (
        <div className="nhsuk-inset-text" data-testid="about-carer-note">
          <p>{t('carer.note', { name })}</p>
          <p>
            <Link to="/my-plan/sharing">{t('carer.sharingLink', { name })}</Link>
          </p>
        </div>
      )}
      <section aria-labelledby={whoHasId}>
        <Heading className="nhsuk-heading-m" id={whoHasId}>
          {t('whoHas.heading')}
        </Heading>
        <CareTeam memberships={memberships} headingLevel={level === 2 ? 3 : 4} />
        <SharedWithWhom caseId={plan.id} />
      </section>
      {youngPerson && <PlanLog caseId={plan.id} headingLevel={level} />}
    </>
  );
}
