/**
 * Starting a session from a case: the practitioner taps "Start a session" and lands in
 * it. A case has at most one session in progress, so going back to a case that already
 * has one continues it rather than starting another.
 *
 * Design choices:
 * - The session record is written at once (status `in-progress`, dated today on this
 *   device), so everything done in the session can point to it, offline included.
 * - Starting is guarded per case for the life of the page: React may run an effect twice,
 *   and a live query may re-render before the new record is read back, and neither must
 *   start two sessions.
 */
import { localStore } from '../../db';
import type { AnyRecord } from '../../domain';
import { todayOnDevice } from '../../ui/format-date';

const starting = new Map<string, Promise<AnyRecord>>();

/** The case's session in progress, if any: the most recently dated, then created. */
export function sessionInProgress(sessions: readonly AnyRecord[]): AnyRecord | undefined {
  return sessions
    .filter((s) => !s.deleted && s.status === 'in-progress')
    .sort((a, b) =>
      String(a.date) === String(b.date)
        ? b.createdAt.localeCompare(a.createdAt)
        : String(b.date).localeCompare(String(a.date)),
    )[0];
}

/** Start a session on a case, or return the one this page is already starting. */
export function startSession(
  caseId: string,
  practitionerId: string | undefined,
): Promise<AnyRecord> {
  const already = starting.get(caseId);
  if (already) return already;
  const attendees = [
    { role: 'young-person' },
    practitionerId ? { role: 'practitioner', userId: practitionerId } : { role: 'practitioner' },
  ];
  const created = localStore().records.create('session', caseId, {
    date: todayOnDevice(),
    attendees,
    status: 'in-progress',
  });
  starting.set(caseId, created);
  // A failed start may be tried again; a successful one is found as "in progress" later.
  created.then(
    () => starting.delete(caseId),
    () => starting.delete(caseId),
  );
  return created;
}
