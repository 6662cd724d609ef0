/**
 * Applies one partition's share of a push in ONE transaction (DESIGN.md §5):
 *
 *   lock the partition row → skip replays → check access → validate and merge → bump the
 *   version once per accepted mutation → write records, applied ids and audit entries
 *
 * all together, so a crash loses or duplicates nothing. One transaction per partition
 * (not per mutation) keeps a 50-mutation push to a dozen statements; reads and writes are
 * batched (jsonb parameters) for the same reason. A group in which nothing is accepted is
 * rolled back, so a refused push (forged case id, unknown case) leaves no trace.
 */
import {
  ValidationError,
  validateMutation,
  type AnyRecord,
  type HybridClock,
  type Mutation,
  type Rejection,
} from '../../domain';
import { caseAccessFrom, isActorAccessRecord, type CaseAccess } from '../access/case-access';
import { loadCaseAccessRecords } from '../access/load';
import { isCasePartition } from '../access/partitions';
import { writeRefusal } from '../access/write-policy';
import type { Actor } from '../auth/actor';
import { auditActionOf, auditRoleOf } from '../audit/actions';
import type { AuditEntry } from '../audit/chain';
import { appendAudit } from '../audit/store';
import type { Sql, Store } from '../store/store';
import { mutationHash, rejectionOf, type Prepared } from './prepare';
import { SERVER_ACTOR_ID, SERVER_DEVICE_ID, leadMembershipMutation } from './server-writes';
import { loadRecords, writeChanges, type AppliedRow, type Change } from './sql';

/** Per mutation id: null when accepted (or replayed), the refusal otherwise. */
export type Outcomes = Map<string, Rejection | null>;

export interface ApplyContext {
  actor: Actor;
  deviceId: string;
  clock: HybridClock;
  now: number;
}

/** Nothing was accepted: roll back whatever the transaction touched. */
class NothingAccepted extends Error {
  constructor(readonly outcomes: Outcomes) {
    super('nothing accepted');
  }
}

/** A concurrent push took a mutation id or record id first: run the group again. */
export class RaceLost extends Error {}

const LOCK_PARTITION = `
INSERT INTO partitions (partition) VALUES ($1)
ON CONFLICT (partition) DO UPDATE SET partition = excluded.partition
RETURNING version`;

const APPLIED = `
SELECT id, hash FROM applied_mutations
 WHERE id IN (SELECT jsonb_array_elements_text($1::jsonb))`;

const dup = { path: ['id'], key: 'duplicateMutation', params: {} };

/** Referenced records the write rules look at (a rated goal, a corrected rating, an item's plan). */
function refsOf(m: Mutation, current: AnyRecord | undefined): string[] {
  return [m.set['goalId'], m.set['correctsRatingId'], m.set['planId'], current?.['planId']].filter(
    (v): v is string => typeof v === 'string',
  );
}

class GroupRun {
  readonly outcomes: Outcomes = new Map();
  readonly changes = new Map<string, Change>();
  readonly applied: AppliedRow[] = [];
  readonly audit: AuditEntry[] = [];
  access: CaseAccess | null = null;

  constructor(
    readonly ctx: ApplyContext,
    readonly partition: string,
    public version: number,
    readonly working: Map<string, AnyRecord>,
    readonly accessRecords: Map<string, AnyRecord>,
  ) {
    this.access = caseAccessFrom(ctx.actor, accessRecords.values());
  }

  private lookup = (caseId: string | null) => (id: string) => {
    const r = this.working.get(id);
    return r && r.caseId === caseId ? r : undefined;
  };

  run(item: Prepared, prior: string | undefined): void {
    const { mutation: m } = item;
    if (prior !== undefined) {
      // A replay changes nothing; only its author is told it was applied.
      const outcome =
        prior !== item.hash
          ? rejectionOf(m.id, dup)
          : m.by !== this.ctx.actor.userId
            ? rejectionOf(m.id, { path: ['by'], key: 'forbidden', params: {} })
            : null;
      this.outcomes.set(m.id, outcome);
      return;
    }
    const current = this.working.get(m.recordId);
    const refusal = writeRefusal({
      actor: this.ctx.actor,
      partition: this.partition,
      access: this.access,
      mutation: m,
      current,
      lookup: this.lookup(m.caseId),
    });
    if (refusal) {
      this.outcomes.set(m.id, rejectionOf(m.id, refusal));
      return;
    }
    let next: AnyRecord;
    try {
      next = validateMutation(current, m);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      const first = error.problems[0] ?? { path: [], key: 'invalid', params: {} };
      this.outcomes.set(m.id, rejectionOf(m.id, first));
      return;
    }
    const role = auditRoleOf(this.ctx.actor, this.partition, this.access);
    this.accept(m, item.hash, next, this.ctx.actor.userId, this.ctx.deviceId, role);
    if (m.kind === 'case' && m.op === 'create') this.addLeadMembership(m);
  }

