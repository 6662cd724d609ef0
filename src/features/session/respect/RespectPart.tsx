import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RESPECT_CONTENT } from '../../../content';
import { useCaseRecords, useRecord } from '../../../db';
import { respectCoverage, type RespectItemState } from '../../../domain';
import { Loading } from '../../../ui/Spinner';
import type { SessionPartProps } from '../session-part';
import { RespectForm } from './RespectForm';
import './respect.scss';

/**
 * The RESPECT part of a session (domain/THRIVE.md §3): the young person's rights, each
 * marked as talked about, not yet, or not relevant today, with their own words. The
 * practitioner can hand the tablet over for this part.
 */
export function RespectPart({ caseId, session }: SessionPartProps) {
  const { t } = useTranslation(['session', 'common']);
  const caseRecord = useRecord('case', caseId);
  const records = useCaseRecords('respect-item', caseId);
  if (records === undefined || !caseRecord) return <Loading label={t('common:loading')} />;
  const coverage = respectCoverage(RESPECT_CONTENT, records as unknown as RespectItemState[]);
  const covered = RESPECT_CONTENT.items.length - coverage.neverCovered.length;
  const name = String(caseRecord.preferredName);
  return (
    <>
      <p className="nhsuk-body">{t('respect.practitioner.lead', { name })}</p>
      <p className="nhsuk-body" data-testid="respect-coverage">
        {t('respect.practitioner.coverage', { covered, total: RESPECT_CONTENT.items.length })}
      </p>
      {session.status !== 'completed' && (
        <div className="nhsuk-inset-text">
          <p className="nhsuk-body">{t('handOver.offer', { name })}</p>
          <Link
            className="nhsuk-button nhsuk-button--secondary"
            to={`/practitioner/cases/${caseId}/sessions/${session.id}/hand-over/respect`}
          >
            {t('handOver.start')}
          </Link>
        </div>
      )}
      <RespectForm
        caseId={caseId}
        sessionId={session.id}
        name={name}
        audience="practitioner"
        records={records}
      />
    </>
  );
}
