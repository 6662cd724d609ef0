// The payment-systems suggestion from Current View ratings (src/domain/grouping-suggestion.ts),
// tested against the rules as THRIVE Elaborated words them (domain/THRIVE.md §6) and with
// the shipped item list and its flags (src/content/current-view.ts).
import { describe, expect, it } from 'vitest';
import { CURRENT_VIEW_CONTENT } from '../../../src/content';
import {
  SUGGESTION_CAVEATS,
  isAtLeast,
  isProblem,
  ratingLevel,
  suggestGrouping,
  type ProblemRating,
} from '../../../src/domain';

const PROBLEMS = CURRENT_VIEW_CONTENT.presentingProblems;
const suggest = (ratings: Record<string, ProblemRating>) => suggestGrouping(PROBLEMS, ratings);

// Non-signature, non-more-help problems on the form.
const FAMILY = 'family-relationship-difficulties';
const PEERS = 'peer-relationship-difficulties';
const PHOBIA = 'avoids-specific-things';
// Signature problems (Figure 4's NICE-guided Getting Help groupings).
const LOW_MOOD = 'depression-low-mood';
const ADHD = 'difficulties-sitting-still-or-concentrating';
// More-help problems.
const EATING = 'eating-issues';
const PSYCHOSIS = 'delusional-beliefs-and-hallucinations';
const EMERGING_PERSONALITY = 'persistent-difficulties-managing-relationships';

describe('rating thresholds', () => {
  it('orders the ratings and leaves "Not known" out', () => {
    expect(
      ['none', 'mild', 'moderate', 'severe', 'not-known'].map((r) =>
        ratingLevel(r as ProblemRating),
      ),
    ).toEqual([0, 1, 2, 3, null]);
    expect(isAtLeast('severe', 'moderate')).toBe(true);
    expect(isAtLeast('moderate', 'moderate')).toBe(true);
    expect(isAtLeast('mild', 'moderate')).toBe(false);
    expect(isAtLeast('not-known', 'none')).toBe(false);
    expect(isAtLeast(undefined, 'none')).toBe(false);
    expect(isProblem('mild')).toBe(true);
    expect(isProblem('none')).toBe(false);
    expect(isProblem('not-known')).toBe(false);
  });
});

describe('suggestGrouping: Getting Advice', () => {
  it('one problem rated Moderate and none Severe → Getting Advice, naming it', () => {
    const s = suggest({ [FAMILY]: 'moderate', [PEERS]: 'none' });
    expect(s.grouping).toBe('getting-advice');
    expect(s.reasons).toEqual([{ code: 'at-most-one-moderate', itemIds: [FAMILY] }]);
  });

  it('only Mild problems → Getting Advice, listing the Mild ones in the form’s order', () => {
    const s = suggest({ [PHOBIA]: 'mild', [FAMILY]: 'mild', [LOW_MOOD]: 'mild' });
    expect(s.grouping).toBe('getting-advice');
    expect(s.reasons).toEqual([
      { code: 'at-most-one-moderate', itemIds: [] },
      { code: 'mild-problems', itemIds: [PHOBIA, LOW_MOOD, FAMILY] },
    ]);
  });

  it('a signature problem rated only Mild does not make it Getting Help', () => {
    expect(suggest({ [ADHD]: 'mild', [FAMILY]: 'moderate' }).grouping).toBe('getting-advice');
  });
});

describe('suggestGrouping: Getting Help', () => {
  it('one problem rated Severe → Getting Help', () => {
    const s = suggest({ [FAMILY]: 'severe', [PEERS]: 'mild' });
    expect(s.grouping).toBe('getting-help');
    expect(s.reasons).toEqual([{ code: 'one-severe', itemIds: [FAMILY] }]);
  });

  it('a signature problem rated Moderate → Getting Help', () => {
    const s = suggest({ [LOW_MOOD]: 'moderate' });
    expect(s.grouping).toBe('getting-help');
    expect(s.reasons).toEqual([{ code: 'signature-problem', itemIds: [LOW_MOOD] }]);
  });

  it('a signature problem rated Severe gives both reasons', () => {
    expect(suggest({ [ADHD]: 'severe' }).reasons).toEqual([
      { code: 'signature-problem', itemIds: [ADHD] },
      { code: 'one-severe', itemIds: [ADHD] },
    ]);
  });

  it('two non-signature problems rated Moderate → Getting Help (advice allows one)', () => {
    const s = suggest({ [FAMILY]: 'moderate', [PHOBIA]: 'moderate' });
    expect(s.grouping).toBe('getting-help');
    expect(s.reasons).toEqual([{ code: 'several-moderate', itemIds: [PHOBIA, FAMILY] }]);
  });

  it('a more-help problem rated Mild keeps it out of Getting Advice', () => {
    const s = suggest({ [EATING]: 'mild' });
    expect(s.grouping).toBe('getting-help');
    expect(s.reasons).toEqual([{ code: 'more-help-problem-mild', itemIds: [EATING] }]);
  });
});

