/**
 * One case's safety plan on the young person's or carer's phone: its status and dates,
 * the plan (PlanSections), the form to add to it in their own words, and a link to print.
 *
 * Design choices:
 * - Read from this phone only (`useSafetyPlan`), whatever sync is doing.
 * - A carer sees the plan only while the young person shares it with them (carer-view.ts).
 * - Only the young person adds from the phone: the server's write policy lets young
 *   people add items and does not let carers (src/server/access/write-policy.ts).
 * - Every plan shown is remembered in memory (last-good-copy.ts), so a later failed read
 *   still leaves it on screen.
 */
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCaseRecords, type SignedInAccount } from '../../../db';
import { useSafetyPlan } from '../../../db/safety-plans';
import { PlanSections } from '../../../ui/safety-plan/PlanSections';
import { datesOfPlan, viewOfRecords } from '../../../ui/safety-plan/bundle-view';
import { Loading } from '../../../ui/Spinner';
import { raterFor } from '../goals/goal-view';
import { AddItemForm } from './AddItemForm';
import { hiddenFromCarer } from './carer-view';
import { rememberShownPlan } from './last-good-copy';
import { PlanStatus } from './PlanStatus';

export interface CasePlanProps {
  caseId: string;
  name: string;
  account: SignedInAccount;
  /** More than one plan on this phone (a carer of two): each is titled with the name. */
  named: boolean;
}

export function CasePlan({ caseId, name, account, named }: CasePlanProps) {
  const { t } = useTranslation(['my-safety-plan', 'common']);
  const bundle = useSafetyPlan(caseId);
  const memberships = useCaseRecords('case-membership', caseId);
  const sharing = useCaseRecords('sharing-settings', caseId);
  const view = useMemo(() => (bundle ? viewOfRecords(bundle) : undefined), [bundle]);
  const plan = bundle?.plan;
  const dates = useMemo(() => (plan ? datesOfPlan(plan) : undefined), [plan]);
  const role = memberships ? raterFor(memberships, account.userId, account.roles) : null;
  // Unknown until who this person is on the case, and what is shared with them, is read.
  const hidden =
    memberships === undefined ||
    sharing === undefined ||
    hiddenFromCarer(role, sharing, account.userId);

  useEffect(() => {
    if (view && dates && !hidden) rememberShownPlan({ caseId, name, view, ...dates });
  }, [caseId, name, view, dates, hidden]);

  const headingId = `my-safety-plan-${caseId}`;
  const title = named ? t('plan.titleFor', { name }) : t('plan.title');
  if (bundle === undefined || memberships === undefined || sharing === undefined) {
    return <Loading label={t('common:loading')} />;
  }
  const heading = (
    <h2 className="nhsuk-heading-l" id={headingId}>
      {title}
    </h2>
  );
  if (!plan || !view || !dates) {
    return (
      <section aria-labelledby={headingId} data-testid="my-safety-plan">
        {heading}
        <p className="nhsuk-body" data-testid="no-plan">
          {t(role === 'carer' ? 'plan.noneCarer' : 'plan.none', { name })}
        </p>
      </section>
    );
  }
  if (hidden) {
    return (
      <section aria-labelledby={headingId} data-testid="my-safety-plan">
        {heading}
        <p className="nhsuk-body" data-testid="plan-not-shared">
          {t('plan.notShared', { name })}
        </p>
      </section>
    );
  }
  const nextOrder = Math.max(0, ...bundle.items.map((i) => Number(i['order']) || 0)) + 1;
  return (
    <section aria-labelledby={headingId} data-testid="my-safety-plan">
      {heading}
      <PlanStatus dates={dates} />
      <PlanSections
        view={view}
        headingLevel={3}
        perspective={role === 'young-person' ? 'young-person' : 'other'}
      />
      {role === 'young-person' ? (
        <AddItemForm caseId={caseId} planId={plan.id} role={role} nextOrder={nextOrder} />
      ) : (
        <p className="nhsuk-body">{t('plan.carerCannotAdd', { name })}</p>
      )}
      <p className="nhsuk-body app-no-print">
        <Link to={`/my-plan/safety-plan/print?case=${caseId}`}>{t('plan.print')}</Link>
      </p>
    </section>
  );
}
