// RESPECT coverage across sessions (src/domain/respect.ts).
import { describe, expect, it } from 'vitest';
import { respectCoverage, type RespectContent, type RespectItemState } from '../../../src/domain';
import { recordOf } from './helpers';

const CONTENT: Pick<RespectContent, 'headings' | 'items'> = {
  headings: [
    { id: 'review', letter: 'R', text: 'Review' },
    { id: 'clarity', letter: 'C', text: 'Clarity' },
  ],
  items: [
    { id: 'review-options', headingId: 'review', text: 'Options', fulfilledIn: ['decisions'] },
    { id: 'review-pros-and-cons', headingId: 'review', text: 'Pros', fulfilledIn: ['decisions'] },
    {
      id: 'clarity-information',
      headingId: 'clarity',
      text: 'Information',
      fulfilledIn: ['access-record'],
    },
  ],
};

const state = (
  itemId: string,
  status: RespectItemState['status'],
  updatedAt: string,
  extra: Partial<RespectItemState> = {},
): RespectItemState => ({ itemId, status, updatedAt, deleted: false, ...extra });

describe('respectCoverage', () => {
  it('says nothing was covered when there are no records', () => {
    const c = respectCoverage(CONTENT, []);
    expect(c.neverCovered).toEqual([
      'review-options',
      'review-pros-and-cons',
      'clarity-information',
    ]);
    expect(c.headings.map((h) => [h.headingId, h.talkedAbout, h.total, h.allTalkedAbout])).toEqual([
      ['review', 0, 2, false],
      ['clarity', 0, 1, false],
    ]);
    expect(c.headings[0]!.items[0]).toEqual({
      itemId: 'review-options',
      headingId: 'review',
      status: null,
      talkedAbout: false,
      lastTalkedAboutAt: null,
      lastSessionId: null,
    });
    expect(c.unknownItemIds).toEqual([]);
  });

  it('reads full respect-item records, per item and per heading, with when and which session', () => {
    const talked = recordOf('respect-item', {
      itemId: 'review-options',
      updatedAt: '2026-03-03T10:00:00.000Z',
    }) as unknown as RespectItemState;
    const c = respectCoverage(CONTENT, [
      talked,
      state('review-pros-and-cons', 'not-yet', '2026-03-03T10:05:00.000Z'),
      state('clarity-information', 'talked-about', '2026-04-01T09:00:00.000Z', {
        sessionId: 's2',
      }),
    ]);
    const [review, clarity] = c.headings;
    expect(review!.items.map((i) => [i.itemId, i.status, i.talkedAbout])).toEqual([
      ['review-options', 'talked-about', true],
      ['review-pros-and-cons', 'not-yet', false],
    ]);
    expect(review!.items[0]!.lastSessionId).toBe(talked.sessionId);
    expect(review).toMatchObject({
      talkedAbout: 1,
      total: 2,
      allTalkedAbout: false,
      lastTalkedAboutAt: '2026-03-03T10:00:00.000Z',
    });
    expect(clarity).toMatchObject({
      talkedAbout: 1,
      allTalkedAbout: true,
      lastTalkedAboutAt: '2026-04-01T09:00:00.000Z',
    });
    expect(clarity!.items[0]!.lastSessionId).toBe('s2');
    expect(c.neverCovered).toEqual(['review-pros-and-cons']);
  });

  it('takes the latest of two records for one item, and counts any "talked about"', () => {
    const c = respectCoverage(CONTENT, [
      state('review-options', 'talked-about', '2026-03-03T10:00:00.000Z', { sessionId: 's1' }),
      state('review-options', 'not-relevant-today', '2026-03-10T10:00:00.000Z'),
    ]);
    const item = c.headings[0]!.items[0]!;
    expect(item).toMatchObject({
      status: 'not-relevant-today',
      talkedAbout: true,
      lastTalkedAboutAt: '2026-03-03T10:00:00.000Z',
      lastSessionId: 's1',
    });
    expect(c.neverCovered).not.toContain('review-options');
  });

  it('ignores deleted records, and reports items the content no longer has', () => {
    const c = respectCoverage(CONTENT, [
      state('review-options', 'talked-about', '2026-03-03T10:00:00.000Z', { deleted: true }),
      state('old-item', 'talked-about', '2026-03-03T10:00:00.000Z'),
    ]);
    expect(c.neverCovered).toContain('review-options');
    expect(c.headings[0]!.items[0]!.status).toBeNull();
    expect(c.unknownItemIds).toEqual(['old-item']);
  });

  it('counts "not relevant today" and "not yet" as not covered', () => {
    const c = respectCoverage(CONTENT, [
      state('review-options', 'not-relevant-today', '2026-03-03T10:00:00.000Z'),
      state('clarity-information', 'not-yet', '2026-03-03T10:00:00.000Z'),
    ]);
    expect(c.neverCovered).toEqual([
      'review-options',
      'review-pros-and-cons',
      'clarity-information',
    ]);
  });
});
