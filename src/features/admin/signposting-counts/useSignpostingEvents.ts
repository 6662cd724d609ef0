/**
 * The anonymous signposting counts on this device (synced from the server's anonymous
 * partition, which only admins' devices receive), live; undefined while reading.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { localStore } from '../../../db';
import type { SignpostingEventRecord } from '../../../domain';

export function useSignpostingEvents(): SignpostingEventRecord[] | undefined {
  return useLiveQuery(
    async () =>
      (
        (await localStore()
          .db.recordTable('signposting-event')
          .toArray()) as SignpostingEventRecord[]
      ).filter((r) => !r.deleted),
    [],
  );
}
