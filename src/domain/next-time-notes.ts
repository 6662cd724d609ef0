/**
 * Which of the young person's own notes are "for next time" (issue #8 item 2, RESPECT:
 * Expression): their questions and the things they want to say, written since the last
 * session that was completed. Both the young person's phone (What I want to talk about
 * next time) and the practitioner's session screen (From Sam since the last session)
 * read them through these rules, so the two always agree.
 *
 * Design choices:
 * - "Written by the young person" is the note's envelope `createdBy` matched against the
 *   case's active young-person memberships (plus, on the young person's own phone, their
 *   account): the server sets `createdBy` from the signed-in account, so nobody can write
 *   a note as the young person. A practitioner's own notes never count here.
 * - Only purposes 'expression' and 'question' count; session notes and care-team
 *   messages are not the young person's words for next time.
 * - A note that a later note supersedes (`supersedesNoteId`) is replaced by it.
 * - When a completed session "ended", for these lists: the moment its status was last
 *   set (the HLC wall time of its `status` field, which says when it was marked
 *   completed), but never later than the end of its date on this device. A session date
 *   has no time, so the date alone cannot say whether a note written that day came before
 *   or after the meeting: by date alone, a note written the evening after the meeting
 *   would never appear anywhere, or one written that morning would appear twice. The
 *   status clock places it; the end of the day covers a session recorded days later
 *   (marked completed on Wednesday for a meeting on Monday), where a note from Tuesday
 *   must still count as "since".
 * - "The last completed session" is the one that ended latest by that rule. For a given
 *   session on the practitioner's screen, only completed sessions dated on or before it
 *   (other than itself) count; when that session is itself completed, notes after it
 *   ended belong to the next one and are left out.
 */
import { parseHlc } from './hlc';
import type { AnyRecord } from './record';

export const NEXT_TIME_PURPOSES = ['expression', 'question'] as const;
export type NextTimePurpose = (typeof NEXT_TIME_PURPOSES)[number];

/** A young person's note for next time, as the lists show it. */
export interface NextTimeNote {
  id: string;
  body: string;
  purpose: NextTimePurpose;
  /** When it was written (ISO). */
  createdAt: string;
}

/** The user ids of the case's active young-person memberships. */
export function youngPersonIds(memberships: readonly AnyRecord[]): Set<string> {
  return new Set(
    memberships
      .filter((m) => !m.deleted && m['role'] === 'young-person' && m['active'] === true)
      .map((m) => String(m['userId'])),
  );
}

function isNextTimePurpose(value: unknown): value is NextTimePurpose {
  return (NEXT_TIME_PURPOSES as readonly unknown[]).includes(value);
}

/** The end of a calendar date (YYYY-MM-DD) on this device's clock, in ms. */
function endOfDay(date: string): number {
  const start = new Date(`${date}T00:00:00`);
  if (Number.isNaN(start.getTime())) return Number.NaN;
  start.setDate(start.getDate() + 1);
  return start.getTime();
}

/** When a completed session ended, for these lists (see the design choices above). */
export function sessionEnded(session: AnyRecord): number {
  const dayEnd = endOfDay(String(session['date']));
  const clock = session.clock['status'];
  let markedAt = Number.NaN;
  if (typeof clock === 'string') {
    try {
      markedAt = parseHlc(clock).wall;
    } catch {
      // An unreadable clock: the session's date alone still places it.
    }
  }
  if (Number.isNaN(markedAt)) return dayEnd;
  if (Number.isNaN(dayEnd)) return markedAt;
  return Math.min(markedAt, dayEnd);
}

function isCompleted(session: AnyRecord): boolean {
  return !session.deleted && session['status'] === 'completed';
}

/**
 * When the last completed session ended: of all of them, or (given `current`) of those
 * before it. Undefined when there is none.
 */
export function lastSessionEnded(
  sessions: readonly AnyRecord[],
  current?: AnyRecord,
): number | undefined {
  const ends = sessions
    .filter(
      (s) =>
        isCompleted(s) &&
        (!current || (s.id !== current.id && String(s['date']) <= String(current['date']))),
    )
    .map(sessionEnded)
    .filter((ms) => !Number.isNaN(ms));
  return ends.length > 0 ? Math.max(...ends) : undefined;
}

/**
 * The notes written by `authors` for next time, newest first, superseded ones left out;
 * only those written after `since` and (when given) no later than `until`, in ms.
 */
export function nextTimeNotes(
  notes: readonly AnyRecord[],
  authors: ReadonlySet<string>,
  since?: number,
  until?: number,
): NextTimeNote[] {
  const live = notes.filter((n) => !n.deleted);
  const replaced = new Set(
    live.map((n) => n['supersedesNoteId']).filter((id): id is string => typeof id === 'string'),
  );
  return live
    .filter((n) => {
      if (replaced.has(n.id) || !authors.has(n.createdBy)) return false;
      if (!isNextTimePurpose(n['purpose'])) return false;
      const at = new Date(n.createdAt).getTime();
      return (since === undefined || at > since) && (until === undefined || at <= until);
    })
    .sort(
      (a, b) =>
        new Date(b.createdAt).getTime() - new Date(a.createdAt).getTime() ||
        b.id.localeCompare(a.id),
    )
    .map((n) => ({
      id: n.id,
      body: String(n['body']),
      purpose: n['purpose'] as NextTimePurpose,
      createdAt: n.createdAt,
    }));
}

/**
 * The notes on the practitioner's screen for `session`: the young person's, since the last
 * completed session before it (all of them if there is none), up to when `session` ended
 * if it is completed.
 */
export function notesForSession(
  notes: readonly AnyRecord[],
  memberships: readonly AnyRecord[],
  sessions: readonly AnyRecord[],
  session: AnyRecord,
): { notes: NextTimeNote[]; sinceLastSession: boolean } {
  const since = lastSessionEnded(sessions, session);
  const until = isCompleted(session) ? sessionEnded(session) : undefined;
  return {
    notes: nextTimeNotes(
      notes,
      youngPersonIds(memberships),
      since,
      until === undefined || Number.isNaN(until) ? undefined : until,
    ),
    sinceLastSession: since !== undefined,
  };
}
