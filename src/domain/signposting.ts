/**
 * "No wrong door" signposting (issue #9, domain/THRIVE.md §2, §9): school staff say what
 * a young person is worried about and what help they would like, and are shown where to
 * go, grouped by THRIVE grouping. Also the weekly tally of the anonymous counts that
 * signposting leaves behind. Pure: no clock, no storage.
 *
 * Matching rules (one place, so the flow, the card and the tests agree):
 * - Never suggested: retired entries, and entries whose age range does not overlap the
 *   age band (an unknown age band filters nothing: better to show too much than nothing).
 * - Entries past their review date are still suggested, flagged `reviewOverdue` and put
 *   after in-date ones: bundled national entries age with the app, and a flagged phone
 *   number beats an empty page, but a person should see it may be out of date.
 * - An entry matches when it lists a chosen topic or offers a chosen wish. An entry
 *   tagged `something-else` is for any worry (Childline, Shout): it matches whenever any
 *   topic was chosen, so there is always somewhere to go. Choosing `something-else` alone
 *   therefore finds the general services plus anything tagged with it.
 * - Nothing chosen at all: every eligible entry is suggested (no wrong door).
 * - Each entry appears once, under its lightest-touch grouping (THRIVE order), so a list
 *   of choices never holds the same entry twice. Empty groupings are left out.
 * - Best matches first within a grouping: more matched topics, then more matched wishes,
 *   then in date before overdue, then local before national before example, then name.
 */
import type { Grouping } from './kinds/vocabulary';
import { GROUPINGS } from './kinds/vocabulary';
import type { DirectoryResourceData } from './kinds/directory-resource';
import type { SignpostingAgeBand, SignpostingEventData } from './kinds/signposting-event';

export const SIGNPOSTING_TOPICS = [
  'worries',
  'low-mood',
  'self-harm',
  'eating',
  'sleep',
  'friendships-bullying',
  'family',
  'loss',
  'identity',
  'school-pressure',
  'something-else',
] as const;
export type SignpostingTopic = (typeof SIGNPOSTING_TOPICS)[number];

/** The topic that stands for "any other worry"; on an entry it means "helps with anything". */
export const GENERAL_TOPIC: SignpostingTopic = 'something-else';

export const SUPPORT_WISHES = [
  'someone-to-talk-to',
  'things-to-try',
  'activities',
  'specialist-help',
] as const;
export type SupportWish = (typeof SUPPORT_WISHES)[number];

export type { SignpostingAgeBand };

export interface SignpostingAnswers {
  topics: SignpostingTopic[];
  wishes: SupportWish[];
  ageBand: SignpostingAgeBand;
}

/** A resource as the flow sees it: bundled national/example entries and the organisation's own records. */
export interface DirectoryEntry {
  id: string;
  source: 'national' | 'example' | 'local';
  data: DirectoryResourceData;
}

export interface Suggestion {
  entry: DirectoryEntry;
  matchedTopics: SignpostingTopic[];
  matchedWishes: SupportWish[];
  /** True when the entry's review date has passed: show it, but say it may be out of date. */
  reviewOverdue: boolean;
}

export interface SuggestionGroup {
  grouping: Grouping;
  suggestions: Suggestion[];
}

/** Ages in whole years each band covers; `not-known` has none (no filtering). */
const AGE_BAND_YEARS: Record<Exclude<SignpostingAgeBand, 'not-known'>, [number, number]> = {
  'under-5': [0, 4],
  '5-10': [5, 10],
  '11-13': [11, 13],
  '14-15': [14, 15],
  '16-17': [16, 17],
  '18-25': [18, 25],
};

/** The youngest and oldest age in a band, or undefined when the age is not known. */
export function ageBandYears(band: SignpostingAgeBand): [number, number] | undefined {
  return band === 'not-known' ? undefined : AGE_BAND_YEARS[band];
}

/** True when the entry is for at least some ages in the band (an overlap, not a fit). */
export function isForAgeBand(data: DirectoryResourceData, band: SignpostingAgeBand): boolean {
  const years = ageBandYears(band);
  if (years === undefined) return true;
  return data.ageRange.minAge <= years[1] && data.ageRange.maxAge >= years[0];
}

/** Retired entries are kept for the record but never suggested; no status means active. */
export function isActiveEntry(data: DirectoryResourceData): boolean {
  return data.status !== 'retired';
}

const SOURCE_ORDER: Record<DirectoryEntry['source'], number> = {
  local: 0,
  national: 1,
  example: 2,
};

