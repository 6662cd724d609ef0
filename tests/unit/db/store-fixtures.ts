// A fresh local store per test: a uniquely named database on fake-indexeddb.
import 'fake-indexeddb/auto';
import { OurPlanDatabase } from '../../../src/db/database';
import { RecordRepository } from '../../../src/db/repository';

let counter = 0;

export function freshStore(actor = 'user-practitioner-1', wallClock: () => number = Date.now) {
  const db = new OurPlanDatabase(`ourplan-test-${process.pid}-${++counter}`);
  // Unlocked, as after a passcode: case data is encrypted at rest (issue #10).
  db.keys.useDataKey(globalThis.crypto.getRandomValues(new Uint8Array(32)));
  const records = new RecordRepository(db, () => actor, wallClock);
  return { db, records };
}

export const validCase = {
  preferredName: 'Sam',
  ageBand: '14-15',
  pronouns: 'they/them',
  involved: [{ name: 'Alex', relationship: 'Mum' }],
  consentToRecord: true,
  status: 'open',
};
