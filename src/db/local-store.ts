/**
 * The app's local store: the database and the repository that writes to it, opened once
 * per page. Who the writer is comes from `setActor` (sign-in, issue #3); until someone
 * signs in, writes are attributed to this device (`device:<id>`), which is the honest
 * truth about who made them.
 */
import { OurPlanDatabase } from './database';
import { RecordRepository } from './repository';

export interface LocalStore {
  db: OurPlanDatabase;
  records: RecordRepository;
}

let store: LocalStore | undefined;
let actorId: string | undefined;

export function setActor(id: string | undefined): void {
  actorId = id;
}

export function deviceActor(deviceId: string): string {
  return `device:${deviceId}`;
}

export function localStore(): LocalStore {
  if (!store) {
    const db = new OurPlanDatabase();
    store = {
      db,
      records: new RecordRepository(db, (deviceId) => actorId ?? deviceActor(deviceId)),
    };
  }
  return store;
}
