/**
 * The safety plans on this phone: the signed-in person's case (or cases, for a carer of
 * more than one young person), each with its plan. Someone not signed in is told how to
 * get their plan; the crisis lines above them still show.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCaseload, useSignedInAccount } from '../../../db';
import { Loading } from '../../../ui/Spinner';
import { CasePlan } from './CasePlan';

export function MyPlans() {
  const { t } = useTranslation(['my-safety-plan', 'common']);
  const account = useSignedInAccount();
  const cases = useCaseload();
  if (account === undefined || cases === undefined) {
    return <Loading label={t('common:loading')} />;
  }
  if (account === null) {
    return (
      <>
        <h2 className="nhsuk-heading-l">{t('plan.title')}</h2>
        <p className="nhsuk-body" data-testid="no-plan">
          {t('plan.signIn')} <Link to="/sign-in/family">{t('plan.signInLink')}</Link>
        </p>
      </>
    );
  }
  if (cases.length === 0) {
    return (
      <>
        <h2 className="nhsuk-heading-l">{t('plan.title')}</h2>
        <p className="nhsuk-body" data-testid="no-plan">
          {t('plan.noneYet')}
        </p>
      </>
    );
  }
  return (
    <>
      {cases.map(({ record }) => (
        <CasePlan
          key={record.id}
          caseId={record.id}
          name={String(record['preferredName'] ?? '')}
          account={account}
          named={cases.length > 1}
        />
      ))}
    </>
  );
}
