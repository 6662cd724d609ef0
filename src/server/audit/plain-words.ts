/**
 * The young person's view of their audit log ("who has looked at my plan", DESIGN.md
 * §6): who (a name, or the role when there is none), what and when, with no internal ids,
 * ready for the app to put into words in the person's language.
 */
import type { ChainedEntry } from './chain';

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
  when: string;
}

export function plainWords(
  entries: readonly ChainedEntry[],
  youId: string,
  names: ReadonlyMap<string, string>,
): PlainAuditEvent[] {
  return entries.map((e) => ({
    who: { name: names.get(e.actorId) ?? null, role: e.actorRole, isYou: e.actorId === youId },
    what: e.action,
    about: e.kind,
    when: e.at,
  }));
}
