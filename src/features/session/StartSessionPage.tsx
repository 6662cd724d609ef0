import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useCaseRecords, useRecord, useSignedInAccount } from '../../db';
import { ErrorSummary } from '../../ui/form/ErrorSummary';
import { Loading } from '../../ui/Spinner';
import { usePageTitle } from '../../ui/usePageTitle';
import { SessionCaseNotFound } from './SessionCaseNotFound';
import { isSessionPart, sessionPath } from './session-part';
import { sessionInProgress, startSession } from './start-session';

/**
 * `/practitioner/cases/:caseId/session[?part=…]`: continues the case's session in
 * progress or starts one, then opens the part asked for (RESPECT first). Other screens
 * link here rather than to a session id, so "Start a session" and "Continue" are one link.
 */
export function StartSessionPage() {
  const { t } = useTranslation(['session', 'common']);
  usePageTitle(t('start.title'), t('common:appName'));
  const { caseId } = useParams();
  const [params] = useSearchParams();
  const asked = params.get('part');
  const part = isSessionPart(asked) ? asked : 'respect';
  const caseRecord = useRecord('case', caseId);
  const sessions = useCaseRecords('session', caseId);
  const account = useSignedInAccount();
  const navigate = useNavigate();
  const started = useRef(false);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!caseId || !caseRecord || caseRecord.deleted) return;
    if (sessions === undefined || account === undefined) return;
    const current = sessionInProgress(sessions);
    if (current) {
      void navigate(sessionPath(caseId, current.id, part), { replace: true });
      return;
    }
    if (started.current) return;
    started.current = true;
    startSession(caseId, account?.userId).then(
      (created) => void navigate(sessionPath(caseId, created.id, part), { replace: true }),
      () => {
        started.current = false;
        setFailed(true);
      },
    );
  }, [caseId, caseRecord, sessions, account, part, navigate]);

  if (caseRecord === null || caseRecord?.deleted) return <SessionCaseNotFound />;
  if (failed) {
    return (
      <>
        <h1 className="nhsuk-heading-l" tabIndex={-1}>
          {t('start.title')}
        </h1>
        <ErrorSummary title={t('start.failedTitle')} items={[{ message: t('start.failed') }]} />
        <Link to={`/practitioner/cases/${caseId ?? ''}`}>{t('backToCase')}</Link>
      </>
    );
  }
  return <Loading label={t('start.starting')} />;
}
