/**
 * Saving the agreed grouping, and keeping the grouping history (domain/THRIVE.md §1: a
 * grouping can change over time, and the app keeps the history, not just the current one).
 *
 * Rules:
 * - A session has one decision. Saving again in the same session updates it, writing only
 *   the fields that changed (so a concurrent edit of another field on another device is
 *   not overwritten, and an unchanged save writes nothing).
 * - The first save in a session creates the decision, agreed today, and a history entry
 *   whose `from` is the grouping agreed before it (null for the first on the case). An
 *   agreement to stay in the same grouping at a new session is part of the story, so it
 *   is written too (`from` equal to `grouping`).
 * - Changing the grouping within the same session adds an entry from the old grouping to
 *   the new one; correcting only the reasons (or views) does not: the entry already
 *   written keeps the reasons given when the grouping was agreed.
 *
 * The decision and its history entry are two repository writes (each atomic with its
 * outbox entry). The decision goes first, so an entry never points at a missing decision.
 */
import type { RecordRepository, SeenClocks } from '../../../db';
import type { GroupingDecisionRecord, Participant } from '../../../domain';
import { decisionFieldsFrom, type DecisionFields, type GroupingFormValues } from './grouping-form';

export interface SaveGroupingInput {
  caseId: string;
  sessionId: string;
  /** The form's values, already checked by the form schema. */
  values: GroupingFormValues;
  /** This session's decision, when one was saved before. */
  existing: GroupingDecisionRecord | undefined;
  /** The case's current decision (the latest by agreedOn), for the history's `from`. */
  latest: GroupingDecisionRecord | undefined;
  /** Today on this device (YYYY-MM-DD). */
  today: string;
  /** Field clocks as the form first showed them, so concurrent edits become conflicts. */
  seen?: SeenClocks;
}

export interface SaveGroupingResult {
  decision: GroupingDecisionRecord;
  created: boolean;
  /** Whether a history entry was written. */
  historyAdded: boolean;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The fields of `next` that differ from the stored decision. */
export function changedFields(
  existing: GroupingDecisionRecord,
  next: DecisionFields,
): Partial<DecisionFields> {
  const stored = existing as unknown as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(next).filter(([field, value]) => !same(stored[field], value)),
  ) as Partial<DecisionFields>;
}

/** Of the clocks the person saw, those of the fields being written. */
function seenFor(fields: string[], seen: SeenClocks | undefined): SeenClocks | undefined {
  if (!seen) return undefined;
  const out: SeenClocks = {};
  for (const field of fields) {
    const clocks = seen[field];
    if (clocks) out[field] = clocks;
  }
  return out;
}

/** The clocks of a stored record's fields, as `seen` for a later update. */
export function clocksOf(record: { clock: Record<string, string> }): SeenClocks {
  return Object.fromEntries(Object.entries(record.clock).map(([field, c]) => [field, [c]]));
}

const withoutUndefined = (data: object): Record<string, unknown> =>
  Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined));

/** The decision and its history entry are saved together or not at all. */
export function saveGrouping(
  repo: RecordRepository,
  input: SaveGroupingInput,
): Promise<SaveGroupingResult> {
  return repo.together(['grouping-decision', 'grouping-history-entry'], () =>
    writeGrouping(repo, input),
  );
}

async function writeGrouping(
  repo: RecordRepository,
  input: SaveGroupingInput,
): Promise<SaveGroupingResult> {
  const { existing } = input;
  const before: readonly Participant[] = existing?.agreedBy ?? [];
  const fields = decisionFieldsFrom(input.values, before);

  if (existing) {
    const changes = changedFields(existing, fields);
    if (Object.keys(changes).length === 0)
      return { decision: existing, created: false, historyAdded: false };
    const seen = seenFor(Object.keys(changes), input.seen);
    const decision = (await repo.update(
      'grouping-decision',
      existing.id,
      changes,
      seen,
    )) as unknown as GroupingDecisionRecord;
    const regrouped = changes.grouping !== undefined;
    if (regrouped) {
      await repo.create('grouping-history-entry', input.caseId, {
        grouping: fields.grouping,
        from: existing.grouping,
        decisionId: existing.id,
        agreedOn: existing.agreedOn,
        reasons: fields.reasons,
      });
    }
    return { decision, created: false, historyAdded: regrouped };
  }

  const decision = (await repo.create(
    'grouping-decision',
    input.caseId,
    withoutUndefined({ ...fields, agreedOn: input.today, sessionId: input.sessionId }),
  )) as unknown as GroupingDecisionRecord;
  await repo.create('grouping-history-entry', input.caseId, {
    grouping: fields.grouping,
    from: input.latest?.grouping ?? null,
    decisionId: decision.id,
    agreedOn: input.today,
    reasons: fields.reasons,
  });
  return { decision, created: true, historyAdded: true };
}
