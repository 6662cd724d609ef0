/**
 * A real client device for the sync benchmark: its own local store (Dexie on
 * fake-indexeddb), its repository for local writes (validated, written with an outbox
 * entry in one transaction) and the client SyncEngine with the HTTP transport and its
 * person's session cookie, the same path the app takes. `onRoundTrip` hears how long
 * each POST /api/sync took (request sent to answer parsed), apart from local storage.
 */
import 'fake-indexeddb/auto';
import { SyncEngine, httpTransport, type Transport } from '../../src/sync/index.ts';
import { deleteDevices, freshDevice, type TestDevice } from '../sync/helpers/device.ts';
import type { Person } from './sync-accounts.ts';

export interface EngineDevice extends TestDevice {
  engine: SyncEngine;
}

export async function engineDevice(
  url: string,
  person: Person,
  onRoundTrip: (ms: number) => void = () => undefined,
): Promise<EngineDevice> {
  const device = await freshDevice(person.id);
  const http = httpTransport({ url: `${url}/api/sync`, headers: person.headers });
  const timed: Transport = async (request) => {
    const t0 = performance.now();
    const response = await http(request);
    onRoundTrip(performance.now() - t0);
    return response;
  };
  const engine = new SyncEngine({ db: device.db, deviceId: device.deviceId, transport: timed });
  return { ...device, engine };
}

/** Deletes every device database made so far. */
export const deleteEngineDevices = deleteDevices;
