/**
 * The payment-systems suggestion (domain/THRIVE.md §6): from the Current View's presenting
 * problem ratings, which of three THRIVE groupings the payment-systems rules would point
 * towards, and why. A prompt for discussion, never a decision: the framework found the
 * algorithm did not fit actual need well, and the grouping is agreed with the young person.
 *
 * The rules, from THRIVE Elaborated (2nd ed., 2016, "Key elements" of the payment-systems
 * algorithm; the exact algorithm is in Wolpert et al. 2015, Appendix C):
 * 1. Getting More Help: a `more-help` problem (eating disorders, psychosis, potential BPD)
 *    rated Moderate or Severe, or two or more problems rated Severe ("multiple severe
 *    problems").
 * 2. Getting Help: a `signature` problem rated Moderate or above, or exactly one problem
 *    rated Severe. Also when:
 *    - more than one problem is rated Moderate, because Getting Advice allows at most one
 *      and the seed places the co-occurring groupings under Getting Help;
 *    - a `more-help` problem is rated Mild, because Getting Advice excludes problems that
 *      are "potentially significant and enduring" whatever their rating. (Reading Mild
 *      as "present" is this file's choice; the seed does not say.)
 * 3. Getting Advice: otherwise (at most one Moderate, none Severe, no significant and
 *    enduring problem).
 *
 * Design choices:
 * - Pure: it takes the content's presenting problems (ids and flags) and the record's
 *   ratings map, and returns a plain value the screen words.
 * - "Not known" is not a problem; nor is an id the content no longer has (it is reported
 *   in `unknownItemIds`, so a screen can say the list changed).
 * - No suggestion (`grouping: null`) while no problem has a rating other than "Not known":
 *   nothing has been said yet, and an empty form must not read as "Getting Advice".
 * - Every reason carries the ids that triggered it, so the screen can name the problems.
 * - The caveats are always returned, so no screen can show the suggestion without them.
 */
import { hasFlag, type PresentingProblem, type ProblemFlag } from './current-view-content';
import type { ProblemRating } from './kinds/current-view';
import type { Grouping } from './kinds/vocabulary';

/** The groupings the payment-systems rules can point to (they had no Thriving or Risk Support). */
export type SuggestedGrouping = Extract<
  Grouping,
  'getting-advice' | 'getting-help' | 'getting-more-help'
>;

/** How severe a rating is, from None (0) to Severe (3); null for "Not known". */
export function ratingLevel(rating: ProblemRating): number | null {
  switch (rating) {
    case 'none':
      return 0;
    case 'mild':
      return 1;
    case 'moderate':
      return 2;
    case 'severe':
      return 3;
    case 'not-known':
      return null;
  }
}

/** True when the rating is known and at least `threshold` (e.g. "Moderate or above"). */
export function isAtLeast(
  rating: ProblemRating | undefined,
  threshold: Exclude<ProblemRating, 'not-known'>,
): boolean {
  if (rating === undefined) return false;
  const level = ratingLevel(rating);
  return level !== null && level >= (ratingLevel(threshold) ?? 0);
}

/** True when the rating says there is a problem at all (Mild or above). */
export function isProblem(rating: ProblemRating | undefined): boolean {
  return isAtLeast(rating, 'mild');
}

export type SuggestionReasonCode =
  /** A more-help problem rated Moderate or Severe → Getting More Help. */
  | 'more-help-problem'
  /** Two or more problems rated Severe → Getting More Help. */
  | 'several-severe'
  /** A signature problem rated Moderate or above → Getting Help. */
  | 'signature-problem'
  /** Exactly one problem rated Severe → Getting Help. */
  | 'one-severe'
  /** More than one problem rated Moderate → Getting Help. */
  | 'several-moderate'
  /** A more-help problem rated Mild → Getting Help. */
  | 'more-help-problem-mild'
  /** At most one problem rated Moderate and none Severe → Getting Advice (ids: the Moderate one). */
  | 'at-most-one-moderate'
  /** The problems rated Mild, listed with a Getting Advice suggestion. */
  | 'mild-problems';

