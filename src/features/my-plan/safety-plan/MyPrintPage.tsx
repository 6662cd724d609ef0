/**
 * `/my-plan/safety-plan/print[?case=<id>]`: the young person's or carer's safety plan,
 * ready to print from their phone, read from the phone only. The case is the one named,
 * else the first on the phone. Behind the same PIN as the plan on screen, if the person
 * chose one; a carer prints only a plan the young person shares with them.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useCaseRecords, useCaseload, useSignedInAccount } from '../../../db';
import { useCrisisContacts, useSafetyPlan } from '../../../db/safety-plans';
import { Loading } from '../../../ui/Spinner';
import { datesOfPlan, viewOfRecords } from '../../../ui/safety-plan/bundle-view';
import { PrintableSafetyPlan } from '../../../ui/safety-plan/PrintableSafetyPlan';
import { usePageTitle } from '../../../ui/usePageTitle';
import { raterFor } from '../goals/goal-view';
import { hiddenFromCarer } from './carer-view';
import { PinGate } from './PinGate';

export function MyPrintPage() {
  const { t } = useTranslation(['my-safety-plan', 'safety-plan-content', 'common']);
  usePageTitle(t('print.pageTitle'), t('common:appName'));
  return (
    <PinGate headingLevel={1}>
      <MyPrint />
    </PinGate>
  );
}

function MyPrint() {
  const { t } = useTranslation(['my-safety-plan', 'common']);
  const [params] = useSearchParams();
  const account = useSignedInAccount();
  const cases = useCaseload();
  const wanted = params.get('case');
  const chosen = cases?.find(({ record }) => record.id === wanted) ?? cases?.[0];
  const caseId = chosen?.record.id;
  const memberships = useCaseRecords('case-membership', caseId);
  const sharing = useCaseRecords('sharing-settings', caseId);
  const bundle = useSafetyPlan(caseId);
  const contacts = useCrisisContacts();
  const view = useMemo(() => (bundle?.plan ? viewOfRecords(bundle) : undefined), [bundle]);
  if (
    account === undefined ||
    cases === undefined ||
    memberships === undefined ||
    sharing === undefined
  ) {
    return <Loading label={t('common:loading')} />;
  }
  const nothing = (message: string) => (
    <>
      <h1 className="nhsuk-heading-l" tabIndex={-1}>
        {t('print.pageTitle')}
      </h1>
      <p className="nhsuk-body">{message}</p>
    </>
  );
  if (!account || !chosen || !caseId) return nothing(t('print.noPlan'));
  if (bundle === undefined || contacts === undefined) {
    return <Loading label={t('common:loading')} />;
  }
  const name = String(chosen.record['preferredName'] ?? '');
  const role = raterFor(memberships, account.userId, account.roles);
  if (hiddenFromCarer(role, sharing, account.userId)) {
    return nothing(t('plan.notShared', { name }));
  }
  return (
    <PrintableSafetyPlan
      name={name}
      view={view}
      dates={bundle.plan ? datesOfPlan(bundle.plan) : undefined}
      contacts={contacts}
      backTo="/my-plan/safety-plan"
      perspective={role === 'young-person' ? 'young-person' : 'other'}
    />
  );
}
