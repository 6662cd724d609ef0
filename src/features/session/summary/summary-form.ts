/**
 * The session summary form (issue #4 item 3, "Session summary"): what the inputs hold, the
 * rules they must meet, and how they become the session record's fields. Pure, so the
 * rules are unit-tested without a screen.
 *
 * Design choices:
 * - Flat string fields (one per input), so each problem has its own message and summary
 *   link. Every check lives in one superRefine: the base shape never fails, so all
 *   problems are reported at once and in the order the form shows them.
 * - Which parts are required depends on the agreed grouping (THRIVE.md §1): Getting Help
 *   and Getting More Help need the agreement at the outset (what success looks like, how
 *   likely by when, what happens if things don't get better); Getting Advice needs the
 *   invitation to come back. The record itself keeps these optional (the grouping can
 *   change after the session was written), so the form is where they are asked for.
 * - Sections for another grouping are neither checked nor written: an outcome agreed when
 *   the grouping was Getting Help stays on the record if the grouping changes later.
 * - Dates: the session cannot be in the future once it is under way or being finished;
 *   next steps, the next review and "by when" cannot come before the session.
 * - Blank next-step rows are dropped, so an "add another" row left empty is not an error.
 * - Only fields that differ from the record are written (sessionChanges), so a save never
 *   claims to have changed what another device changed meanwhile.
 * - Attendees are a tick per role with optional names (comma separated); a participant
 *   already on the record with the same role and name is kept as it was (with its userId),
 *   and a name typed for one recorded without a name is added to it.
 */
import { z } from 'zod';
import {
  GROUPINGS,
  LONG_TEXT_MAX,
  NAME_MAX,
  OUTCOME_LIKELIHOODS,
  PARTICIPANT_ROLES,
  SHORT_TEXT_MAX,
  calendarDate,
  sameValue,
  type Grouping,
  type Participant,
  type ParticipantRole,
  type SessionData,
  type SessionStatus,
} from '../../../domain';

export interface AttendeeRow {
  role: ParticipantRole;
  present: boolean;
  /** Names for this role, comma separated; optional. */
  names: string;
}

export interface ActionRow {
  what: string;
  who: string;
  by: string;
}

/** What the inputs hold. */
export interface SummaryFormValues {
  date: string;
  attendees: AttendeeRow[];
  decided: string;
  actions: ActionRow[];
  nextReviewOn: string;
  summary: string;
  plainWordsSummary: string;
  successLooksLike: string;
  likelihood: string;
  byWhen: string;
  ifNotBetter: string;
  comeBack: string;
  helpEnding: boolean;
  whatNext: string;
  whoToContact: string;
  howToComeBack: string;
}

/** The form's fields in the order they appear, for the error summary. */
export const SUMMARY_FIELDS = [
  'date',
  'attendees',
  'decided',
  'actions',
  'nextReviewOn',
  'summary',
  'plainWordsSummary',
  'successLooksLike',
  'likelihood',
  'byWhen',
  'ifNotBetter',
  'comeBack',
  'whatNext',
  'whoToContact',
  'howToComeBack',
] as const satisfies readonly (keyof SummaryFormValues)[];
export type SummaryField = (typeof SUMMARY_FIELDS)[number];

/** What the rules depend on besides the inputs. */
export interface SummaryContext {
  /** The grouping agreed most recently, if any. */
  grouping: Grouping | undefined;
  /** True for "Save and finish the session". */
  finishing: boolean;
  /** The session's status before this save. */
  status: SessionStatus;
  /** Today on this device, YYYY-MM-DD. */
  today: string;
}

/** Groupings whose help starts with the explicit agreement on outcomes (THRIVE.md §1). */
export function needsOutcomeAgreement(grouping: Grouping | undefined): boolean {
  return grouping === 'getting-help' || grouping === 'getting-more-help';
}

