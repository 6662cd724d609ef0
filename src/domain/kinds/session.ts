/**
 * A meeting with the young person (and whoever else came). Sessions are where the
 * RESPECT items, decisions, goals and ratings are made, so other records point here.
 *
 * Design choices:
 * - Two summaries: `summary` for the care team and `plainWordsSummary`, written for the
 *   young person in plain words and "I" statements ("What we talked about").
 * - A completed session cannot be dated in the future; a planned one can.
 * - The session summary (issue #4) adds, all optional so a session can be saved part way:
 *   what was `decided`; `actions` (who does what by when); `nextReviewOn`; for Getting
 *   Help and Getting More Help the agreement THRIVE asks for at the outset (`outcome`:
 *   what success looks like, how likely by when, and what will happen if things do not
 *   get better, domain/THRIVE.md §1); for Getting Advice the invitation to come back
 *   (`comeBack`); and an `ending` plan when help is ending or moving. Which of these a
 *   grouping needs is checked by the summary form, not here: the grouping can change
 *   after the session was written.
 * - `nextSteps` (free text) predates `actions` and stays for records that have it.
 * - Fields were only ever added, never changed, so schema version 1 still holds.
 */
import { z } from 'zod';
import { defineKind, type DataOf, type RecordOf } from '../kind';
import {
  LONG_TEXT_MAX,
  NAME_MAX,
  SHORT_TEXT_MAX,
  calendarDate,
  latestToday,
  oneOf,
  optionalText,
  text,
} from './fields';
import { participantSchema } from './vocabulary';

export const SESSION_MODES = ['in-person', 'video', 'phone', 'other'] as const;
export const SESSION_STATUSES = ['planned', 'in-progress', 'completed'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

/** How likely the agreed outcome seemed to everyone, in words rather than a number. */
export const OUTCOME_LIKELIHOODS = ['very-likely', 'likely', 'not-sure', 'unlikely'] as const;
export type OutcomeLikelihood = (typeof OUTCOME_LIKELIHOODS)[number];

/** One next step: who does what, by when. */
export const sessionActionSchema = z.strictObject({
  what: text(SHORT_TEXT_MAX),
  who: text(NAME_MAX),
  by: calendarDate.optional(),
});
export type SessionAction = z.infer<typeof sessionActionSchema>;

/** The agreement at the outset of Getting Help / Getting More Help (THRIVE.md §1). */
export const outcomeAgreementSchema = z.strictObject({
  successLooksLike: text(LONG_TEXT_MAX),
  likelihood: oneOf(OUTCOME_LIKELIHOODS),
  byWhen: calendarDate,
  ifNotBetter: text(LONG_TEXT_MAX),
});
export type OutcomeAgreement = z.infer<typeof outcomeAgreementSchema>;

/**
 * What a session decided when it reviewed the goals (issue #6 item 5): carry on, change
 * the approach, change the grouping, or end, with what was said. Outcome-informed: the
 * framework asks for this discussion explicitly, above all when goals are not moving.
 */
export const GOALS_REVIEW_OUTCOMES = [
  'carry-on',
  'change-approach',
  'change-grouping',
  'end',
] as const;
export const goalsReviewSchema = z.strictObject({
  outcome: oneOf(GOALS_REVIEW_OUTCOMES),
  notes: optionalText(LONG_TEXT_MAX),
});
export type GoalsReview = z.infer<typeof goalsReviewSchema>;

/** What happens when help is ending or moving (RESPECT: Transition support). */
export const endingPlanSchema = z.strictObject({
  whatNext: text(LONG_TEXT_MAX),
  whoToContact: text(SHORT_TEXT_MAX),
  howToComeBack: text(LONG_TEXT_MAX),
});
export type EndingPlan = z.infer<typeof endingPlanSchema>;

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
      decided: optionalText(LONG_TEXT_MAX),
      actions: z.array(sessionActionSchema).max(30, { message: 'tooMany' }).optional(),
      nextReviewOn: calendarDate.optional(),
      outcome: outcomeAgreementSchema.optional(),
      comeBack: optionalText(LONG_TEXT_MAX),
      ending: endingPlanSchema.optional(),
      goalsReview: goalsReviewSchema.optional(),
      status: oneOf(SESSION_STATUSES),
    })
    .refine((s) => s.status === 'planned' || s.date <= latestToday(), {
      message: 'dateInFuture',
      path: ['date'],
    }),
});

export type SessionData = DataOf<typeof sessionKind>;
export type SessionRecord = RecordOf<typeof sessionKind>;
