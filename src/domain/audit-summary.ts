/**
 * The young person's "who has looked at or changed my plan" (RESPECT: Clarity, issue #8),
 * as data: the audit log in the form the server gives a young person (`PlainAuditEvent`,
 * src/server/audit/plain-words.ts), grouped so that it can be read on a phone.
 *
 * Design choices:
 * - Every sync that sends someone part of the plan records a read, so one person's
 *   phone can add dozens of lines a day. Entries by the same person, with the same
 *   action, about the same kind of thing, on the same day, become one line with a count.
 *   Lines keep the time of the latest entry in them.
 * - The log gives no ids (the young person sees names, not internal ids), so "the same
 *   person" is the same name and role, or "you". Two people with one name and role on
 *   one plan would share a line; that is rare and says nothing untrue about what happened.
 * - "The same day" is the device's calendar day unless told otherwise: the person reads
 *   the times in their own time zone.
 * - Newest first, as the person asks "who looked at it lately?".
 */

/** One entry of the audit log as a young person receives it. */
export interface PlainAuditEvent {
  who: {
    /** The person's display name, when they have an account with one. */
    name: string | null;
    role: string;
    /** The young person themselves. */
    isYou: boolean;
  };
  /** e.g. read, create, update, access-granted, sharing-changed. */
  what: string;
  /** The kind of thing it was about (goal, safety-plan…), or null for a read of the plan. */
  about: string | null;
  /** ISO date-time. */
  when: string;
}

/** One line of the summary: one or more entries by one person, one action, one day. */
export interface AuditSummaryLine {
  who: PlainAuditEvent['who'];
  what: string;
  about: string | null;
  /** The calendar day, YYYY-MM-DD. */
  day: string;
  /** When the latest entry in the line happened (ISO date-time). */
  latest: string;
  /** How many entries the line stands for (1 or more). */
  count: number;
}

/** The calendar day of an ISO date-time on this device, YYYY-MM-DD. */
export function localDayOf(when: string): string {
  const d = new Date(when);
  if (Number.isNaN(d.getTime())) return when.slice(0, 10);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

const timeOf = (when: string): number => {
  const t = Date.parse(when);
  return Number.isNaN(t) ? 0 : t;
};

function groupKey(e: PlainAuditEvent, day: string): string {
  const person = e.who.isYou ? ['you'] : ['someone', e.who.name ?? '', e.who.role];
  return JSON.stringify([...person, e.what, e.about, day]);
}

/**
 * The log, grouped and newest first. `dayOf` decides which day an entry belongs to
 * (the device's calendar day by default).
 */
export function summariseAuditEvents(
  events: readonly PlainAuditEvent[],
  dayOf: (when: string) => string = localDayOf,
): AuditSummaryLine[] {
  const lines = new Map<string, AuditSummaryLine>();
  for (const e of events) {
    const day = dayOf(e.when);
    const key = groupKey(e, day);
    const line = lines.get(key);
    if (!line) {
      lines.set(key, { who: e.who, what: e.what, about: e.about, day, latest: e.when, count: 1 });
      continue;
    }
    line.count += 1;
    if (timeOf(e.when) > timeOf(line.latest)) line.latest = e.when;
  }
  return [...lines.values()].sort((a, b) => timeOf(b.latest) - timeOf(a.latest));
}
