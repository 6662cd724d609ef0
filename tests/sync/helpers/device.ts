// A simulated device: its own local store on fake-indexeddb, its repository and its id.
import 'fake-indexeddb/auto';
import { OurPlanDatabase } from '../../../src/db/database';
import { ensureDeviceId } from '../../../src/db/device';
import { RecordRepository } from '../../../src/db/repository';

let counter = 0;

export interface TestDevice {
  db: OurPlanDatabase;
  records: RecordRepository;
  deviceId: string;
}

const opened: OurPlanDatabase[] = [];

export async function freshDevice(
  actor = 'user-practitioner-1',
  wallClock: () => number = Date.now,
): Promise<TestDevice> {
  const db = new OurPlanDatabase(`ourplan-sync-test-${process.pid}-${++counter}`);
  // Unlocked, as after a passcode: case data is encrypted at rest (issue #10).
  db.keys.useDataKey(globalThis.crypto.getRandomValues(new Uint8Array(32)));
  opened.push(db);
  const records = new RecordRepository(db, () => actor, wallClock);
  const deviceId = await ensureDeviceId(db);
  return { db, records, deviceId };
}

/** For afterEach: delete every database made since the last call. */
export async function deleteDevices(): Promise<void> {
  for (const db of opened.splice(0)) await db.delete();
}

export const validCase = {
  preferredName: 'Sam',
  ageBand: '14-15',
  pronouns: 'they/them',
  involved: [{ name: 'Alex', relationship: 'Mum' }],
  consentToRecord: true,
  status: 'open',
};

export function goalData(text = 'Go back to school', order = 0) {
  return {
    text,
    theme: 'impact-on-life',
    setBy: 'young-person',
    baselineRating: 2,
    status: 'active',
    order,
  };
}

/** The mutations waiting in a device's outbox, oldest first. */
export async function outboxMutations(device: TestDevice) {
  return (await device.db.outbox.orderBy('seq').toArray()).map((e) => e.mutation);
}
