/**
 * THRIVE's definition of a mental health intervention (items 1–4) and of best practice
 * (items 5–7), as a checklist derived from a case's record (domain/THRIVE.md §5, from
 * the foreword to THRIVE Elaborated, 2nd edition, 2016).
 *
 * A record can show that something was written down, not that it was done well, so each
 * item is a prompt for the practitioner, never a verdict. Evidence is structured (counts
 * and dates) for the screen to word through locales/; `whereTo` is the app area where
 * the item is worked on (for an unmet item: where to go to meet it). Deleted records
 * are ignored everywhere. Dates compare as YYYY-MM-DD strings; `today` is a parameter.
 *
 * How each item is derived:
 * 1. state-need ("Can you state the mental health need(s) for the child?"): an agreed
 *    grouping decision other than `thriving`, with reasons (the grouping is the need
 *    agreed through shared decision making, THRIVE.md §1), or a Current View with at
 *    least one presenting problem rated mild, moderate or severe (THRIVE.md §6). Thriving
 *    is left out: it is the grouping for those who do not need individualised advice or
 *    help (THRIVE Elaborated, "Thriving").
 * 2. address-need ("Are you working to address a mental health need?"): item 1 is met and
 *    at least one completed session is dated on or after the day the need was first
 *    stated. The record shows contact, not what the contact was for: the practitioner
 *    must say whether the work addresses the need.
 * 3. clear-aim ("Are you clear what you are trying to achieve in relation to that
 *    need?"): at least one active goal.
 * 4. share-responsibility ("Are you taking some responsibility for whether the goal is
 *    achieved?"): an active goal that says what happens if it is not reached
 *    (`ifNotReached`, part of Getting Help's agreement at the outset, THRIVE.md §1). This
 *    is the nearest the record comes; responsibility itself is for the practitioner to
 *    state, and this item cannot know it.
 * 5. evidence-and-preferences ("Have you considered the evidence and chosen an approach
 *    that best fits the need, balanced with the preferences of those seeking help?"): an
 *    option-grid decision that chose an option and records what mattered most to the
 *    person. A "not yet" decision (no option chosen) does not meet it. Option grids carry
 *    the evidence (THRIVE.md §4); whether it was the best fit is not in the record.
 * 6. agreed-goals ("Have you collaboratively agreed with the child and/or carers what
 *    goals they want to achieve?"): at least one goal. A goal's `setBy` can only be the
 *    young person, a carer or both with the practitioner (`jointly`): the schema has no
 *    practitioner-only goal, so every goal counts; evidence gives the count per setter.
 * 7. review-progress ("Are you reviewing progress against the agreed goal and using it to
 *    inform decisions, including an appropriate time to end contact?"): both (a) at least
 *    one goal rating (ratings are the reviews after the baseline, THRIVE.md §7) in the
 *    last `reviewWindowWeeks` weeks up to `today`, and (b) a date to look again or end:
 *    a grouping decision's `reviewBy` or a goal's `targetDate`. Whether ratings informed
 *    decisions is not in the record.
 *
 * The safety plan is deliberately not read: it is risk management, which THRIVE asks to
 * keep distinct from treatment (THRIVE.md §2, "Outcome-informed"), so here it neither
 * states a need nor sets a goal.
 */
import type { CurrentViewRecord } from './kinds/current-view';
import type { GoalRecord } from './kinds/goal';
import type { GoalRatingRecord } from './kinds/goal-rating';
import type { GroupingDecisionRecord } from './kinds/grouping-decision';
import type { OptionGridDecisionRecord } from './kinds/option-grid-decision';
import type { SessionRecord } from './kinds/session';
import type { AppArea } from './respect';

export const BEST_PRACTICE_ITEMS = [
  'state-need',
  'address-need',
  'clear-aim',
  'share-responsibility',
  'evidence-and-preferences',
  'agreed-goals',
  'review-progress',
] as const;
export type BestPracticeItemId = (typeof BEST_PRACTICE_ITEMS)[number];

/** Weeks within which a goal rating counts as a recent review (item 7), unless told. */
export const DEFAULT_REVIEW_WINDOW_WEEKS = 12;

type Deletable = { deleted: boolean };

