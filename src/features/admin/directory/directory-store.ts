/**
 * Reading and writing the organisation's directory on this device: its own
 * `directory-resource` records, and which bundled national entries it switched off
 * (`disabledDirectoryIds` on the organisation record). The sync takes both to the server,
 * which serves them to school staff at /support with no sign-in.
 *
 * Design choices:
 * - A resource is never deleted from here: retiring keeps it (status `retired`, never
 *   suggested), so counts that named it still have a name and it can be brought back.
 * - A new resource is saved `active` explicitly, so no reader has to guess what a
 *   missing status means.
 * - Switching a national entry writes the whole list of switched-off ids, read from the
 *   record just before, like any other field of the organisation record.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { localStore, readOrganisation } from '../../../db';
import type { DirectoryResourceRecord } from '../../../domain';

const KIND = 'directory-resource';

/** The organisation's own resources (retired ones too), by name; undefined while reading. */
export function useOrganisationResources(): DirectoryResourceRecord[] | undefined {
  return useLiveQuery(async () => {
    const all = (await localStore().db.recordTable(KIND).toArray()) as DirectoryResourceRecord[];
    return all.filter((r) => !r.deleted).sort((a, b) => a.name.localeCompare(b.name));
  }, []);
}

/** Saves a resource: changes the record when there is one, else makes it (active). */
export async function saveResource(
  changes: Record<string, unknown>,
  existingId: string | undefined,
): Promise<string> {
  const { records } = localStore();
  if (existingId) {
    await records.update(KIND, existingId, changes);
    return existingId;
  }
  const data = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
  const created = await records.create(KIND, null, { ...data, status: 'active' });
  return created.id;
}

/** Checked again: a new review date, nothing else changed. */
export async function markResourceReviewed(id: string, reviewBy: string): Promise<void> {
  await localStore().records.update(KIND, id, { reviewBy });
}

/** Retired (kept, never suggested) or back in use. */
export async function setResourceStatus(id: string, status: 'active' | 'retired'): Promise<void> {
  await localStore().records.update(KIND, id, { status });
}

/** The bundled entries this organisation switched off. */
export function disabledIdsOf(organisation: Record<string, unknown> | null | undefined): string[] {
  const ids = organisation?.['disabledDirectoryIds'];
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
}

/**
 * Switches a bundled entry on or off for every device in the organisation. Needs the
 * organisation record (it holds the list); without one there is nowhere to keep it.
 */
export async function setBundledEntryShown(entryId: string, shown: boolean): Promise<void> {
  const { db, records } = localStore();
  const organisation = await readOrganisation(db);
  if (!organisation) throw new Error('No organisation record on this device');
  const now = disabledIdsOf(organisation).filter((id) => id !== entryId);
  await records.update('organisation', organisation.id, {
    disabledDirectoryIds: shown ? now : [...now, entryId],
  });
}
