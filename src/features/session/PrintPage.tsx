import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useRecord } from '../../db';
import type { SessionRecord } from '../../domain';
import { Loading } from '../../ui/Spinner';
import { usePageTitle } from '../../ui/usePageTitle';
import { SessionCaseNotFound } from './SessionCaseNotFound';
import { PrintableSummary } from './summary/PrintableSummary';

/** `/practitioner/cases/:caseId/sessions/:sessionId/print`: the summary, ready to print. */
export function PrintPage() {
  const { t } = useTranslation(['session', 'common']);
  const { caseId, sessionId } = useParams();
  const caseRecord = useRecord('case', caseId);
  const session = useRecord('session', sessionId);
  usePageTitle(t('print.title'), t('common:appName'));
  if (caseRecord === undefined || session === undefined) {
    return <Loading label={t('common:loading')} />;
  }
  if (!caseId || !caseRecord || caseRecord.deleted || !session || session.deleted) {
    return <SessionCaseNotFound />;
  }
  if (session.caseId !== caseId) return <SessionCaseNotFound />;
  return <PrintableSummary caseId={caseId} session={session as SessionRecord} />;
}