/** The parts of each record kind the checklist reads (full records fit). */
export interface BestPracticeInput {
  groupingDecisions?: readonly (Pick<
    GroupingDecisionRecord,
    'grouping' | 'agreedOn' | 'reasons' | 'reviewBy'
  > &
    Deletable)[];
  currentViews?: readonly (Pick<CurrentViewRecord, 'completedOn' | 'presentingProblems'> &
    Deletable)[];
  sessions?: readonly (Pick<SessionRecord, 'date' | 'status'> & Deletable)[];
  goals?: readonly (Pick<GoalRecord, 'id' | 'status' | 'setBy' | 'targetDate' | 'ifNotReached'> &
    Deletable)[];
  goalRatings?: readonly (Pick<GoalRatingRecord, 'goalId' | 'ratedOn'> & Deletable)[];
  optionGridDecisions?: readonly (Pick<
    OptionGridDecisionRecord,
    'chosenOptionIds' | 'whatMattersMost' | 'starredQuestionIds' | 'youngPersonWords' | 'decidedOn'
  > &
    Deletable)[];
}

export interface BestPracticeOptions {
  /** Today's date, YYYY-MM-DD, in the user's time zone. */
  today: string;
  reviewWindowWeeks?: number;
}

/** Counts and dates the screen words through locales/. Absent keys: nothing to show. */
export type BestPracticeEvidence = Readonly<Record<string, string | number>>;

export interface BestPracticeItem {
  id: BestPracticeItemId;
  /** 1–4 define a mental health intervention; 5–7 make it best practice. */
  level: 'intervention' | 'best-practice';
  met: boolean;
  evidence: BestPracticeEvidence;
  whereTo: AppArea;
}

export interface BestPracticeChecklist {
  items: BestPracticeItem[];
  /** Items 1–4 all met. */
  isIntervention: boolean;
  /** Items 1–7 all met. */
  isBestPractice: boolean;
}

const filled = (s: string | undefined): boolean => (s ?? '').trim() !== '';
const live = <T extends Deletable>(list: readonly T[] | undefined): T[] =>
  (list ?? []).filter((r) => !r.deleted);
const maxOf = (dates: string[]): string | undefined =>
  dates.length === 0 ? undefined : dates.reduce((a, b) => (a >= b ? a : b));
const minOf = (dates: string[]): string | undefined =>
  dates.length === 0 ? undefined : dates.reduce((a, b) => (a <= b ? a : b));

/** Only the keys with a value, so evidence never carries `undefined`. */
function evidence(values: Record<string, string | number | undefined>): BestPracticeEvidence {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(values)) if (v !== undefined) out[k] = v;
  return out;
}

/** `date` (YYYY-MM-DD) minus `days`, as YYYY-MM-DD (calendar arithmetic in UTC). */
function daysBefore(date: string, days: number): string {
  const t = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(t)) throw new RangeError(`Not a calendar date: ${date}`);
  return new Date(t - days * 86_400_000).toISOString().slice(0, 10);
}

const RATED = new Set(['mild', 'moderate', 'severe']);

