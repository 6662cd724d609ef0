/**
 * Drafts: what someone has typed into a form and not yet saved, kept on this device so a
 * tablet that sleeps mid-session, a reload or a crash loses nothing (issue #4: "drafts
 * are saved as they are typed").
 *
 * Design choices:
 * - A draft is not a record: it is never validated, synced or audited, because half-typed
 *   text is not yet something anyone agreed. Saving the form writes the record (through
 *   the repository) and clears the draft.
 * - Keyed by the form and what it edits (`grouping:<sessionId>`), with the case id so a
 *   case's drafts can be found and removed together.
 * - Storage problems are reported like any other write (storage-errors.ts) but never
 *   thrown at the person typing: the form still holds their words.
 */
import type { OurPlanDatabase } from './database';
import { reportStorageProblem, toStorageError } from './storage-errors';

export async function readDraft(db: OurPlanDatabase, key: string): Promise<unknown> {
  const entry = await db.drafts.get(key);
  return entry?.value;
}

export async function saveDraft(
  db: OurPlanDatabase,
  key: string,
  caseId: string | null,
  value: unknown,
  now: () => Date = () => new Date(),
): Promise<void> {
  try {
    await db.drafts.put({ key, caseId, value, savedAt: now().toISOString() });
  } catch (error) {
    reportStorageProblem(toStorageError(error));
  }
}

export async function clearDraft(db: OurPlanDatabase, key: string): Promise<void> {
  await db.drafts.delete(key);
}
