/**
 * The sync service (DESIGN.md §5): one round trip that pushes a device's outbox and pulls
 * what changed since its checkpoint. Store-agnostic: plain SQL through the Store
 * interface, the same on PGlite and PostgreSQL.
 *
 * Push: each mutation is prepared on its own (bad ones are refused one by one, never the
 * whole batch), then the push is split by partition, keeping each partition's order, and
 * each partition's share is applied in one transaction (apply-partition.ts). Pull: see
 * pull.ts. Every case partition the pull sent records of is recorded in the audit log as
 * one read of that case, after the pull and outside any partition's lock (the pull takes
 * none), committed before the answer leaves; concurrent pulls share that commit.
 */
import {
  HybridClock,
  MAX_CHANGES_PER_PULL,
  type Rejection,
  type SyncRequest,
  type SyncResponse,
} from '../../domain';
import type { Actor } from '../auth/actor';
import type { AuditEntry } from '../audit/chain';
import { AuditGroupAppender } from '../audit/group-append';
import type { Store } from '../store/store';
import { applyPartition, type Outcomes } from './apply-partition';
import { prepareMutation, rejectionOf, type Prepared } from './prepare';
import { pull } from './pull';
import { uuidv7 } from '../../domain';

export interface SyncServiceOptions {
  /** The server's wall clock (tests move it). */
  now?: () => number;
  maxChangesPerPull?: number;
}

const duplicate = { path: ['id'], key: 'duplicateMutation', params: {} };

export class SyncService {
  private readonly now: () => number;
  private readonly limit: number;
  /** The server's HLC: folds in every accepted write, so its own writes come after them. */
  readonly clock: HybridClock;
  /** Read audits of concurrent pulls share commits (see group-append.ts). */
  private readonly readAudit: AuditGroupAppender;

  constructor(
    private readonly store: Store,
    options: SyncServiceOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.limit = options.maxChangesPerPull ?? MAX_CHANGES_PER_PULL;
    this.clock = new HybridClock('server', this.now);
    this.readAudit = new AuditGroupAppender(store);
  }

  async sync(actor: Actor, deviceId: string, request: SyncRequest): Promise<SyncResponse> {
    const now = this.now();
    const outcomes: Outcomes = new Map();
    const order: { id: string; rejection?: Rejection }[] = [];
    const groups = new Map<string, Prepared[]>();
    const seen = new Map<string, string>(); // id -> hash of its first copy in this push

    for (const raw of request.mutations) {
      const prepared = prepareMutation(raw, now);
      if (!prepared.ok) {
        order.push({ id: prepared.rejection.id, rejection: prepared.rejection });
        continue;
      }
      const { mutation, hash, partition } = prepared.item;
      const first = seen.get(mutation.id);
      if (first !== undefined) {
        // A repeated id in one push: a copy is answered once; different content is forged.
        if (first !== hash)
          order.push({ id: mutation.id, rejection: rejectionOf(mutation.id, duplicate) });
        continue;
      }
      seen.set(mutation.id, hash);
      order.push({ id: mutation.id });
      const group = groups.get(partition) ?? [];
      group.push(prepared.item);
      groups.set(partition, group);
    }

    const ctx = { actor, deviceId, clock: this.clock, now };
    for (const [partition, items] of groups) {
      for (const [id, outcome] of await applyPartition(this.store, ctx, partition, items))
        outcomes.set(id, outcome);
    }

    const accepted: string[] = [];
    const rejected: Rejection[] = [];
    for (const { id, rejection } of order) {
      const outcome = rejection ?? outcomes.get(id) ?? null;
      if (outcome) rejected.push(outcome);
      else accepted.push(id);
    }

    const pulled = await pull(this.store, actor, request.checkpoint, this.limit);
    await this.recordReads(actor, deviceId, pulled.read, now);
    return {
      accepted,
      rejected,
      changes: pulled.changes,
      removed: pulled.removed,
      checkpoint: pulled.checkpoint,
      more: pulled.more,
      serverClock: this.clock.now(),
      serverTime: new Date(now).toISOString(),
    };
  }

  /** One audit entry per case read, not per record. */
  private async recordReads(
    actor: Actor,
    deviceId: string,
    read: ReadonlyMap<string, { caseRole: string }>,
    now: number,
  ): Promise<void> {
    if (read.size === 0) return;
    const at = new Date(now).toISOString();
    const entries: AuditEntry[] = [...read].map(([partition, access]) => ({
      id: uuidv7(now),
      partition,
      caseId: partition,
      actorId: actor.userId,
      actorRole: access.caseRole,
      deviceId,
      action: 'read',
      kind: null,
      recordId: null,
      at,
    }));
    await this.readAudit.append(entries);
  }
}
