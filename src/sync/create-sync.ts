/**
 * Wiring for the app: one engine, one scheduler and one status store for the page's local
 * store. The app calls `start()` once the person is signed in (sync needs a session) and
 * `stop()` when they sign out.
 */
import type { OurPlanDatabase } from '../db';
import { SyncEngine } from './engine';
import type { SyncEnvironment } from './environment';
import { httpTransport } from './http-transport';
import { SyncScheduler } from './scheduler';
import { SyncStatusStore } from './status';
import type { Transport } from './transport';

export interface SyncClient {
  engine: SyncEngine;
  scheduler: SyncScheduler;
  status: SyncStatusStore;
}

export function createSync(options: {
  db: OurPlanDatabase;
  transport?: Transport;
  environment?: SyncEnvironment;
}): SyncClient {
  const engine = new SyncEngine({
    db: options.db,
    transport: options.transport ?? httpTransport(),
  });
  const status = new SyncStatusStore();
  const scheduler = new SyncScheduler({ engine, status, environment: options.environment });
  return { engine, scheduler, status };
}
