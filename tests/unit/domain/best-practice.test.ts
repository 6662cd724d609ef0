// THRIVE's best-practice checklist derived from the record (src/domain/best-practice.ts,
// domain/THRIVE.md §5). Fixed dates: `today` is always given.
import { describe, expect, it } from 'vitest';
import {
  BEST_PRACTICE_ITEMS,
  bestPracticeChecklist,
  type BestPracticeInput,
  type BestPracticeItemId,
} from '../../../src/domain';

const TODAY = '2026-06-01';
const live = { deleted: false };

type Of<K extends keyof BestPracticeInput> = NonNullable<BestPracticeInput[K]>[number];

const decision = (patch: Partial<Of<'groupingDecisions'>> = {}): Of<'groupingDecisions'> => ({
  grouping: 'getting-help',
  agreedOn: '2026-03-03',
  reasons: 'Low mood most days for two months.',
  reviewBy: '2026-07-01',
  ...live,
  ...patch,
});
const view = (patch: Partial<Of<'currentViews'>> = {}): Of<'currentViews'> => ({
  completedOn: '2026-03-01',
  presentingProblems: { 'low-mood': 'moderate', 'sleep-problems': 'none' },
  ...live,
  ...patch,
});
const session = (patch: Partial<Of<'sessions'>> = {}): Of<'sessions'> => ({
  date: '2026-03-10',
  status: 'completed',
  ...live,
  ...patch,
});
const goal = (patch: Partial<Of<'goals'>> = {}): Of<'goals'> => ({
  id: 'g1',
  status: 'active',
  setBy: 'young-person',
  ifNotReached: 'We will talk about other options.',
  ...live,
  ...patch,
});
const rating = (patch: Partial<Of<'goalRatings'>> = {}): Of<'goalRatings'> => ({
  goalId: 'g1',
  ratedOn: '2026-05-20T16:00:00.000+01:00',
  ...live,
  ...patch,
});
const gridDecision = (
  patch: Partial<Of<'optionGridDecisions'>> = {},
): Of<'optionGridDecisions'> => ({
  chosenOptionIds: ['guided-self-help'],
  whatMattersMost: 'Not missing school.',
  decidedOn: '2026-03-10',
  ...live,
  ...patch,
});

/** A case where every item is met. */
const FULL: BestPracticeInput = {
  groupingDecisions: [decision()],
  currentViews: [view()],
  sessions: [session()],
  goals: [goal()],
  goalRatings: [rating()],
  optionGridDecisions: [gridDecision()],
};

const check = (input: BestPracticeInput, today = TODAY, reviewWindowWeeks?: number) =>
  bestPracticeChecklist(input, { today, reviewWindowWeeks });
const item = (input: BestPracticeInput, id: BestPracticeItemId, today = TODAY) =>
  check(input, today).items.find((i) => i.id === id)!;

