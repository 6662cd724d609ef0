/**
 * Saving grid versions. Organisation content has no case (caseId null); each save is a
 * new record, so published versions are never rewritten.
 */
import { localStore } from '../../../db';
import type { OptionGridData } from '../../../domain';

/** Stores a new grid version and returns its id. */
export async function saveGridVersion(data: OptionGridData): Promise<string> {
  const record = await localStore().records.create('option-grid', null, { ...data });
  return record.id;
}

/** What the grid page says after a save that brought the admin there. */
export type SavedNotice = 'created' | 'edited' | 'retired' | 'reviewed';

export function savedNoticeFrom(state: unknown): SavedNotice | undefined {
  const saved = (state as { saved?: unknown } | null)?.saved;
  return saved === 'created' || saved === 'edited' || saved === 'retired' || saved === 'reviewed'
    ? saved
    : undefined;
}