/** The invitation to come back belongs to Getting Advice and Signposting. */
export function needsComeBack(grouping: Grouping | undefined): boolean {
  return grouping === 'getting-advice';
}

interface DecisionLike {
  grouping?: unknown;
  agreedOn?: unknown;
  updatedAt: string;
}

/** The decision agreed most recently: by `agreedOn`, then the last written. */
export function latestDecision<T extends DecisionLike>(decisions: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const d of decisions) {
    const on = String(d.agreedOn ?? '');
    const bestOn = String(best?.agreedOn ?? '');
    if (!best || on > bestOn || (on === bestOn && d.updatedAt > best.updatedAt)) best = d;
  }
  return best;
}

const blank = (value: string | undefined): boolean => (value ?? '').trim() === '';
const trimmed = (value: string | undefined): string | undefined => {
  const t = value?.trim();
  return t ? t : undefined;
};
const isDate = (value: string): boolean => calendarDate.safeParse(value.trim()).success;

const blankAction = (row: ActionRow): boolean => blank(row.what) && blank(row.who) && blank(row.by);

/** Names typed for a role: split on commas (including the Urdu comma), blanks dropped. */
export function splitNames(names: string | undefined): string[] {
  return (names ?? '')
    .split(/[,،;]/)
    .map((n) => n.trim())
    .filter((n) => n !== '');
}

/**
 * Any string input. Inputs can hold null (a radio group with nothing chosen, as
 * react-hook-form reports it once its inputs are registered): read as empty.
 */
const input = z.preprocess((value) => value ?? '', z.string());
const tick = z.preprocess((value) => value === true, z.boolean());

const formShape = z.object({
  date: input,
  attendees: z.array(z.object({ role: z.enum(PARTICIPANT_ROLES), present: tick, names: input })),
  decided: input,
  actions: z.array(z.object({ what: input, who: input, by: input })),
  nextReviewOn: input,
  summary: input,
  plainWordsSummary: input,
  successLooksLike: input,
  likelihood: input,
  byWhen: input,
  ifNotBetter: input,
  comeBack: input,
  helpEnding: tick,
  whatNext: input,
  whoToContact: input,
  howToComeBack: input,
});

