/**
 * Rebasing (DESIGN.md §4–§5): the server's copy of a record is the authority, but the
 * person's edits that the server has not accepted yet must stay on screen. So the stored
 * record becomes the server's copy with the pending mutations applied on top, in the
 * order they were made. Field-level merge is idempotent, so a pending mutation the server
 * already holds (its answer was lost) changes nothing when it is applied again.
 */
import { applyMutation, type AnyRecord, type Mutation } from '../domain';

export function rebase(server: AnyRecord, pending: readonly Mutation[]): AnyRecord {
  return pending.reduce<AnyRecord>((record, m) => applyMutation(record, m), server);
}
