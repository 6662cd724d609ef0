/**
 * What the printable summary shows in each copy. The young person's copy holds exactly
 * what the young person's own device receives (server/access/read-policy.ts hides the
 * care team's `summary` from them), so printing it never shows them more than the app does.
 */
import { PARTICIPANT_ROLES, type Participant, type ParticipantRole } from '../../../domain';

export const PRINT_COPIES = ['young-person', 'care-team'] as const;
export type PrintCopy = (typeof PRINT_COPIES)[number];

/** The session fields the young person does not see. */
export const HIDDEN_FROM_YOUNG_PERSON: readonly string[] = ['summary'];

export function showsField(copy: PrintCopy, field: string): boolean {
  return copy === 'care-team' || !HIDDEN_FROM_YOUNG_PERSON.includes(field);
}

export interface AttendeeGroup {
  role: ParticipantRole;
  names: string[];
}

/** Who was there, one line per role in the usual order, with any names given. */
export function attendeeGroups(attendees: readonly Participant[] = []): AttendeeGroup[] {
  return PARTICIPANT_ROLES.flatMap((role) => {
    const here = attendees.filter((p) => p.role === role);
    if (here.length === 0) return [];
    const names = here.map((p) => p.name?.trim() ?? '').filter((n) => n !== '');
    return [{ role, names }];
  });
}
