/**
 * CollaboRATE across the caseload (issue #5 item 5): every response on this device with
 * the session it is about, so the practitioner's figures can count the sessions they led
 * (domain/collaborate-score.ts decides which count and how they are scored).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { AnyRecord, CollaborateRespondent } from '../domain';
import type { OurPlanDatabase } from './database';
import { localStore } from './local-store';

export interface CollaborateData {
  /** Live (not deleted) collaborate-response records, every case on this device. */
  responses: AnyRecord[];
  /** The live sessions those responses are about. */
  sessions: AnyRecord[];
}

export async function readCollaborateData(db: OurPlanDatabase): Promise<CollaborateData> {
  const responses = (await db.recordTable('collaborate-response').toArray()).filter(
    (r) => !r.deleted,
  );
  const ids = [...new Set(responses.map((r) => String(r['sessionId'])))];
  const sessions = (await db.recordTable('session').bulkGet(ids)).filter(
    (s): s is AnyRecord => s !== undefined && !s.deleted,
  );
  return { responses, sessions };
}

/** `now` as an ISO date-time in this device's time zone (so its month is the person's). */
export function localDateTime(now: Date = new Date()): string {
  const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');
  const offset = -now.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return (
    `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}` +
    `T${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())}` +
    `.${pad(now.getMilliseconds(), 3)}${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`
  );
}

/** Saves one CollaboRATE response (append-only: never edited afterwards). */
export function saveCollaborateResponse(
  caseId: string,
  sessionId: string,
  respondent: CollaborateRespondent,
  answers: readonly number[],
): Promise<AnyRecord> {
  return localStore().records.create('collaborate-response', caseId, {
    sessionId,
    respondent,
    answers: [...answers],
    completedOn: localDateTime(),
  });
}

/** Every CollaboRATE response on this device and their sessions; undefined while loading. */
export function useCollaborateData(): CollaborateData | undefined {
  return useLiveQuery(() => readCollaborateData(localStore().db), []);
}
