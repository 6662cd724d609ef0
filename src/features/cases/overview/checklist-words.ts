/**
 * How each best-practice checklist item (src/domain/best-practice.ts) is put into words:
 * which locale key under `cases:checklist.answers` and with which values. Pure, so the
 * choice of wording is tested apart from the screen.
 *
 * Design choices:
 * - Worded as what the record shows, never as a verdict on the practice: "Yes: 2 goals on
 *   3 March" or "No goal is recorded yet". The question stays THRIVE's own.
 * - The domain's evidence has counts and dates; goals carry no date of their own, so
 *   "when were goals agreed" comes from the days they were written (`goalDays`).
 * - Dates and groupings are worded by the caller (`Words`), in the page's language.
 */
import type { BestPracticeItem } from '../../../domain';

export interface Wording {
  /** A key under `cases:checklist.answers`, e.g. `agreed-goals.metOneDay`. */
  key: string;
  values: Record<string, string | number>;
}

export interface Words {
  date: (day: string) => string;
  grouping: (grouping: string) => string;
}

/** The first and last day goals were written, for "2 goals on 3 March". */
export interface GoalDays {
  first?: string;
  last?: string;
}

const num = (v: string | number | undefined): number => (typeof v === 'number' ? v : 0);
const str = (v: string | number | undefined): string | undefined =>
  typeof v === 'string' ? v : undefined;

/** The answer to one checklist item, from the record. */
export function checklistAnswer(item: BestPracticeItem, goalDays: GoalDays, w: Words): Wording {
  const e = item.evidence;
  const at = (variant: string, values: Record<string, string | number> = {}): Wording => ({
    key: `${item.id}.${variant}`,
    values,
  });
  const day = (v: string | number | undefined) => {
    const d = str(v);
    return d === undefined ? '' : w.date(d);
  };
  switch (item.id) {
    case 'state-need': {
      const grouping = str(e.grouping);
      if (grouping !== undefined)
        return at('grouping', { grouping: w.grouping(grouping), date: day(e.agreedOn) });
      if (e.currentViewCompletedOn !== undefined)
        return at('currentView', {
          count: num(e.problemsRated),
          date: day(e.currentViewCompletedOn),
        });
      return at('none');
    }
    case 'address-need':
      if (item.met)
        return at('met', { count: num(e.sessionsSinceNeed), date: day(e.lastSessionOn) });
      if (e.needStatedOn === undefined) return at('needFirst');
      return at('noSession', { date: day(e.needStatedOn) });
    case 'clear-aim':
      if (item.met) return at('met', { count: num(e.activeGoals) });
      return num(e.goals) > 0 ? at('noneActive', { count: num(e.goals) }) : at('none');
    case 'share-responsibility':
      if (item.met)
        return at('met', { count: num(e.withPlanIfNotReached), total: num(e.activeGoals) });
      return num(e.activeGoals) > 0
        ? at('missing', { count: num(e.activeGoals) })
        : at('noActiveGoal');
    case 'evidence-and-preferences':
      if (item.met)
        return at('met', { count: num(e.chosenWithPreferences), date: day(e.lastDecidedOn) });
      return num(e.decisions) > 0 ? at('notChosen', { count: num(e.decisions) }) : at('none');
    case 'agreed-goals': {
      if (!item.met || goalDays.first === undefined) return at('none');
      const count = num(e.goals);
      const last = goalDays.last ?? goalDays.first;
      return goalDays.first === last
        ? at('metOneDay', { count, date: w.date(last) })
        : at('metDays', { count, first: w.date(goalDays.first), last: w.date(last) });
    }
    case 'review-progress': {
      const weeks = num(e.windowWeeks);
      if (item.met) {
        const values = { count: num(e.ratingsInWindow), weeks, date: day(e.lastRatedOn) };
        return e.nextReviewOn !== undefined
          ? at('metNext', { ...values, next: day(e.nextReviewOn) })
          : at('met', values);
      }
      if (num(e.ratingsInWindow) === 0 && num(e.reviewDates) === 0) return at('neither', { weeks });
      if (num(e.ratingsInWindow) === 0) return at('noRatings', { weeks });
      return at('noReviewDate', { count: num(e.ratingsInWindow), weeks });
    }
  }
}

/** The first and last day (YYYY-MM-DD, UTC) the case's goals were written. */
export function goalDaysOf(goals: readonly { createdAt: string }[]): GoalDays {
  let first: string | undefined;
  let last: string | undefined;
  for (const g of goals) {
    const d = g.createdAt.slice(0, 10);
    if (first === undefined || d < first) first = d;
    if (last === undefined || d > last) last = d;
  }
  return { ...(first ? { first } : {}), ...(last ? { last } : {}) };
}
