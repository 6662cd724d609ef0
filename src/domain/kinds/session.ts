/**
 * A meeting with the young person (and whoever else came). Sessions are where the
 * RESPECT items, decisions, goals and ratings are made, so other records point here.
 *
 * Design choices:
 * - Two summaries: `summary` for the care team and `plainWordsSummary`, written for the
 *   young person in plain words and "I" statements ("What we talked about").
 * - A completed session cannot be dated in the future; a planned one can.
 */
import { z } from 'zod';
import { defineKind, type DataOf, type RecordOf } from '../kind';
import { LONG_TEXT_MAX, NAME_MAX, calendarDate, latestToday, oneOf, optionalText } from './fields';
import { participantSchema } from './vocabulary';

export const SESSION_MODES = ['in-person', 'video', 'phone', 'other'] as const;
export const SESSION_STATUSES = ['planned', 'in-progress', 'completed'] as const;

export const sessionKind = defineKind({
  kind: 'session',
  family: 'editable',
  scope: 'case',
  description: 'A session with the young person: who came, what was talked about, what next.',
  data: z
    .strictObject({
      date: calendarDate,
      mode: oneOf(SESSION_MODES).optional(),
      location: optionalText(NAME_MAX),
      attendees: z.array(participantSchema).max(20, { message: 'tooMany' }),
      summary: optionalText(LONG_TEXT_MAX),
      plainWordsSummary: optionalText(LONG_TEXT_MAX),
      nextSteps: optionalText(LONG_TEXT_MAX),
      status: oneOf(SESSION_STATUSES),
    })
    .refine((s) => s.status === 'planned' || s.date <= latestToday(), {
      message: 'dateInFuture',
      path: ['date'],
    }),
});

export type SessionData = DataOf<typeof sessionKind>;
export type SessionRecord = RecordOf<typeof sessionKind>;
