/**
 * What the engine remembers between rounds, in the `meta` table so it survives reloads and
 * is shared by every tab: the checkpoint (partition -> last version seen) and when the
 * last successful sync finished.
 */
import type { Checkpoint } from '../domain';
import type { OurPlanDatabase } from '../db';

export const CHECKPOINT_KEY = 'syncCheckpoint';
export const LAST_SYNCED_KEY = 'lastSyncedAt';

export async function readCheckpoint(db: OurPlanDatabase): Promise<Checkpoint> {
  const entry = await db.meta.get(CHECKPOINT_KEY);
  return isCheckpoint(entry?.value) ? { ...entry.value } : {};
}

export async function writeCheckpoint(db: OurPlanDatabase, checkpoint: Checkpoint): Promise<void> {
  await db.meta.put({ key: CHECKPOINT_KEY, value: checkpoint });
}

export async function readLastSyncedAt(db: OurPlanDatabase): Promise<string | undefined> {
  const entry = await db.meta.get(LAST_SYNCED_KEY);
  return typeof entry?.value === 'string' ? entry.value : undefined;
}

export async function writeLastSyncedAt(db: OurPlanDatabase, at: string): Promise<void> {
  await db.meta.put({ key: LAST_SYNCED_KEY, value: at });
}

function isCheckpoint(value: unknown): value is Checkpoint {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((v) => typeof v === 'number')
  );
}
