/**
 * `/practitioner/cases/:caseId/safety-plan/print`: the care team prints a young person's
 * safety plan (to hand to them, or for a family without a phone), from this device.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useRecord } from '../../db';
import { useCrisisContacts, useSafetyPlan } from '../../db/safety-plans';
import { Loading } from '../../ui/Spinner';
import { datesOfPlan, viewOfRecords } from '../../ui/safety-plan/bundle-view';
import { PrintableSafetyPlan } from '../../ui/safety-plan/PrintableSafetyPlan';
import { usePageTitle } from '../../ui/usePageTitle';

export function CasePrintPage() {
  const { t } = useTranslation(['my-safety-plan', 'safety-plan-content', 'common']);
  usePageTitle(t('print.pageTitle'), t('common:appName'));
  const { caseId } = useParams();
  const caseRecord = useRecord('case', caseId);
  const bundle = useSafetyPlan(caseId);
  const contacts = useCrisisContacts();
  const view = useMemo(() => (bundle?.plan ? viewOfRecords(bundle) : undefined), [bundle]);
  if (caseRecord === undefined) return <Loading label={t('common:loading')} />;
  if (!caseId || !caseRecord || caseRecord.deleted) {
    return (
      <>
        <h1 className="nhsuk-heading-l" tabIndex={-1}>
          {t('print.pageTitle')}
        </h1>
        <p className="nhsuk-body">{t('print.caseNotFound')}</p>
        <p className="nhsuk-body">
          <Link to="/practitioner">{t('print.toCaseload')}</Link>
        </p>
      </>
    );
  }
  if (bundle === undefined || contacts === undefined) {
    return <Loading label={t('common:loading')} />;
  }
  return (
    <PrintableSafetyPlan
      name={String(caseRecord['preferredName'] ?? '')}
      view={view}
      dates={bundle.plan ? datesOfPlan(bundle.plan) : undefined}
      contacts={contacts}
      backTo={`/practitioner/cases/${caseId}`}
      perspective="other"
    />
  );
}
