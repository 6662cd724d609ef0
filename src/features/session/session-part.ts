/**
 * The parts of a session (issue #4 item 3): a guided but non-linear flow, so each part
 * is its own screen under `/practitioner/cases/:caseId/sessions/:sessionId/:part`, and
 * the practitioner can open them in any order.
 */
import type { SessionRecord } from '../../domain';

export const SESSION_PARTS = [
  'respect',
  'current-view',
  'grouping',
  'options',
  'goals',
  'safety-plan',
  'summary',
] as const;
export type SessionPart = (typeof SESSION_PARTS)[number];

export function isSessionPart(value: string | undefined | null): value is SessionPart {
  return (SESSION_PARTS as readonly string[]).includes(value ?? '');
}

/** What every part screen is given by the session page around it. */
export interface SessionPartProps {
  caseId: string;
  session: SessionRecord;
}

export const sessionPath = (caseId: string, sessionId: string, part: SessionPart): string =>
  `/practitioner/cases/${caseId}/sessions/${sessionId}/${part}`;
