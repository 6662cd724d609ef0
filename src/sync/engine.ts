/**
 * The sync engine for one local store (DESIGN.md §5): push the outbox and pull what
 * changed, one round trip per round, until the server has nothing more and the outbox
 * has nothing more to send in this go.
 *
 * Order inside a round: read the outbox batch and the checkpoint, wait for the network,
 * and only then open the one Dexie transaction that stores the answer (apply-response.ts).
 * Nothing is taken out of the outbox before the server has acknowledged it, so a lost
 * answer only means the same mutations are sent again, which the server ignores (their
 * ids are known).
 */
import { MAX_MUTATIONS_PER_PUSH, type SyncResponse } from '../domain';
import { ensureDeviceId, type OurPlanDatabase } from '../db';
import { applyResponse, type AppliedRound } from './apply-response';
import { discardRejected, listRejected, retryRejected } from './rejected';
import { readCheckpoint } from './sync-meta';
import { toSyncFailure, type Transport } from './transport';

export interface SyncEngineOptions {
  db: OurPlanDatabase;
  transport: Transport;
  /** This device's id; read from (or made in) the store's meta table when not given. */
  deviceId?: string;
  wallClock?: () => number;
  /** How many mutations go in one push (the protocol's maximum unless a test says less). */
  batchSize?: number;
  /** A safety stop for one go: a server that says `more` for ever cannot spin us for ever. */
  maxRounds?: number;
}

export interface SyncResult extends AppliedRound {
  rounds: number;
  pushed: number;
  removed: string[];
  /** The device clock minus the server's, in ms, from the last answer (to spot a wrong clock). */
  clockOffsetMs: number;
}

export class SyncEngine {
  readonly db: OurPlanDatabase;
  private readonly transport: Transport;
  private readonly wallClock: () => number;
  private readonly batchSize: number;
  private readonly maxRounds: number;
  private deviceId?: Promise<string>;
  /** Goes in this tab run one after the other: two at once would push the same batch twice. */
  private tail: Promise<unknown> = Promise.resolve();

  constructor(options: SyncEngineOptions) {
    this.db = options.db;
    this.transport = options.transport;
    this.wallClock = options.wallClock ?? Date.now;
    this.batchSize = Math.min(options.batchSize ?? MAX_MUTATIONS_PER_PUSH, MAX_MUTATIONS_PER_PUSH);
    this.maxRounds = options.maxRounds ?? 1_000;
    if (options.deviceId) this.deviceId = Promise.resolve(options.deviceId);
  }

  device(): Promise<string> {
    this.deviceId ??= ensureDeviceId(this.db);
    return this.deviceId;
  }

  /** One go: rounds until nothing is left. Throws a SyncFailure when a round fails. */
  syncOnce(): Promise<SyncResult> {
    const go = this.tail.then(
      () => this.run(),
      () => this.run(),
    );
    this.tail = go.catch(() => undefined);
    return go;
  }

  private async run(): Promise<SyncResult> {
    const deviceId = await this.device();
    const total: SyncResult = {
      rounds: 0,
      pushed: 0,
      accepted: 0,
      rejected: 0,
      stored: 0,
      skipped: 0,
      removedRecords: 0,
      removed: [],
      clockOffsetMs: 0,
    };
    for (;;) {
      const entries = await this.db.outbox.orderBy('seq').limit(this.batchSize).toArray();
      const checkpoint = await readCheckpoint(this.db);
      let response: SyncResponse;
      try {
        response = await this.transport({
          deviceId,
          mutations: entries.map((e) => e.mutation),
          checkpoint,
        });
      } catch (error) {
        throw toSyncFailure(error);
      }
      const round = await applyResponse(this.db, deviceId, response, this.wallClock);
      total.rounds++;
      total.pushed += entries.length;
      total.accepted += round.accepted;
      total.rejected += round.rejected;
      total.stored += round.stored;
      total.skipped += round.skipped;
      total.removedRecords += round.removedRecords;
      total.removed.push(...response.removed);
      total.clockOffsetMs = this.wallClock() - Date.parse(response.serverTime);
      // A full batch that made progress means more may be waiting behind it.
      const settled = round.accepted + round.rejected;
      const outboxLeft =
        entries.length === this.batchSize && settled > 0 && (await this.db.outbox.count()) > 0;
      if ((!response.more && !outboxLeft) || total.rounds >= this.maxRounds) return total;
    }
  }

  listRejected() {
    return listRejected(this.db);
  }

  discardRejected(id: string): Promise<boolean> {
    return discardRejected(this.db, id);
  }

  async retryRejected(id: string): Promise<boolean> {
    return (await retryRejected(this.db, id, await this.device(), this.wallClock)) !== undefined;
  }
}
