/**
 * The case's story as one list, newest first: sessions, grouping changes, decisions made
 * with option grids, goals, the safety plan and Current Views. Pure, so the order is unit
 * tested and cheap to rebuild on every change (a case with 50 sessions is a few hundred
 * entries at most).
 *
 * Design choices:
 * - Each entry has a calendar day (YYYY-MM-DD) from the record's own date field where it
 *   has one (session `date`, `agreedOn`, `decidedOn`, `completedOn`); goals, and draft
 *   safety plans, have none, so they use the day they were written (`createdAt`, UTC).
 * - Same day: the one written later comes first, so a day reads in the order it happened,
 *   newest on top; the record id settles anything still equal, so the order is stable.
 * - Grouping changes come from the append-only history, not the editable decision, so
 *   the timeline shows each change as it was agreed at the time.
 * - Only what the entry shows is copied out: the screen words it through locales/.
 */
import type { CaseOverview } from '../../../db';
import type { GoalStatus, Grouping, SessionStatus } from '../../../domain';

interface Base {
  id: string;
  /** YYYY-MM-DD */
  date: string;
  /** Tie-break within a day: when the record was written (ISO date-time). */
  writtenAt: string;
}

export type TimelineEntry = Base &
  (
    | { kind: 'session'; status: SessionStatus }
    | { kind: 'grouping'; from: Grouping | null; to: Grouping; reasons: string }
    | { kind: 'decision'; chosen: boolean; reasons: string }
    | { kind: 'goal'; text: string; status: GoalStatus }
    | { kind: 'safety-plan'; agreed: boolean; reviewBy?: string }
    | { kind: 'current-view'; problemsRated: number }
  );

const RATED = new Set(['mild', 'moderate', 'severe']);

type TimelineInput = Pick<
  CaseOverview,
  'sessions' | 'groupingHistory' | 'optionGridDecisions' | 'goals' | 'safetyPlans' | 'currentViews'
>;

/** Every entry of the case's timeline, newest first. */
export function buildTimeline(overview: TimelineInput): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const s of overview.sessions) {
    entries.push({
      kind: 'session',
      id: s.id,
      date: s.date,
      writtenAt: s.createdAt,
      status: s.status,
    });
  }
  for (const h of overview.groupingHistory) {
    entries.push({
      kind: 'grouping',
      id: h.id,
      date: h.agreedOn,
      writtenAt: h.createdAt,
      from: h.from,
      to: h.grouping,
      reasons: h.reasons,
    });
  }
  for (const d of overview.optionGridDecisions) {
    entries.push({
      kind: 'decision',
      id: d.id,
      date: d.decidedOn,
      writtenAt: d.createdAt,
      chosen: d.chosenOptionIds.length > 0,
      reasons: d.reasons,
    });
  }
  for (const g of overview.goals) {
    entries.push({
      kind: 'goal',
      id: g.id,
      date: g.createdAt.slice(0, 10),
      writtenAt: g.createdAt,
      text: g.text,
      status: g.status,
    });
  }
  for (const p of overview.safetyPlans) {
    const agreed = p.status === 'agreed' && p.agreedOn !== undefined;
    entries.push({
      kind: 'safety-plan',
      id: p.id,
      date: agreed && p.agreedOn ? p.agreedOn : p.createdAt.slice(0, 10),
      writtenAt: p.createdAt,
      agreed,
      ...(p.reviewBy ? { reviewBy: p.reviewBy } : {}),
    });
  }
  for (const v of overview.currentViews) {
    entries.push({
      kind: 'current-view',
      id: v.id,
      date: v.completedOn,
      writtenAt: v.createdAt,
      problemsRated: Object.values(v.presentingProblems).filter((r) => RATED.has(r)).length,
    });
  }
  return entries.sort(newestFirst);
}

function newestFirst(a: TimelineEntry, b: TimelineEntry): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  if (a.writtenAt !== b.writtenAt) return a.writtenAt < b.writtenAt ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}