function lightestGrouping(data: DirectoryResourceData): Grouping | undefined {
  return GROUPINGS.find((g) => data.groupings.includes(g));
}

function matchEntry(entry: DirectoryEntry, answers: SignpostingAnswers): Suggestion | undefined {
  const topics: readonly string[] = entry.data.topics;
  const offers: readonly string[] = entry.data.offers ?? [];
  const matchedTopics = answers.topics.filter((t) => topics.includes(t));
  const matchedWishes = answers.wishes.filter((w) => offers.includes(w));
  const nothingChosen = answers.topics.length === 0 && answers.wishes.length === 0;
  const general = topics.includes(GENERAL_TOPIC) && answers.topics.length > 0;
  if (matchedTopics.length === 0 && matchedWishes.length === 0 && !general && !nothingChosen) {
    return undefined;
  }
  return { entry, matchedTopics, matchedWishes, reviewOverdue: false };
}

function compareSuggestions(a: Suggestion, b: Suggestion): number {
  return (
    b.matchedTopics.length - a.matchedTopics.length ||
    b.matchedWishes.length - a.matchedWishes.length ||
    Number(a.reviewOverdue) - Number(b.reviewOverdue) ||
    SOURCE_ORDER[a.entry.source] - SOURCE_ORDER[b.entry.source] ||
    a.entry.data.name.localeCompare(b.entry.data.name, 'en') ||
    a.entry.id.localeCompare(b.entry.id, 'en')
  );
}

/** Active, in date (or flagged), age-appropriate entries matching a topic or a wish, grouped by THRIVE
 *  grouping in the order thriving, getting-advice, getting-help, getting-more-help, getting-risk-support;
 *  best matches first. Pure. */
export function suggestResources(
  entries: readonly DirectoryEntry[],
  answers: SignpostingAnswers,
  today: string,
): SuggestionGroup[] {
  const byGrouping = new Map<Grouping, Suggestion[]>();
  const seen = new Set<string>();
  for (const entry of entries) {
    // Bundled and local ids never clash by construction; a repeat is a caller's mistake,
    // and showing it twice would make the same choice appear twice.
    if (seen.has(entry.id)) continue;
    if (!isActiveEntry(entry.data) || !isForAgeBand(entry.data, answers.ageBand)) continue;
    const grouping = lightestGrouping(entry.data);
    if (grouping === undefined) continue;
    const match = matchEntry(entry, answers);
    if (match === undefined) continue;
    seen.add(entry.id);
    // YYYY-MM-DD strings compare as dates (as isReviewOverdue does for option grids).
    match.reviewOverdue = entry.data.reviewBy < today;
    const list = byGrouping.get(grouping) ?? [];
    list.push(match);
    byGrouping.set(grouping, list);
  }
  return GROUPINGS.flatMap((grouping) => {
    const suggestions = byGrouping.get(grouping);
    return suggestions
      ? [{ grouping, suggestions: [...suggestions].sort(compareSuggestions) }]
      : [];
  });
}

export interface WeekTally {
  /** Monday of the week, YYYY-MM-DD. */
  weekStart: string;
  total: number;
  immediateDanger: number;
  /** Topic id → how many counts raised it. */
  topics: Record<string, number>;
  /** Directory entry id (bundled or record id) → how many times it was offered. */
  resources: Record<string, number>;
}

/** The Monday on or before a YYYY-MM-DD date (weeks start on Monday in the UK). */
export function weekStartOf(date: string): string {
  // Calendar arithmetic in UTC: the date has no time zone, so none must creep in.
  const day = new Date(`${date}T00:00:00Z`);
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  day.setUTCDate(day.getUTCDate() - sinceMonday);
  return day.toISOString().slice(0, 10);
}

/** Signposting counts per week (weeks with none are left out), newest week first. */
export function tallySignpostingByWeek(events: readonly SignpostingEventData[]): WeekTally[] {
  const weeks = new Map<string, WeekTally>();
  for (const event of events) {
    const weekStart = weekStartOf(event.occurredOn);
    let week = weeks.get(weekStart);
    if (week === undefined) {
      week = { weekStart, total: 0, immediateDanger: 0, topics: {}, resources: {} };
      weeks.set(weekStart, week);
    }
    week.total += 1;
    if (event.immediateDanger) week.immediateDanger += 1;
    for (const topic of event.topicIds) week.topics[topic] = (week.topics[topic] ?? 0) + 1;
    for (const id of event.resourceIds) week.resources[id] = (week.resources[id] ?? 0) + 1;
  }
  return [...weeks.values()].sort((a, b) => b.weekStart.localeCompare(a.weekStart));
}