/** The seven items of THRIVE.md §5, derived from the case's records. */
export function bestPracticeChecklist(
  input: BestPracticeInput,
  options: BestPracticeOptions,
): BestPracticeChecklist {
  const { today } = options;
  const windowWeeks = options.reviewWindowWeeks ?? DEFAULT_REVIEW_WINDOW_WEEKS;
  if (!Number.isInteger(windowWeeks) || windowWeeks < 1)
    throw new RangeError(`Not a number of weeks: ${windowWeeks}`);
  const windowStart = daysBefore(today, windowWeeks * 7);

  // 1. state-need
  const needDecisions = live(input.groupingDecisions).filter(
    (d) => d.grouping !== 'thriving' && filled(d.reasons),
  );
  const latestDecision = needDecisions.reduce<(typeof needDecisions)[number] | undefined>(
    (a, d) => (a === undefined || d.agreedOn > a.agreedOn ? d : a),
    undefined,
  );
  const viewsWithNeed = live(input.currentViews).filter((v) =>
    Object.values(v.presentingProblems).some((r) => RATED.has(r)),
  );
  const latestView = viewsWithNeed.reduce<(typeof viewsWithNeed)[number] | undefined>(
    (a, v) => (a === undefined || v.completedOn > a.completedOn ? v : a),
    undefined,
  );
  const needStatedOn = minOf([
    ...needDecisions.map((d) => d.agreedOn),
    ...viewsWithNeed.map((v) => v.completedOn),
  ]);
  const stateNeed: BestPracticeItem = {
    id: 'state-need',
    level: 'intervention',
    met: needStatedOn !== undefined,
    evidence: evidence({
      grouping: latestDecision?.grouping,
      agreedOn: latestDecision?.agreedOn,
      currentViewCompletedOn: latestView?.completedOn,
      problemsRated:
        latestView === undefined
          ? undefined
          : Object.values(latestView.presentingProblems).filter((r) => RATED.has(r)).length,
    }),
    whereTo: 'grouping',
  };

  // 2. address-need
  const sessionsSinceNeed = live(input.sessions).filter(
    (s) =>
      s.status === 'completed' &&
      needStatedOn !== undefined &&
      s.date >= needStatedOn &&
      s.date <= today,
  );
  const addressNeed: BestPracticeItem = {
    id: 'address-need',
    level: 'intervention',
    met: stateNeed.met && sessionsSinceNeed.length > 0,
    evidence: evidence({
      needStatedOn,
      sessionsSinceNeed: sessionsSinceNeed.length,
      lastSessionOn: maxOf(sessionsSinceNeed.map((s) => s.date)),
    }),
    whereTo: 'sessions',
  };

  // 3. clear-aim
  const goals = live(input.goals);
  const activeGoals = goals.filter((g) => g.status === 'active');
  const clearAim: BestPracticeItem = {
    id: 'clear-aim',
    level: 'intervention',
    met: activeGoals.length > 0,
    evidence: evidence({ activeGoals: activeGoals.length, goals: goals.length }),
    whereTo: 'goals',
  };

  // 4. share-responsibility
  const withPlanIfNotReached = activeGoals.filter((g) => filled(g.ifNotReached));
  const shareResponsibility: BestPracticeItem = {
    id: 'share-responsibility',
    level: 'intervention',
    met: withPlanIfNotReached.length > 0,
    evidence: evidence({
      activeGoals: activeGoals.length,
      withPlanIfNotReached: withPlanIfNotReached.length,
    }),
    whereTo: 'goals',
  };

  // 5. evidence-and-preferences
  const decisions = live(input.optionGridDecisions);
  const chosenWithPreferences = decisions.filter(
    (d) =>
      d.chosenOptionIds.length > 0 &&
      (filled(d.whatMattersMost) ||
        filled(d.youngPersonWords) ||
        (d.starredQuestionIds?.length ?? 0) > 0),
  );
  const evidenceAndPreferences: BestPracticeItem = {
    id: 'evidence-and-preferences',
    level: 'best-practice',
    met: chosenWithPreferences.length > 0,
    evidence: evidence({
      decisions: decisions.length,
      chosenWithPreferences: chosenWithPreferences.length,
      lastDecidedOn: maxOf(chosenWithPreferences.map((d) => d.decidedOn)),
    }),
    whereTo: 'decisions',
  };

  // 6. agreed-goals
  const agreedGoals: BestPracticeItem = {
    id: 'agreed-goals',
    level: 'best-practice',
    met: goals.length > 0,
    evidence: evidence({
      goals: goals.length,
      setByYoungPerson: goals.filter((g) => g.setBy === 'young-person').length,
      setByCarer: goals.filter((g) => g.setBy === 'carer').length,
      setJointly: goals.filter((g) => g.setBy === 'jointly').length,
    }),
    whereTo: 'goals',
  };

  // 7. review-progress
  const goalIds = new Set(goals.map((g) => g.id));
  const recentRatings = live(input.goalRatings).filter((r) => {
    const day = r.ratedOn.slice(0, 10);
    return goalIds.has(r.goalId) && day >= windowStart && day <= today;
  });
  const reviewDates = [
    ...live(input.groupingDecisions).flatMap((d) => (d.reviewBy ? [d.reviewBy] : [])),
    ...goals.flatMap((g) => (g.targetDate ? [g.targetDate] : [])),
  ];
  const reviewProgress: BestPracticeItem = {
    id: 'review-progress',
    level: 'best-practice',
    met: recentRatings.length > 0 && reviewDates.length > 0,
    evidence: evidence({
      windowWeeks,
      ratingsInWindow: recentRatings.length,
      lastRatedOn: maxOf(recentRatings.map((r) => r.ratedOn.slice(0, 10))),
      reviewDates: reviewDates.length,
      nextReviewOn: minOf(reviewDates.filter((d) => d >= today)),
    }),
    whereTo: 'goals',
  };

  const items = [
    stateNeed,
    addressNeed,
    clearAim,
    shareResponsibility,
    evidenceAndPreferences,
    agreedGoals,
    reviewProgress,
  ];
  return {
    items,
    isIntervention: items.filter((i) => i.level === 'intervention').every((i) => i.met),
    isBestPractice: items.every((i) => i.met),
  };
}
