/**
 * Which option grids are on offer, and which version a decision was made with
 * (issue #5 items 1, 4 and 6), as pure rules over every version a device holds: the
 * bundled grids and the organisation's own versions synced from the server.
 *
 * - Versions are never rewritten. Per slug, the highest version is the current one;
 *   when that version is retired, the grid is not offered any more (older versions
 *   stay readable for the decisions made with them).
 * - A bundled grid and the organisation's edit of it share a slug, so the edit replaces
 *   the bundled one everywhere once it syncs.
 * - A grid is overdue for review the day after its review date. Overdue grids are still
 *   shown (a decision in progress must not lose its grid) but are flagged to admins.
 */
import type { OptionGridData } from './kinds/option-grid';
import type { Grouping } from './kinds/vocabulary';

export interface GridVersion {
  /** The record id (a bundled grid's fixed id). Decisions point at it. */
  id: string;
  data: OptionGridData;
  /** Shipped with the app (its words are translated through locales/). */
  bundled: boolean;
}

export function isRetired(grid: GridVersion): boolean {
  return grid.data.status === 'retired';
}

/** The current version of each grid, retired grids left out, in topic order. */
export function currentGrids(versions: readonly GridVersion[]): GridVersion[] {
  const latest = new Map<string, GridVersion>();
  for (const v of versions) {
    const seen = latest.get(v.data.slug);
    // On equal versions the organisation's own record wins over the bundled copy.
    if (
      seen === undefined ||
      v.data.version > seen.data.version ||
      (v.data.version === seen.data.version && seen.bundled && !v.bundled)
    ) {
      latest.set(v.data.slug, v);
    }
  }
  return [...latest.values()]
    .filter((v) => !isRetired(v))
    .sort((a, b) => a.data.topic.localeCompare(b.data.topic));
}

/** The latest version of every grid, retired ones included (the admin's list). */
export function latestVersions(versions: readonly GridVersion[]): GridVersion[] {
  const latest = new Map<string, GridVersion>();
  for (const v of versions) {
    const seen = latest.get(v.data.slug);
    if (seen === undefined || v.data.version > seen.data.version) latest.set(v.data.slug, v);
  }
  return [...latest.values()].sort((a, b) => a.data.topic.localeCompare(b.data.topic));
}

/** The next version number for an edit of the grid with this slug. */
export function nextVersion(versions: readonly GridVersion[], slug: string): number {
  return (
    Math.max(0, ...versions.filter((v) => v.data.slug === slug).map((v) => v.data.version)) + 1
  );
}

/** True when today (YYYY-MM-DD) is after the grid's review date. */
export function isReviewOverdue(grid: Pick<OptionGridData, 'reviewBy'>, today: string): boolean {
  return grid.reviewBy < today;
}

/** Whether a grid was written for this young person: their grouping and age. */
export function gridSuits(
  grid: GridVersion,
  who: { grouping?: Grouping | undefined; age?: number | undefined },
): boolean {
  const { audience } = grid.data;
  const groupingFits = who.grouping === undefined || audience.groupings.includes(who.grouping);
  const ageFits =
    who.age === undefined || (who.age >= audience.minAge && who.age <= audience.maxAge);
  return groupingFits && ageFits;
}

/** The grids to offer first: the ones that suit, then the rest, each in topic order. */
export function gridsInOrderFor(
  grids: readonly GridVersion[],
  who: { grouping?: Grouping | undefined; age?: number | undefined },
): { suited: GridVersion[]; others: GridVersion[] } {
  const suited = grids.filter((g) => gridSuits(g, who));
  return { suited, others: grids.filter((g) => !suited.includes(g)) };
}
