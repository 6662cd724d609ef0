import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCaseload, useSignedInAccount } from '../../../db';
import { Loading } from '../../../ui/Spinner';
import { usePageTitle } from '../../../ui/usePageTitle';
import { CarerView } from './CarerView';
import { YoungPersonSharing } from './YoungPersonSharing';
import { useSharing } from './use-sharing';

/**
 * "Who can see my plan", at /my-plan/sharing (issue #8 item 5, and item 6 for carers).
 * A young person chooses, per carer, which parts of their plan reach that carer's phone;
 * a carer sees, read-only, what the young person shares with them. Everything is read
 * from and saved on this phone, so it works offline; sync sends it later.
 *
 * A carer of two children has two plans here, each under its own heading.
 */
export function SharingPage() {
  const { t } = useTranslation(['my-sharing', 'common', 'validation']);
  const account = useSignedInAccount();
  const cases = useCaseload();
  // A carer reads what is shared with them; "my plan" is the young person's.
  const carerOnly = !!account?.roles.includes('carer') && !account.roles.includes('young-person');
  const title = t(carerOnly ? 'page.titleCarer' : 'page.title');
  usePageTitle(title, t('common:appName'));

  let body;
  if (account === undefined || (account && cases === undefined)) {
    body = <Loading label={t('common:loading')} />;
  } else if (account === null) {
    body = (
      <>
        <p className="nhsuk-body">{t('page.signIn')}</p>
        <p className="nhsuk-body">
          <Link to="/sign-in/family">{t('page.signInLink')}</Link>
        </p>
      </>
    );
  } else if (!cases || cases.length === 0) {
    body = <p className="nhsuk-body">{t('page.noPlan')}</p>;
  } else {
    const several = cases.length > 1;
    body = cases.map(({ record }) => (
      <PlanSharing
        key={record.id}
        caseId={record.id}
        heading={several ? t('page.planOf', { name: String(record['preferredName'] ?? '') }) : ''}
      />
    ));
  }

  return (
    <>
      <h1 className="nhsuk-heading-l" tabIndex={-1}>
        {title}
      </h1>
      {body}
      <p className="nhsuk-body">
        <Link to="/my-plan">{t('page.back')}</Link>
      </p>
    </>
  );
}

/** One plan: the young person's choices, or what a carer is shown. */
function PlanSharing({ caseId, heading }: { caseId: string; heading: string }) {
  const { t } = useTranslation(['my-sharing', 'common']);
  const data = useSharing(caseId);
  if (data === undefined) return <Loading label={t('common:loading')} />;
  if (!data.account || data.role === null) return null;
  // With one plan, each carer gets an h2; with several, the plan does and carers an h3.
  const level = heading ? 3 : 2;
  return (
    <section data-testid="plan-sharing">
      {heading && <h2 className="nhsuk-heading-m">{heading}</h2>}
      {data.role === 'young-person' ? (
        <YoungPersonSharing caseId={caseId} carers={data.carers} level={level} />
      ) : (
        <CarerView
          name={data.name}
          carer={data.carers.find((c) => c.userId === data.account?.userId)}
          level={level}
        />
      )}
    </section>
  );
}
