/**
 * A note or message on a case: the young person's own views (RESPECT: Expression), a
 * question for next time, a practitioner's session note, a message in the care team.
 *
 * Design choices:
 * - Append-only: what someone wrote is kept as they wrote it and never conflicts. An edit
 *   is a new note whose `supersedesNoteId` names the one it replaces; readers show the
 *   newest and can show the earlier wording.
 * - `audience` decides which devices receive it: `practitioner-only` notes never reach a
 *   young person's or carer's phone (enforced by the server's sync scope).
 */
import { z } from 'zod';
import { defineKind, type DataOf, type RecordOf } from '../kind';
import { LONG_TEXT_MAX, oneOf, ref, text } from './fields';

export const NOTE_AUDIENCES = [
  'care-team',
  'practitioner-only',
  'young-person-and-care-team',
] as const;
export type NoteAudience = (typeof NOTE_AUDIENCES)[number];
export const NOTE_PURPOSES = ['expression', 'question', 'session-note', 'message'] as const;
export type NotePurpose = (typeof NOTE_PURPOSES)[number];

export const noteKind = defineKind({
  kind: 'note',
  family: 'append-only',
  scope: 'case',
  description: 'A note or message on a case, with who may read it.',
  data: z.strictObject({
    body: text(LONG_TEXT_MAX),
    audience: oneOf(NOTE_AUDIENCES),
    purpose: oneOf(NOTE_PURPOSES),
    sessionId: ref.optional(),
    supersedesNoteId: ref.optional(),
  }),
});

export type NoteData = DataOf<typeof noteKind>;
export type NoteRecord = RecordOf<typeof noteKind>;
