/**
 * The young person's safety plan while OurPlan is locked (issue #10 item 3): shown only
 * if they chose to keep it open, from the copy kept for that (src/db/open-safety-plan.ts).
 * The crisis lines always show first, whatever was chosen. Otherwise the unlock screen.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { readOpenPlans, readSafetyPlanOpen, localStore, type OpenPlans } from '../../db';
import type { SignedInAccount } from '../../db';
import type { PlanView } from '../../domain/safety-plan';
import { HelpNow } from '../../features/my-plan/safety-plan/HelpNow';
import { PlanStatus } from '../../features/my-plan/safety-plan/PlanStatus';
import { PlanSections } from '../../ui/safety-plan/PlanSections';
import { Loading } from '../../ui/Spinner';
import { usePageTitle } from '../../ui/usePageTitle';
import { UnlockScreen } from './UnlockScreen';

export function OpenSafetyPlanScreen({ account }: { account: SignedInAccount }) {
  const { t } = useTranslation(['my-safety-plan', 'lock', 'common', 'crisis-contacts']);
  const [copy, setCopy] = useState<OpenPlans | null>();
  usePageTitle(t('my-safety-plan:title'), t('common:appName'));

  useEffect(() => {
    let current = true;
    const { db } = localStore();
    void (async () => {
      const open =
        account.roles.includes('young-person') && (await readSafetyPlanOpen(db, account.userId));
      const plans = open ? await readOpenPlans(db, account.userId) : undefined;
      if (current) setCopy(plans ?? null);
    })().catch(() => {
      if (current) setCopy(null);
    });
    return () => {
      current = false;
    };
  }, [account]);

  if (copy === undefined) return <Loading label={t('common:loading')} />;
  if (copy === null) {
    return <UnlockScreen account={account} />;
  }
  return (
    <>
      <h1 className="nhsuk-heading-xl" tabIndex={-1}>
        {t('my-safety-plan:title')}
      </h1>
      <HelpNow />
      {copy.plans.map((plan) => (
        <section
          key={plan.caseId}
          aria-labelledby={`open-plan-${plan.caseId}`}
          data-testid="my-safety-plan"
        >
          <h2 className="nhsuk-heading-l" id={`open-plan-${plan.caseId}`}>
            {copy.plans.length > 1
              ? t('my-safety-plan:plan.titleFor', { name: plan.name })
              : t('my-safety-plan:plan.title')}
          </h2>
          <PlanStatus dates={plan} />
          <PlanSections view={plan.view as PlanView} headingLevel={3} perspective="young-person" />
        </section>
      ))}
      <div className="nhsuk-inset-text">
        <p className="nhsuk-body">{t('lock:openPlan.lockedNote')}</p>
        <p className="nhsuk-body">
          <Link to="/">{t('lock:openPlan.unlock')}</Link>
        </p>
      </div>
    </>
  );
}
