/**
 * Reading a case's grouping records: which decision is current, which belongs to this
 * session, and the history in the order people read it (newest first).
 *
 * Design choices:
 * - The current grouping is the latest decision by the day it was agreed; two decisions
 *   on the same day (two sessions, or two devices) are ordered by when they were written.
 * - Deleted records never count (the hooks already leave them out; this is belt and braces
 *   for callers that pass raw rows).
 */
import type {
  AnyRecord,
  GroupingDecisionRecord,
  GroupingHistoryEntryRecord,
} from '../../../domain';

const live = <T extends { deleted: boolean }>(records: readonly T[]): T[] =>
  records.filter((r) => !r.deleted);

const byAgreedThenWritten = (
  a: { agreedOn: string; createdAt: string },
  b: { agreedOn: string; createdAt: string },
): number =>
  a.agreedOn === b.agreedOn
    ? b.createdAt.localeCompare(a.createdAt)
    : b.agreedOn.localeCompare(a.agreedOn);

export const asDecisions = (records: readonly AnyRecord[]): GroupingDecisionRecord[] =>
  live(records as unknown as GroupingDecisionRecord[]);

export const asHistory = (records: readonly AnyRecord[]): GroupingHistoryEntryRecord[] =>
  live(records as unknown as GroupingHistoryEntryRecord[]);

/** The grouping agreed now: the latest decision by agreedOn, or undefined when none. */
export function latestDecision(
  decisions: readonly GroupingDecisionRecord[],
): GroupingDecisionRecord | undefined {
  return [...live(decisions)].sort(byAgreedThenWritten)[0];
}

/** This session's decision, if one was saved (the latest written, should there be two). */
export function sessionDecision(
  decisions: readonly GroupingDecisionRecord[],
  sessionId: string,
): GroupingDecisionRecord | undefined {
  return live(decisions)
    .filter((d) => d.sessionId === sessionId)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
}

/** The grouping history, newest first. */
export function historyNewestFirst(
  entries: readonly GroupingHistoryEntryRecord[],
): GroupingHistoryEntryRecord[] {
  return [...live(entries)].sort(byAgreedThenWritten);
}
