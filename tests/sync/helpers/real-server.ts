/**
 * The real server side of sync, in process: the server engineers' SyncService on a real
 * store (PGlite, migrated), and a transport per simulated device that calls it as that
 * device's signed-in user. The answer goes through JSON and the shared response schema,
 * as it would over HTTP, so nothing passes that the wire would not carry.
 */
import { syncResponseSchema, uuidv7, type AnyRecord, type SyncRequest } from '../../../src/domain';
import type { Actor, AccountRole } from '../../../src/server/auth/actor';
import { loadConfig } from '../../../src/server/config';
import { openStore } from '../../../src/server/store/open-store';
import type { Store } from '../../../src/server/store/store';
import { SyncService } from '../../../src/server/sync/service';
import type { Transport } from '../../../src/sync';
import { placeFor, type BackendPlace } from '../../server/helpers/backends';

export interface RealServer {
  store: Store;
  service: SyncService;
  close(): Promise<void>;
}

export async function openRealServer(): Promise<RealServer> {
  const place: BackendPlace = await placeFor('pglite');
  const store = await openStore(loadConfig({ ...place.env, LOG_LEVEL: 'silent' }));
  await store.migrate();
  return {
    store,
    service: new SyncService(store),
    async close() {
      await store.close();
      await place.cleanUp();
    },
  };
}

export function makeActor(roles: AccountRole[] = ['practitioner']): Actor {
  return {
    userId: uuidv7(),
    organisationId: uuidv7(),
    roles,
    sessionId: uuidv7(),
  };
}

export interface ServiceTransportHooks {
  /** Runs after the request leaves the device and before the server sees it. */
  beforeServer?: (request: SyncRequest) => Promise<void> | void;
  /** Return true to lose this answer: the server has applied the push, the device hears nothing. */
  loseAnswer?: (request: SyncRequest) => boolean;
}

export function serviceTransport(
  server: RealServer,
  actor: Actor,
  hooks: ServiceTransportHooks = {},
): Transport {
  return async (request) => {
    const wire = JSON.parse(JSON.stringify(request)) as SyncRequest;
    await hooks.beforeServer?.(wire);
    const response = await server.service.sync(actor, wire.deviceId, wire);
    if (hooks.loseAnswer?.(wire)) throw new Error('connection reset after the server answered');
    const parsed = syncResponseSchema.parse(JSON.parse(JSON.stringify(response)));
    return { ...parsed, changes: parsed.changes as AnyRecord[] };
  };
}

/** The server's copy of every record of a partition. */
export async function serverRecords(server: RealServer, partition: string): Promise<AnyRecord[]> {
  const rows = await server.store.query<{ data: AnyRecord }>(
    'SELECT data FROM records WHERE partition = $1 ORDER BY id',
    [partition],
  );
  return rows.map((r) => r.data);
}