describe('suggestGrouping: Getting More Help', () => {
  it('an eating-disorder item rated Moderate → Getting More Help', () => {
    const s = suggest({ [EATING]: 'moderate' });
    expect(s.grouping).toBe('getting-more-help');
    expect(s.reasons).toEqual([{ code: 'more-help-problem', itemIds: [EATING] }]);
  });

  it('psychosis or an emerging personality presentation rated Severe → Getting More Help', () => {
    expect(suggest({ [PSYCHOSIS]: 'severe' }).grouping).toBe('getting-more-help');
    expect(suggest({ [EMERGING_PERSONALITY]: 'moderate' }).reasons).toEqual([
      { code: 'more-help-problem', itemIds: [EMERGING_PERSONALITY] },
    ]);
  });

  it('two problems rated Severe → Getting More Help, naming both', () => {
    const s = suggest({ [FAMILY]: 'severe', [PHOBIA]: 'severe', [LOW_MOOD]: 'moderate' });
    expect(s.grouping).toBe('getting-more-help');
    expect(s.reasons).toEqual([{ code: 'several-severe', itemIds: [PHOBIA, FAMILY] }]);
  });

  it('gives every reason that applies, more-help problems first', () => {
    expect(
      suggest({ [EATING]: 'severe', [PSYCHOSIS]: 'moderate', [PEERS]: 'severe' }),
    ).toMatchObject({
      grouping: 'getting-more-help',
      reasons: [
        { code: 'more-help-problem', itemIds: [PSYCHOSIS, EATING] },
        { code: 'several-severe', itemIds: [EATING, PEERS] },
      ],
    });
  });
});

describe('suggestGrouping: what counts', () => {
  it('makes no suggestion with nothing rated', () => {
    const s = suggest({});
    expect(s).toMatchObject({ grouping: null, reasons: [], unratedCount: 30, notKnownCount: 0 });
    expect(s.caveats).toEqual(SUGGESTION_CAVEATS);
  });

  it('does not count "Not known" as a problem, and makes no suggestion on it alone', () => {
    expect(suggest({ [EATING]: 'not-known', [FAMILY]: 'not-known' })).toMatchObject({
      grouping: null,
      notKnownCount: 2,
      unratedCount: 28,
    });
    // Two "Not known" beside one Severe: still one Severe problem.
    expect(
      suggest({ [FAMILY]: 'severe', [PHOBIA]: 'not-known', [PEERS]: 'not-known' }).grouping,
    ).toBe('getting-help');
  });

  it('counts unrated and "Not known" items and always returns the caveats', () => {
    const s = suggest({ [FAMILY]: 'moderate', [PHOBIA]: 'not-known', [PEERS]: 'none' });
    expect(s.unratedCount).toBe(27);
    expect(s.notKnownCount).toBe(1);
    expect(s.caveats).toEqual([
      'presenting-problems-only',
      'thriving-and-risk-support-outside',
      'agreed-together',
    ]);
  });

  it('ignores ids the content does not have, and reports them', () => {
    const s = suggest({ 'retired-item': 'severe', [FAMILY]: 'severe' });
    expect(s.grouping).toBe('getting-help');
    expect(s.unknownItemIds).toEqual(['retired-item']);
  });

  it('rates all None as Getting Advice (the rules have no Thriving: see the caveats)', () => {
    const all = Object.fromEntries(PROBLEMS.map((p) => [p.id, 'none' as const]));
    expect(suggest(all)).toMatchObject({
      grouping: 'getting-advice',
      reasons: [{ code: 'at-most-one-moderate', itemIds: [] }],
      unratedCount: 0,
    });
  });

  it('works from the flags it is given, not from ids it knows', () => {
    const problems = [
      { id: 'a', flags: [] },
      { id: 'b', flags: [{ flag: 'signature', grouping: 'ocd', sourceId: 's' } as const] },
    ];
    expect(suggestGrouping(problems, { b: 'moderate' }).grouping).toBe('getting-help');
    expect(suggestGrouping(problems, { a: 'moderate' }).grouping).toBe('getting-advice');
  });
});
