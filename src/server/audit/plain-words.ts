/**
 * The young person's view of their audit log ("who has looked at my plan", DESIGN.md
 * §6): who (a name, or the role when there is none), what and when, with no internal ids,
 * ready for the app to put into words in the person's language. The shape is the
 * domain's (domain/audit-summary.ts), which the app groups and words.
 */
import type { PlainAuditEvent } from '../../domain';
import type { ChainedEntry } from './chain';

export type { PlainAuditEvent };

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
