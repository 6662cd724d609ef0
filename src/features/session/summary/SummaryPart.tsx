/**
 * The "Session summary" part of a session (issue #4 item 3): what was decided, next steps,
 * the next review, and what the agreed grouping asks for. This file reads what the form
 * depends on (the case's latest grouping decision) and hands over to SummaryForm once it
 * is known, so the form's starting values (e.g. the suggested come-back words) are right.
 * The session page around it gives the heading.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { COLLABORATE_ENABLED } from '../../../content';
import { handOverPath, useCaseRecords, useRecord } from '../../../db';
import { Loading } from '../../../ui/Spinner';
import type { SessionPartProps } from '../session-part';
import { SummaryForm } from './SummaryForm';
import { asGrouping, latestDecision, printPath } from './summary-form';
import './summary.scss';

export function SummaryPart({ caseId, session }: SessionPartProps) {
  const { t } = useTranslation(['session-summary', 'validation', 'common', 'collaborate']);
  const decisions = useCaseRecords('grouping-decision', caseId);
  const caseRecord = useRecord('case', caseId);
  if (decisions === undefined) return <Loading label={t('common:loading')} />;
  const grouping = asGrouping(latestDecision(decisions)?.grouping);
  return (
    <>
      <p className="nhsuk-body">{t('intro')}</p>
      <p className="nhsuk-body">
        <Link to={printPath(caseId, session.id)}>{t('printLink')}</Link>
      </p>
      {COLLABORATE_ENABLED && session.status === 'completed' && caseRecord && (
        // Issue #5 item 5: CollaboRATE after the session, in hand-over mode.
        <div className="nhsuk-inset-text">
          <p className="nhsuk-body">
            {t('collaborate:handOver.offer', { name: String(caseRecord.preferredName) })}
          </p>
          <Link
            className="nhsuk-button nhsuk-button--secondary"
            to={handOverPath({ caseId, sessionId: session.id, part: 'collaborate' })}
          >
            {t('collaborate:handOver.start')}
          </Link>
        </div>
      )}
      <SummaryForm key={session.id} caseId={caseId} session={session} grouping={grouping} />
    </>
  );
}
