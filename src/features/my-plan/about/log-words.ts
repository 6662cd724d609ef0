/**
 * One line of the young person's audit log in words (issue #8 item 7): "Alex Smith (care
 * team) changed your goals", "You looked at this list". The server's entries name an
 * action and the kind of record; this maps them to keys of the `my-information`
 * namespace, with a plain fallback for anything new, so a new kind never shows an id.
 *
 * A read with no kind is the server sending part of the plan to someone's device during
 * sync: it is said as "got a copy of your plan on their device", which is what it means
 * (they could see it, not that they read it). A read of `audit-event` is someone opening
 * this very list.
 */
import type { TFunction } from 'i18next';
import type { AuditSummaryLine } from '../../../domain';

type T = TFunction<['my-information', 'common']>;

const ABOUT: Readonly<Record<string, string>> = {
  goal: 'goals',
  'goal-rating': 'goalRatings',
  'outcome-measure-entry': 'questions',
  'safety-plan': 'safetyPlan',
  'safety-plan-item': 'safetyPlan',
  'safety-plan-version': 'safetyPlan',
  'backup-team-action': 'safetyPlan',
  'safety-plan-share': 'safetyPlanShare',
  session: 'meeting',
  note: 'note',
  case: 'details',
  'case-membership': 'people',
  'sharing-settings': 'sharing',
  'grouping-decision': 'kindOfHelp',
  'grouping-history-entry': 'kindOfHelp',
  'option-grid-decision': 'choices',
  'current-view': 'howThingsAre',
  'respect-item': 'rights',
  'collaborate-response': 'feedback',
  'signposting-event': 'otherHelp',
};

const ACTIONS: Readonly<Record<string, string>> = {
  create: 'added',
  update: 'changed',
  delete: 'removed',
  'access-granted': 'accessGranted',
  'access-removed': 'accessRemoved',
  'sharing-changed': 'sharingChanged',
  'invite-created': 'inviteCreated',
  'invite-redeemed': 'inviteRedeemed',
};

const ROLES: Readonly<Record<string, string>> = {
  practitioner: 'careTeam',
  'lead-practitioner': 'careTeam',
  carer: 'carer',
  admin: 'admin',
  system: 'system',
  'young-person': 'youngPerson',
};

function actionKey(what: string, about: string | null): string {
  if (what === 'read') {
    if (about === null) return 'gotCopy';
    return about === 'audit-event' ? 'lookedAtList' : 'lookedAt';
  }
  return ACTIONS[what] ?? 'other';
}

/** Who did it: "Alex Smith (care team)", or the role when the server has no name. */
export function whoWords(who: AuditSummaryLine['who'], t: T): string {
  const role = ROLES[who.role] ?? 'other';
  return who.name
    ? t('log.who.named', { name: who.name, role: t(`log.who.role.${role}`) })
    : t(`log.who.unnamed.${role}`);
}

/** What happened, as a sentence without the time. */
export function sentenceOf(line: AuditSummaryLine, t: T): string {
  const about = t(`log.about.${line.about ? (ABOUT[line.about] ?? 'plan') : 'plan'}`);
  const key = actionKey(line.what, line.about);
  return line.who.isYou
    ? t(`log.you.${key}`, { about })
    : t(`log.someone.${key}`, { who: whoWords(line.who, t), about });
}

const formats = new Map<string, Intl.DateTimeFormat>();
/** "2 Dec, 10:04" in the page's language; the year too when it is not this year's. */
export function whenWords(when: string, locale: string, now: Date = new Date()): string {
  const date = new Date(when);
  if (Number.isNaN(date.getTime())) return when;
  const withYear = date.getFullYear() !== now.getFullYear();
  const key = `${locale}:${withYear}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'short',
      ...(withYear ? { year: 'numeric' } : {}),
      hour: '2-digit',
      minute: '2-digit',
    });
    formats.set(key, format);
  }
  return format.format(date);
}

/** The whole line: the sentence, how many times when more than once, and when. */
export function lineWords(line: AuditSummaryLine, t: T, locale: string): string {
  const sentence = sentenceOf(line, t);
  const when = whenWords(line.latest, locale);
  return line.count > 1
    ? t('log.lineMany', { sentence, count: line.count, when })
    : t('log.line', { sentence, when });
}
