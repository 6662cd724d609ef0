// Which grids are on offer and which version is current (issue #5 items 1 and 6).
import { describe, expect, it } from 'vitest';
import {
  currentGrids,
  gridsInOrderFor,
  isReviewOverdue,
  latestVersions,
  nextVersion,
  type GridVersion,
  type OptionGridData,
} from '../../../src/domain';
import { VALID } from './helpers';

const base = VALID['option-grid'] as unknown as OptionGridData;
const version = (
  id: string,
  patch: Partial<OptionGridData> = {},
  bundled = false,
): GridVersion => ({ id, data: { ...base, ...patch }, bundled });

describe('the option-grid catalogue', () => {
  it('offers the highest version of each grid, and the organisation’s copy over a bundled one', () => {
    const bundled = version('b1', { version: 1 }, true);
    const edit = version('o2', { version: 2, basedOn: 'b1' } as Partial<OptionGridData>);
    const other = version('x1', { slug: 'adhd', topic: 'ADHD' }, true);
    expect(currentGrids([bundled, edit, other]).map((g) => g.id)).toEqual(['x1', 'o2']);
    const sameVersion = version('o1', { version: 1 });
    expect(currentGrids([bundled, sameVersion]).map((g) => g.id)).toEqual(['o1']);
  });

  it('stops offering a grid whose latest version is retired, but the admin still lists it', () => {
    const v1 = version('v1', { version: 1 }, true);
    const retired = version('v2', { version: 2, status: 'retired' });
    expect(currentGrids([v1, retired])).toEqual([]);
    expect(latestVersions([v1, retired]).map((g) => g.id)).toEqual(['v2']);
  });

  it('numbers an edit one above the highest version of that grid', () => {
    const versions = [version('a', { version: 1 }, true), version('b', { version: 3 })];
    expect(nextVersion(versions, base.slug)).toBe(4);
    expect(nextVersion(versions, 'never-seen')).toBe(1);
  });

  it('flags a review as overdue from the day after its review date', () => {
    expect(isReviewOverdue({ reviewBy: '2026-12-01' }, '2026-12-01')).toBe(false);
    expect(isReviewOverdue({ reviewBy: '2026-12-01' }, '2026-12-02')).toBe(true);
  });

  it('puts first the grids written for the young person’s grouping and age', () => {
    const help = version('h', {
      audience: { minAge: 12, maxAge: 18, groupings: ['getting-help'] },
    });
    const advice = version('a', {
      slug: 'advice',
      audience: { minAge: 5, maxAge: 18, groupings: ['getting-advice'] },
    });
    const young = version('y', {
      slug: 'young',
      audience: { minAge: 5, maxAge: 10, groupings: ['getting-help'] },
    });
    const order = gridsInOrderFor([help, advice, young], { grouping: 'getting-help', age: 14 });
    expect(order.suited.map((g) => g.id)).toEqual(['h']);
    expect(order.others.map((g) => g.id)).toEqual(['a', 'y']);
    expect(gridsInOrderFor([help, advice], {}).suited).toHaveLength(2);
  });
});
