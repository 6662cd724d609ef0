/**
 * CollaboRATE scoring (issue #5 item 5): how shared the young person and their family
 * felt a session was, as the practitioner sees it over time. Pure rules; the question
 * wording is content (src/content/collaborate.ts).
 *
 * Design choices:
 * - The standard CollaboRATE "top score" scoring: a response is a top score when all
 *   three questions were answered 9 ("Every effort was made"); the figure is the share of
 *   responses that are top scores. Mean scores are not shown: the measure's authors
 *   recommend the top-score proportion because answers cluster at the top of the scale.
 * - `rate` is a fraction 0–1, or null when there are no responses (never 0/0 shown as 0%).
 * - A month is the `YYYY-MM` of `completedOn` as written, i.e. in the time zone of the
 *   device it was answered on: the person's own calendar month, and the same on every
 *   device that reads it.
 * - Which responses count for a practitioner: those about a session they led, meaning the
 *   session record was created by them (`createdBy`) or they are named in its attendees by
 *   user id. A session run by two practitioners counts for both. Responses to sessions
 *   that are deleted or not on this device do not count: without the session we cannot
 *   tell who led it.
 * - Who answers: the person's role on the case (their `case-membership`), young person or
 *   carer; when the device has no membership for them (a family device receives only its
 *   own case), their account's roles decide. Staff never answer as a family member.
 */
import type { AnyRecord } from './record';

/** The answer that means "Every effort was made". */
export const COLLABORATE_TOP_ANSWER = 9;

export type CollaborateRespondent = 'young-person' | 'parent-carer';

export interface CollaborateFigures {
  responses: number;
  topScores: number;
  /** topScores / responses, 0–1; null when there are no responses. */
  rate: number | null;
}

export interface CollaborateMonthFigures extends CollaborateFigures {
  /** YYYY-MM */
  month: string;
}

interface Scored {
  answers: readonly number[];
}
interface ScoredOn extends Scored {
  completedOn: string;
}

/** All three questions answered 9. */
export function isTopScore(answers: readonly number[]): boolean {
  return answers.length === 3 && answers.every((a) => a === COLLABORATE_TOP_ANSWER);
}

export function topScoreRate(responses: readonly Scored[]): CollaborateFigures {
  const topScores = responses.filter((r) => isTopScore(r.answers)).length;
  return {
    responses: responses.length,
    topScores,
    rate: responses.length === 0 ? null : topScores / responses.length,
  };
}

/** The figures for each calendar month that has responses, oldest month first. */
export function topScoreByMonth(responses: readonly ScoredOn[]): CollaborateMonthFigures[] {
  const byMonth = new Map<string, ScoredOn[]>();
  for (const r of responses) {
    const month = r.completedOn.slice(0, 7);
    byMonth.set(month, [...(byMonth.get(month) ?? []), r]);
  }
  return [...byMonth.keys()]
    .sort()
    .map((month) => ({ month, ...topScoreRate(byMonth.get(month) ?? []) }));
}

/** Whether `userId` led the session: they created it or are named among its attendees. */
export function sessionLedBy(session: AnyRecord, userId: string): boolean {
  if (session.createdBy === userId) return true;
  const attendees = Array.isArray(session['attendees']) ? (session['attendees'] as unknown[]) : [];
  return attendees.some(
    (a) => typeof a === 'object' && a !== null && (a as { userId?: unknown }).userId === userId,
  );
}

/** The responses that count for a practitioner: about live sessions they led. */
export function responsesForPractitioner<R extends AnyRecord>(
  responses: readonly R[],
  sessions: readonly AnyRecord[],
  userId: string,
): R[] {
  const led = new Set(
    sessions.filter((s) => !s.deleted && sessionLedBy(s, userId)).map((s) => s.id),
  );
  return responses.filter((r) => !r.deleted && led.has(String(r['sessionId'])));
}

/**
 * Who the signed-in person answers as on a case, from that case's memberships and their
 * account roles; null when they are not the young person or a carer on it.
 */
export function collaborateRespondentFor(
  memberships: readonly AnyRecord[],
  userId: string,
  accountRoles: readonly string[],
): CollaborateRespondent | null {
  const mine = memberships.filter(
    (m) => !m.deleted && m['userId'] === userId && m['active'] === true,
  );
  if (mine.length > 0) {
    if (mine.some((m) => m['role'] === 'young-person')) return 'young-person';
    if (mine.some((m) => m['role'] === 'carer')) return 'parent-carer';
    return null;
  }
  if (accountRoles.includes('practitioner') || accountRoles.includes('admin')) return null;
  if (accountRoles.includes('young-person')) return 'young-person';
  if (accountRoles.includes('carer')) return 'parent-carer';
  return null;
}

/**
 * Whether this person has already answered for the session: a carer by their own
 * response; the young person by any young person's response to it (also one given on the
 * practitioner's tablet in hand-over mode).
 */
export function hasAnswered(
  responses: readonly AnyRecord[],
  sessionId: string,
  respondent: CollaborateRespondent,
  userId: string,
): boolean {
  return responses.some(
    (r) =>
      !r.deleted &&
      r['sessionId'] === sessionId &&
      r['respondent'] === respondent &&
      (respondent === 'young-person' || r.createdBy === userId),
  );
}
