/**
 * The weeks the counts page shows: the last 12 (this week and the 11 before), each with
 * its tally or zeros, so a quiet week reads as "0" rather than vanishing from the table.
 * Pure: the page passes today.
 */
import {
  tallySignpostingByWeek,
  weekStartOf,
  type SignpostingEventData,
  type WeekTally,
} from '../../../domain';
import { addDays } from '../directory/review-status';

export const WEEKS_SHOWN = 12;

export function lastWeeks(
  events: readonly SignpostingEventData[],
  today: string,
  weeks = WEEKS_SHOWN,
): WeekTally[] {
  const byWeek = new Map(tallySignpostingByWeek(events).map((w) => [w.weekStart, w]));
  const thisWeek = weekStartOf(today);
  return Array.from({ length: weeks }, (_, i) => {
    const weekStart = addDays(thisWeek, -7 * i);
    return (
      byWeek.get(weekStart) ?? {
        weekStart,
        total: 0,
        immediateDanger: 0,
        topics: {},
        resources: {},
      }
    );
  });
}

/** Ids by count, most first (ties by id, so the order is stable). */
export function byCount(counts: Record<string, number>): [string, number][] {
  return Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
