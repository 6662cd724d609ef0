/**
 * Reading and writing the organisation's crisis lines (a `crisis-contact-list` record) on
 * this device; the sync takes them to every other device in the organisation.
 *
 * Design choices:
 * - The list in use is the one phones show (src/db/safety-plans.ts
 *   readOrganisationCrisisContacts): the live list updated last. The admin screen reads
 *   the whole record (review date, sources, example flag), by the same rule.
 * - Saving updates that record, or creates one (organisation content has no case), so
 *   one list stays one record. Two admins who each created one offline make two; going
 *   back to the defaults removes every live one, in one transaction, so no older list
 *   can appear in its place.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { localStore } from '../../../db';
import type { CrisisContactListData, KindRecord } from '../../../domain';

const KIND = 'crisis-contact-list';

export interface OrganisationCrisisList {
  /** The list in use: updated last. */
  current: KindRecord<'crisis-contact-list'>;
  /** Every live list's id (normally just the current one). */
  ids: string[];
}

/** The organisation's list, live: undefined while reading, null when there is none. */
export function useOrganisationCrisisList(): OrganisationCrisisList | null | undefined {
  return useLiveQuery(async () => {
    const lists = (await localStore().db.recordTable(KIND).toArray()).filter(
      (r) => !r.deleted,
    ) as KindRecord<'crisis-contact-list'>[];
    const current = lists.sort((a, b) => a.updatedAt.localeCompare(b.updatedAt)).at(-1);
    return current ? { current, ids: lists.map((l) => l.id) } : null;
  }, []);
}

/** The only fields the record holds, so nothing else can ride along. */
function recordData(data: CrisisContactListData): Record<string, unknown> {
  return {
    contacts: data.contacts,
    reviewBy: data.reviewBy,
    sources: data.sources,
    exampleContent: data.exampleContent,
  };
}

/** Saves the list: changes the organisation's list if there is one, else makes it. */
export async function saveCrisisList(
  data: CrisisContactListData,
  existingId: string | undefined,
): Promise<void> {
  const { records } = localStore();
  if (existingId) await records.update(KIND, existingId, recordData(data));
  else await records.create(KIND, null, recordData(data));
}

/** Removes every organisation list, so every device shows the UK defaults again. */
export async function goBackToDefaults(ids: readonly string[]): Promise<void> {
  const { records } = localStore();
  await records.together([KIND], async () => {
    for (const id of ids) await records.remove(KIND, id);
  });
}
