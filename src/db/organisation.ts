/**
 * The organisation record on this device (organisation content syncs to everyone in
 * it). There is one per organisation; should two have been made offline at once, the
 * oldest is the organisation's and the screens say nothing of the other.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { AnyRecord } from '../domain';
import type { OurPlanDatabase } from './database';
import { localStore } from './local-store';

export async function readOrganisation(db: OurPlanDatabase): Promise<AnyRecord | null> {
  const all = await db.recordTable('organisation').toArray();
  const live = all
    .filter((o) => !o.deleted)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  return live[0] ?? null;
}

/** The organisation record, live: undefined while loading, null when none has synced. */
export function useOrganisation(): AnyRecord | null | undefined {
  return useLiveQuery(() => readOrganisation(localStore().db), []);
}