  private addLeadMembership(caseCreate: Mutation): void {
    const { clock, now, actor } = this.ctx;
    const m = leadMembershipMutation(caseCreate.recordId, actor.userId, clock.now(), now);
    const record = validateMutation(undefined, m);
    this.accept(m, mutationHash(m), record, SERVER_ACTOR_ID, SERVER_DEVICE_ID, 'system');
  }

  private accept(
    m: Mutation,
    hash: string,
    record: AnyRecord,
    userId: string,
    deviceId: string,
    actorRole: string,
  ): void {
    this.version += 1;
    this.working.set(record.id, record);
    this.changes.set(record.id, { record, version: this.version });
    this.applied.push({
      id: m.id,
      recordId: record.id,
      version: this.version,
      userId,
      deviceId,
      hash,
    });
    this.outcomes.set(m.id, null);
    this.ctx.clock.receive(m.hlc);
    this.audit.push({
      id: m.id,
      partition: this.partition,
      caseId: isCasePartition(this.partition) ? this.partition : null,
      actorId: userId,
      actorRole,
      deviceId,
      action: auditActionOf(m, record),
      kind: m.kind,
      recordId: record.id,
      at: new Date(this.ctx.now).toISOString(),
    });
    if (isActorAccessRecord(this.ctx.actor, record) || this.accessRecords.has(record.id)) {
      this.accessRecords.set(record.id, record);
      this.access = caseAccessFrom(this.ctx.actor, this.accessRecords.values());
    }
  }
}

async function applyIn(
  tx: Sql,
  ctx: ApplyContext,
  partition: string,
  items: readonly Prepared[],
): Promise<Outcomes> {
  const [lock] = await tx.query<{ version: number }>(LOCK_PARTITION, [partition]);
  const ids = items.map((i) => i.mutation.id);
  const appliedRows = await tx.query<{ id: string; hash: string }>(APPLIED, [JSON.stringify(ids)]);
  const prior = new Map(appliedRows.map((r) => [r.id, r.hash]));

  const working = await loadRecords(
    tx,
    items.flatMap((i) => [i.mutation.recordId, ...refsOf(i.mutation, undefined)]),
  );
  const moreRefs = items.flatMap((i) => refsOf(i.mutation, working.get(i.mutation.recordId)));
  for (const [id, r] of await loadRecords(
    tx,
    moreRefs.filter((id) => !working.has(id)),
  ))
    working.set(id, r);
  const accessRecords = isCasePartition(partition)
    ? await loadCaseAccessRecords(tx, ctx.actor, partition)
    : [];

  const run = new GroupRun(
    ctx,
    partition,
    Number(lock?.version ?? 0),
    working,
    new Map(accessRecords.map((r) => [r.id, r])),
  );
  // The service has removed repeated ids within the push, so each item is a new id here.
  for (const item of items) run.run(item, prior.get(item.mutation.id));
  if (run.changes.size === 0) throw new NothingAccepted(run.outcomes);

  const ok = await writeChanges(tx, partition, run.changes, run.applied);
  if (!ok) throw new RaceLost('a concurrent push took an id first');
  await appendAudit(tx, run.audit);
  await tx.query('UPDATE partitions SET version = $2 WHERE partition = $1', [
    partition,
    run.version,
  ]);
  return run.outcomes;
}

const MAX_ATTEMPTS = 3;

export async function applyPartition(
  store: Store,
  ctx: ApplyContext,
  partition: string,
  items: readonly Prepared[],
): Promise<Outcomes> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await store.transaction((tx) => applyIn(tx, ctx, partition, items));
    } catch (error) {
      if (error instanceof NothingAccepted) return error.outcomes;
      if (error instanceof RaceLost && attempt < MAX_ATTEMPTS) continue;
      throw error;
    }
  }
}