export interface SuggestionReason {
  code: SuggestionReasonCode;
  /** The presenting problems that triggered it, in the content's order. */
  itemIds: string[];
}

/** What the screen must say with any suggestion (THRIVE.md §6). */
export const SUGGESTION_CAVEATS = [
  /** Only presenting problems count: not context, complexity factors or risk. */
  'presenting-problems-only',
  /** Thriving and Getting Risk Support are outside these rules. */
  'thriving-and-risk-support-outside',
  /** The grouping is agreed together with the young person and family. */
  'agreed-together',
] as const;
export type SuggestionCaveat = (typeof SUGGESTION_CAVEATS)[number];

export interface GroupingSuggestion {
  /** Null while no presenting problem has been rated (other than "Not known"). */
  grouping: SuggestedGrouping | null;
  /** Why, most important first; empty when there is no suggestion. */
  reasons: SuggestionReason[];
  /** Presenting problems in the content with no rating yet. */
  unratedCount: number;
  /** Presenting problems rated "Not known". */
  notKnownCount: number;
  /** Ids in the ratings that the content does not have (ignored by the rules). */
  unknownItemIds: string[];
  caveats: readonly SuggestionCaveat[];
}

/** What the rules need of a presenting problem (a content item fits). */
export type RuleProblem = Pick<PresentingProblem, 'id' | 'flags'>;

/**
 * The payment-systems suggestion from presenting-problem ratings (see the rules above).
 * `ratings` is the record's `presentingProblems` map; unrated ids are absent.
 */
export function suggestGrouping(
  problems: readonly RuleProblem[],
  ratings: Readonly<Record<string, ProblemRating>>,
): GroupingSuggestion {
  const rated = problems.filter((p) => ratings[p.id] !== undefined);
  const known = new Set(problems.map((p) => p.id));
  const base = {
    unratedCount: problems.length - rated.length,
    notKnownCount: rated.filter((p) => ratings[p.id] === 'not-known').length,
    unknownItemIds: Object.keys(ratings)
      .filter((id) => !known.has(id))
      .sort(),
    caveats: SUGGESTION_CAVEATS,
  };

  const ids = (keep: (p: RuleProblem, r: ProblemRating) => boolean) =>
    rated.filter((p) => keep(p, ratings[p.id] as ProblemRating)).map((p) => p.id);
  const flagged = (flag: ProblemFlag, test: (r: ProblemRating) => boolean) =>
    ids((p, r) => hasFlag(p, flag) && test(r));

  if (ids((_, r) => ratingLevel(r) !== null).length === 0)
    return { ...base, grouping: null, reasons: [] };

  const severe = ids((_, r) => r === 'severe');
  const moderate = ids((_, r) => r === 'moderate');
  const reasons = (list: [SuggestionReasonCode, string[]][]): SuggestionReason[] =>
    list.filter(([, itemIds]) => itemIds.length > 0).map(([code, itemIds]) => ({ code, itemIds }));

  const moreHelp = reasons([
    ['more-help-problem', flagged('more-help', (r) => isAtLeast(r, 'moderate'))],
    ['several-severe', severe.length >= 2 ? severe : []],
  ]);
  if (moreHelp.length > 0) return { ...base, grouping: 'getting-more-help', reasons: moreHelp };

  const help = reasons([
    ['signature-problem', flagged('signature', (r) => isAtLeast(r, 'moderate'))],
    ['one-severe', severe],
    ['several-moderate', moderate.length >= 2 ? moderate : []],
    ['more-help-problem-mild', flagged('more-help', (r) => r === 'mild')],
  ]);
  if (help.length > 0) return { ...base, grouping: 'getting-help', reasons: help };

  return {
    ...base,
    grouping: 'getting-advice',
    reasons: [
      { code: 'at-most-one-moderate', itemIds: moderate },
      ...reasons([['mild-problems', ids((_, r) => r === 'mild')]]),
    ],
  };
}
