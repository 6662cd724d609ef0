/**
 * The young person's audit log, fetched when there is a connection (and again when one
 * comes back, or when they ask). Offline is a state of its own, said plainly: the log is
 * kept on the server, never on the phone.
 */
import { useEffect, useState } from 'react';
import type { ApiFailure, ApiResult } from '../../../app/account/api';
import type { PlainAuditEvent } from '../../../domain';
import { useOnlineStatus } from '../../../ui/useOnlineStatus';
import { fetchPlanLog } from './audit-api';

export type PlanLogState =
  | { status: 'offline' }
  | { status: 'loading' }
  | { status: 'loaded'; events: PlainAuditEvent[] }
  | { status: 'failed'; failure: ApiFailure };

export function usePlanLog(caseId: string): { state: PlanLogState; retry: () => void } {
  const online = useOnlineStatus();
  const [attempt, setAttempt] = useState(0);
  // The answer with the request it answers, so a stale one never shows as current.
  const [answer, setAnswer] = useState<{ key: string; result: ApiResult<PlainAuditEvent[]> }>();
  const key = `${caseId}:${attempt}`;

  useEffect(() => {
    if (!online) return;
    let current = true;
    void fetchPlanLog(caseId).then((result) => {
      if (current) setAnswer({ key: `${caseId}:${attempt}`, result });
    });
    return () => {
      current = false;
    };
  }, [caseId, attempt, online]);

  const retry = () => setAttempt((n) => n + 1);
  if (!online) return { state: { status: 'offline' }, retry };
  if (!answer || answer.key !== key) return { state: { status: 'loading' }, retry };
  const { result } = answer;
  if (result.ok) return { state: { status: 'loaded', events: result.value }, retry };
  if (result.failure.kind === 'offline') return { state: { status: 'offline' }, retry };
  return { state: { status: 'failed', failure: result.failure }, retry };
}