describe('bestPracticeChecklist', () => {
  it('gives the seven items in THRIVE order, 1–4 intervention and 5–7 best practice', () => {
    const c = check(FULL);
    expect(c.items.map((i) => i.id)).toEqual([...BEST_PRACTICE_ITEMS]);
    expect(c.items.map((i) => i.level)).toEqual([
      'intervention',
      'intervention',
      'intervention',
      'intervention',
      'best-practice',
      'best-practice',
      'best-practice',
    ]);
    expect(c.items.every((i) => i.met)).toBe(true);
    expect(c).toMatchObject({ isIntervention: true, isBestPractice: true });
  });

  it('meets nothing on an empty record, and says where to go for each item', () => {
    const c = check({});
    expect(c.items.map((i) => [i.id, i.met, i.whereTo])).toEqual([
      ['state-need', false, 'grouping'],
      ['address-need', false, 'sessions'],
      ['clear-aim', false, 'goals'],
      ['share-responsibility', false, 'goals'],
      ['evidence-and-preferences', false, 'decisions'],
      ['agreed-goals', false, 'goals'],
      ['review-progress', false, 'goals'],
    ]);
    expect(c).toMatchObject({ isIntervention: false, isBestPractice: false });
  });

  describe('1 state-need', () => {
    it('is met by a grouping decision with reasons, with structured evidence', () => {
      const i = item({ groupingDecisions: [decision()] }, 'state-need');
      expect(i.met).toBe(true);
      expect(i.evidence).toEqual({ grouping: 'getting-help', agreedOn: '2026-03-03' });
    });
    it('is met by a Current View with a problem rated mild or above', () => {
      const i = item({ currentViews: [view()] }, 'state-need');
      expect(i.met).toBe(true);
      expect(i.evidence).toEqual({ currentViewCompletedOn: '2026-03-01', problemsRated: 1 });
    });
    it('is not met by "thriving", by blank reasons, by no rated problem, or by deleted records', () => {
      expect(
        item({ groupingDecisions: [decision({ grouping: 'thriving' })] }, 'state-need').met,
      ).toBe(false);
      expect(item({ groupingDecisions: [decision({ reasons: '  ' })] }, 'state-need').met).toBe(
        false,
      );
      const noneRated = view({ presentingProblems: { 'low-mood': 'none', panics: 'not-known' } });
      expect(item({ currentViews: [noneRated] }, 'state-need').met).toBe(false);
      expect(item({ groupingDecisions: [decision({ deleted: true })] }, 'state-need').met).toBe(
        false,
      );
    });
  });

  describe('2 address-need', () => {
    it('is met by a completed session on or after the need was stated', () => {
      const i = item(
        { groupingDecisions: [decision()], sessions: [session({ date: '2026-03-03' })] },
        'address-need',
      );
      expect(i.met).toBe(true);
      expect(i.evidence).toEqual({
        needStatedOn: '2026-03-03',
        sessionsSinceNeed: 1,
        lastSessionOn: '2026-03-03',
      });
    });
    it('is not met without a stated need, or with only earlier or planned sessions', () => {
      expect(item({ sessions: [session()] }, 'address-need').met).toBe(false);
      const before = session({ date: '2026-02-01' });
      const planned = session({ date: '2026-06-10', status: 'planned' });
      const i = item(
        { groupingDecisions: [decision()], sessions: [before, planned] },
        'address-need',
      );
      expect(i.met).toBe(false);
      expect(i.evidence).toEqual({ needStatedOn: '2026-03-03', sessionsSinceNeed: 0 });
    });
  });

  describe('3 clear-aim', () => {
    it('is met by an active goal', () => {
      const i = item({ goals: [goal(), goal({ id: 'g2', status: 'achieved' })] }, 'clear-aim');
      expect(i).toMatchObject({ met: true, evidence: { activeGoals: 1, goals: 2 } });
    });
    it('is not met when no goal is active', () => {
      expect(item({ goals: [goal({ status: 'paused' })] }, 'clear-aim').met).toBe(false);
    });
  });

  describe('4 share-responsibility', () => {
    it('is met by an active goal that says what happens if it is not reached', () => {
      const i = item({ goals: [goal()] }, 'share-responsibility');
      expect(i).toMatchObject({ met: true, evidence: { activeGoals: 1, withPlanIfNotReached: 1 } });
    });
    it('is not met when no active goal says so', () => {
      expect(item({ goals: [goal({ ifNotReached: undefined })] }, 'share-responsibility').met).toBe(
        false,
      );
      expect(item({ goals: [goal({ status: 'ended' })] }, 'share-responsibility').met).toBe(false);
    });
  });

  describe('5 evidence-and-preferences', () => {
    it('is met by an option-grid decision with a choice and what matters most', () => {
      const i = item({ optionGridDecisions: [gridDecision()] }, 'evidence-and-preferences');
      expect(i).toMatchObject({
        met: true,
        evidence: { decisions: 1, chosenWithPreferences: 1, lastDecidedOn: '2026-03-10' },
      });
    });
    it('is not met by "not decided yet" or without what matters most', () => {
      const notYet = gridDecision({ chosenOptionIds: [] });
      const noPrefs = gridDecision({ whatMattersMost: undefined });
      const i = item({ optionGridDecisions: [notYet, noPrefs] }, 'evidence-and-preferences');
      expect(i).toMatchObject({ met: false, evidence: { decisions: 2, chosenWithPreferences: 0 } });
    });
  });

  describe('6 agreed-goals', () => {
    it('is met by goals set by or with the young person or carers, counted per setter', () => {
      const goals = [
        goal(),
        goal({ id: 'g2', setBy: 'jointly' }),
        goal({ id: 'g3', setBy: 'carer' }),
      ];
      expect(item({ goals }, 'agreed-goals')).toMatchObject({
        met: true,
        evidence: { goals: 3, setByYoungPerson: 1, setByCarer: 1, setJointly: 1 },
      });
    });
    it('is not met with no goals (deleted ones do not count)', () => {
      expect(item({ goals: [goal({ deleted: true })] }, 'agreed-goals').met).toBe(false);
    });
  });

  describe('7 review-progress', () => {
    it('is met by a recent rating and a date to review or end', () => {
      const i = item(FULL, 'review-progress');
      expect(i).toMatchObject({
        met: true,
        evidence: {
          windowWeeks: 12,
          ratingsInWindow: 1,
          lastRatedOn: '2026-05-20',
          reviewDates: 1,
          nextReviewOn: '2026-07-01',
        },
      });
    });
    it('counts a goal target date as a date to review', () => {
      const input = {
        goals: [goal({ targetDate: '2026-09-01' })],
        goalRatings: [rating()],
      };
      expect(item(input, 'review-progress').met).toBe(true);
    });
    it('is not met when the last rating is older than the window', () => {
      const old = { ...FULL, goalRatings: [rating({ ratedOn: '2026-03-01T10:00:00.000Z' })] };
      const i = item(old, 'review-progress');
      expect(i.met).toBe(false);
      expect(i.evidence).toMatchObject({ ratingsInWindow: 0, reviewDates: 1 });
      // The same rating is recent to a check made earlier, or with a longer window.
      expect(item(old, 'review-progress', '2026-04-01').met).toBe(true);
      expect(check(old, TODAY, 20).items[6]!.met).toBe(true);
    });
    it('is not met without any date to review or end', () => {
      const input = { ...FULL, groupingDecisions: [decision({ reviewBy: undefined })] };
      expect(item(input, 'review-progress')).toMatchObject({
        met: false,
        evidence: { ratingsInWindow: 1, reviewDates: 0 },
      });
    });
    it('ignores ratings of goals not in the record', () => {
      const input = { ...FULL, goalRatings: [rating({ goalId: 'other' })] };
      expect(item(input, 'review-progress').met).toBe(false);
    });
  });

  it('refuses a today that is not a date, and a window that is not whole weeks', () => {
    expect(() => check(FULL, 'soon')).toThrow(RangeError);
    expect(() => check(FULL, TODAY, 0)).toThrow(RangeError);
  });
});
