import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useCaseRecords, useRecord } from '../../../db';
import { Loading } from '../../../ui/Spinner';
import { usePageTitle } from '../../../ui/usePageTitle';
import { CaseNotFound } from '../CaseNotFound';
import { CarerSharingCard } from './CarerSharingCard';
import { caseCarers } from '../../../domain/carer-sharing';
import './case-sharing.scss';

/**
 * What each parent or carer can see of a young person's plan, at
 * /practitioner/cases/:caseId/sharing (issue #8 item 5). The young person decides where
 * they can (on their phone, or here, recorded by the practitioner in a session); the
 * practitioner may decide instead, with a written reason, when the young person is not
 * yet able to decide or for safeguarding. Saved on this device and synced later; the
 * server then sends each carer's phone only what is shared.
 */
export function CaseSharingPage() {
  const { t } = useTranslation(['case-sharing', 'cases', 'common', 'validation']);
  const { caseId } = useParams();
  const record = useRecord('case', caseId);
  const memberships = useCaseRecords('case-membership', caseId);
  const settings = useCaseRecords('sharing-settings', caseId);
  const name = record ? String(record['preferredName'] ?? '') : '';
  usePageTitle(record ? t('title', { name }) : t('cases:case.notFound'), t('common:appName'));

  if (record === undefined || memberships === undefined || settings === undefined) {
    return <Loading label={t('common:loading')} />;
  }
  if (record === null || record.deleted) return <CaseNotFound />;
  const carers = caseCarers(memberships, settings);

  return (
    <>
      <p className="nhsuk-body">
        <Link to={`/practitioner/cases/${record.id}`}>{t('back', { name })}</Link>
      </p>
      <h1 className="nhsuk-heading-l" tabIndex={-1}>
        {t('title', { name })}
      </h1>
      <p className="nhsuk-body">{t('lead', { name })}</p>
      <p className="nhsuk-body">{t('leadPractitioner', { name })}</p>
      {carers.length === 0 ? (
        <>
          <p className="nhsuk-body" data-testid="case-sharing-no-carers">
            {t('noCarers')}
          </p>
          <Link
            className="nhsuk-button nhsuk-button--secondary"
            to={`/practitioner/cases/${record.id}/invite`}
          >
            {t('invite')}
          </Link>
        </>
      ) : (
        carers.map((carer) => (
          <CarerSharingCard
            key={carer.userId}
            caseId={record.id}
            youngPerson={name}
            carer={carer}
          />
        ))
      )}
    </>
  );
}