/** The rules for one save: which fields are required depends on `context`. */
export function summaryFormSchema(context: SummaryContext): z.ZodType<SummaryFormValues> {
  return formShape.superRefine((form, ctx) => {
    let sessionDate: string | undefined;
    const problem = (path: (string | number)[], message: string, params = {}) =>
      ctx.addIssue({ code: 'custom', path, message, params });
    const tooLong = (path: (string | number)[], value: string, maximum: number) => {
      if (value.trim().length > maximum) problem(path, 'tooLong', { maximum });
    };
    /** Text that must be there (with its own "Enter …" message) and not too long. */
    const required = (field: SummaryField, message: string, maximum: number) => {
      const value = String(form[field]);
      if (blank(value)) problem([field], message);
      else tooLong([field], value, maximum);
    };
    /** A date that may be left empty but, when given, is real and not before the session. */
    const laterDate = (path: (string | number)[], value: string) => {
      if (blank(value)) return;
      if (!isDate(value)) problem(path, 'invalidDate');
      else if (sessionDate && value.trim() < sessionDate) problem(path, 'dateBeforeSession');
    };

    // When the session was.
    if (blank(form.date)) problem(['date'], 'sessionDateRequired');
    else if (!isDate(form.date)) problem(['date'], 'invalidDate');
    else {
      sessionDate = form.date.trim();
      const underWay = context.finishing || context.status !== 'planned';
      if (underWay && sessionDate > context.today)
        problem(['date'], context.finishing ? 'finishDateInFuture' : 'dateInFuture');
    }

    // Who was there.
    let people = 0;
    form.attendees.forEach((row, i) => {
      if (!row.present) return;
      const names = splitNames(row.names);
      people += Math.max(1, names.length);
      if (names.some((n) => n.length > NAME_MAX))
        problem(['attendees', i, 'names'], 'tooLong', { maximum: NAME_MAX });
    });
    if (people > 20) problem(['attendees'], 'tooMany', { maximum: 20 });

    tooLong(['decided'], form.decided, LONG_TEXT_MAX);

    // Next steps: who does what by when.
    const rows = form.actions.map((row, i) => ({ row, i })).filter((r) => !blankAction(r.row));
    if (rows.length > 30) problem(['actions'], 'tooMany', { maximum: 30 });
    for (const { row, i } of rows) {
      if (blank(row.what)) problem(['actions', i, 'what'], 'actionWhatRequired');
      else tooLong(['actions', i, 'what'], row.what, SHORT_TEXT_MAX);
      if (blank(row.who)) problem(['actions', i, 'who'], 'actionWhoRequired');
      else tooLong(['actions', i, 'who'], row.who, NAME_MAX);
      laterDate(['actions', i, 'by'], row.by);
    }

    laterDate(['nextReviewOn'], form.nextReviewOn);
    tooLong(['summary'], form.summary, LONG_TEXT_MAX);
    tooLong(['plainWordsSummary'], form.plainWordsSummary, LONG_TEXT_MAX);

    if (needsOutcomeAgreement(context.grouping)) {
      required('successLooksLike', 'successLooksLikeRequired', LONG_TEXT_MAX);
      if (!(OUTCOME_LIKELIHOODS as readonly string[]).includes(form.likelihood))
        problem(['likelihood'], 'likelihoodRequired');
      if (blank(form.byWhen)) problem(['byWhen'], 'byWhenRequired');
      else laterDate(['byWhen'], form.byWhen);
      required('ifNotBetter', 'ifNotBetterRequired', LONG_TEXT_MAX);
    }

    if (needsComeBack(context.grouping)) required('comeBack', 'comeBackRequired', LONG_TEXT_MAX);

    if (form.helpEnding) {
      required('whatNext', 'whatNextRequired', LONG_TEXT_MAX);
      required('whoToContact', 'whoToContactRequired', SHORT_TEXT_MAX);
      required('howToComeBack', 'howToComeBackRequired', LONG_TEXT_MAX);
    }
  });
}

/** A stored session as the form shows it. */
export function summaryFormFrom(
  session: Partial<SessionData>,
  grouping: Grouping | undefined,
  comeBackSuggestion: string,
): SummaryFormValues {
  const attendees = session.attendees ?? [];
  const actions = session.actions ?? [];
  return {
    date: session.date ?? '',
    attendees: PARTICIPANT_ROLES.map((role) => {
      const here = attendees.filter((p) => p.role === role);
      return {
        role,
        present: here.length > 0,
        names: here
          .map((p) => p.name?.trim() ?? '')
          .filter((n) => n !== '')
          .join(', '),
      };
    }),
    decided: session.decided ?? '',
    actions: actions.length
      ? actions.map((a) => ({ what: a.what, who: a.who, by: a.by ?? '' }))
      : [emptyAction()],
    nextReviewOn: session.nextReviewOn ?? '',
    summary: session.summary ?? '',
    plainWordsSummary: session.plainWordsSummary ?? '',
    successLooksLike: session.outcome?.successLooksLike ?? '',
    likelihood: session.outcome?.likelihood ?? '',
    byWhen: session.outcome?.byWhen ?? '',
    ifNotBetter: session.outcome?.ifNotBetter ?? '',
    // Getting Advice always ends with an invitation to come back: offer words to start from.
    comeBack: session.comeBack ?? (needsComeBack(grouping) ? comeBackSuggestion : ''),
    helpEnding: session.ending !== undefined,
    whatNext: session.ending?.whatNext ?? '',
    whoToContact: session.ending?.whoToContact ?? '',
    howToComeBack: session.ending?.howToComeBack ?? '',
  };
}

export function emptyAction(): ActionRow {
  return { what: '', who: '', by: '' };
}

/** The participants the ticks and names stand for, keeping those already on the record. */
export function attendeesFrom(
  rows: readonly AttendeeRow[],
  previous: readonly Participant[] = [],
): Participant[] {
  const unused = [...previous];
  const nameOf = (p: Participant) => p.name?.trim() || undefined;
  const take = (role: ParticipantRole, name: string | undefined): Participant => {
    const same = unused.findIndex((p) => p.role === role && nameOf(p) === name);
    if (same >= 0) return unused.splice(same, 1)[0]!;
    // A name typed for someone recorded without one (e.g. the practitioner's account).
    const unnamed = unused.findIndex((p) => p.role === role && nameOf(p) === undefined);
    if (name !== undefined && unnamed >= 0) return { ...unused.splice(unnamed, 1)[0]!, name };
    return name === undefined ? { role } : { role, name };
  };
  return rows.flatMap((row) => {
    if (!row.present) return [];
    // The young person is "the young person": their name is on the case.
    const names = row.role === 'young-person' ? [] : splitNames(row.names);
    return names.length === 0 ? [take(row.role, undefined)] : names.map((n) => take(row.role, n));
  });
}

/**
 * The session fields a valid form sets. Empty optional fields are `undefined` (a cleared
 * field); sections that do not apply to the grouping are left out (not written).
 */
export function sessionDataFrom(
  form: SummaryFormValues,
  context: SummaryContext,
  previous: Partial<SessionData> = {},
): Record<string, unknown> {
  const actions = form.actions
    .filter((row) => !blankAction(row))
    .map((row) => {
      const by = trimmed(row.by);
      return { what: row.what.trim(), who: row.who.trim(), ...(by ? { by } : {}) };
    });
  return {
    date: form.date.trim(),
    attendees: attendeesFrom(form.attendees, previous.attendees),
    decided: trimmed(form.decided),
    actions: actions.length > 0 ? actions : undefined,
    nextReviewOn: trimmed(form.nextReviewOn),
    summary: trimmed(form.summary),
    plainWordsSummary: trimmed(form.plainWordsSummary),
    ...(needsOutcomeAgreement(context.grouping)
      ? {
          outcome: {
            successLooksLike: form.successLooksLike.trim(),
            likelihood: form.likelihood,
            byWhen: form.byWhen.trim(),
            ifNotBetter: form.ifNotBetter.trim(),
          },
        }
      : {}),
    ...(needsComeBack(context.grouping) ? { comeBack: trimmed(form.comeBack) } : {}),
    ending: form.helpEnding
      ? {
          whatNext: form.whatNext.trim(),
          whoToContact: form.whoToContact.trim(),
          howToComeBack: form.howToComeBack.trim(),
        }
      : undefined,
    ...(context.finishing ? { status: 'completed' } : {}),
  };
}

/** Only the fields that differ from `previous`: what a save writes. */
export function sessionChanges(
  form: SummaryFormValues,
  context: SummaryContext,
  previous: Partial<SessionData>,
): Record<string, unknown> {
  const record = previous as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(sessionDataFrom(form, context, previous)).filter(
      ([field, value]) => !sameValue(value, record[field]),
    ),
  );
}

/** The case's next review date to write, when one was given and it differs. */
export function caseReviewChange(
  form: SummaryFormValues,
  caseNextReviewOn: unknown,
): { nextReviewOn: string } | undefined {
  const next = trimmed(form.nextReviewOn);
  return next && next !== caseNextReviewOn ? { nextReviewOn: next } : undefined;
}

/** A stored grouping value, if it is one of THRIVE's five. */
export function asGrouping(value: unknown): Grouping | undefined {
  return (GROUPINGS as readonly unknown[]).includes(value) ? (value as Grouping) : undefined;
}

/** Where the printable summary of a session is. */
export const printPath = (caseId: string, sessionId: string): string =>
  `/practitioner/cases/${caseId}/sessions/${sessionId}/print`;
