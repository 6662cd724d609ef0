/**
 * Service-level sync tests: a migrated store on a backend, actors as the session check
 * would make them, and simulated devices that build mutations with their own HLC and
 * keep a checkpoint, the way the client engine does.
 */
import { buildMutation } from '../../support/mutation';
import { randomBytes } from 'node:crypto';
import {
  HybridClock,
  uuidv7,
  type AnyRecord,
  type Checkpoint,
  type Mutation,
  type SyncResponse,
} from '../../../src/domain';
import type { AccountRole, Actor } from '../../../src/server/auth/actor';
import { loadConfig } from '../../../src/server/config';
import { openStore } from '../../../src/server/store/open-store';
import type { Backend, Store } from '../../../src/server/store/store';
import { SyncService, type SyncServiceOptions } from '../../../src/server/sync/service';
import { placeFor } from './backends';

export interface SyncFixture {
  store: Store;
  service: SyncService;
  close(): Promise<void>;
}

export async function openSyncFixture(
  backend: Backend,
  options: SyncServiceOptions = {},
): Promise<SyncFixture> {
  const place = await placeFor(backend);
  const store = await openStore(loadConfig({ ...place.env, LOG_LEVEL: 'silent' }));
  await store.migrate();
  return {
    store,
    service: new SyncService(store, options),
    async close() {
      await store.close();
      await place.cleanUp();
    },
  };
}

export function makeActor(...roles: AccountRole[]): Actor {
  return { userId: uuidv7(), organisationId: uuidv7(), roles, sessionId: uuidv7() };
}

export class Device {
  readonly id = `dev-${randomBytes(6).toString('hex')}`;
  readonly clock: HybridClock;
  checkpoint: Checkpoint = {};
  /** What this device holds, as the server sent it. */
  readonly records = new Map<string, AnyRecord>();

  constructor(
    readonly service: SyncService,
    readonly actor: Actor,
    wallClock: () => number = Date.now,
  ) {
    this.clock = new HybridClock(this.id, wallClock);
  }

  mutation(
    op: Mutation['op'],
    kind: string,
    recordId: string,
    caseId: string | null,
    set: Record<string, unknown> = {},
    base: Record<string, string[]> = {},
  ): Mutation {
    return buildMutation({
      deviceId: this.id,
      by: this.actor.userId,
      hlc: this.clock.now(),
      op,
      kind,
      recordId,
      caseId,
      set,
      base,
    });
  }

  create(kind: string, caseId: string | null, set: Record<string, unknown>): Mutation {
    const id = uuidv7();
    return this.mutation('create', kind, id, kind === 'case' ? id : caseId, set);
  }

  /** One sync round trip; the device keeps the checkpoint and applies removals then changes. */
  async sync(mutations: readonly unknown[] = []): Promise<SyncResponse> {
    const response = await this.service.sync(this.actor, this.id, {
      deviceId: this.id,
      mutations: [...mutations],
      checkpoint: this.checkpoint,
    });
    for (const p of response.removed)
      for (const [id, r] of this.records) if ((r.caseId ?? 'org') === p) this.records.delete(id);
    for (const r of response.changes) this.records.set(r.id, r);
    this.checkpoint = response.checkpoint;
    this.clock.receive(response.serverClock);
    return response;
  }

  /** Pull until the server has nothing more. */
  async pullAll(): Promise<void> {
    for (;;) if (!(await this.sync()).more) return;
  }

  ofKind(kind: string): AnyRecord[] {
    return [...this.records.values()].filter((r) => r.kind === kind);
  }
}

export const caseData = (name = 'Sam') => ({
  preferredName: name,
  ageBand: '14-15',
  involved: [{ name: 'Alex', relationship: 'Dad' }],
  consentToRecord: true,
  status: 'open',
});

export const goalData = (setBy = 'young-person') => ({
  text: 'Go back to school two days a week',
  theme: 'impact-on-life',
  setBy,
  baselineRating: 2,
  status: 'active',
  order: 1,
});

export const noteData = (audience: string, body = 'A note') => ({
  body,
  audience,
  purpose: 'message',
});

export const sessionData = () => ({
  date: '2026-01-10',
  attendees: [],
  summary: 'Care team summary',
  plainWordsSummary: 'We talked about school',
  nextSteps: 'Meet again',
  status: 'completed',
});

export const membershipData = (userId: string, role: string, relationship?: string) => ({
  userId,
  role,
  active: true,
  ...(relationship ? { relationship } : {}),
});

export const sharingData = (carerUserId: string, sections: Partial<Record<string, boolean>>) => ({
  carerUserId,
  sections: { goals: false, safetyPlan: false, decisions: false, notes: false, ...sections },
  decidedBy: 'young-person',
});

/** A case made by `practitioner` with a young person and (optionally) a carer on it. */
export async function seedCase(
  practitioner: Device,
  people: { youngPerson?: Actor; carer?: Actor } = {},
): Promise<{ caseId: string; memberships: Record<string, string> }> {
  const kase = practitioner.create('case', null, caseData());
  const caseId = kase.recordId;
  const memberships: Record<string, string> = {};
  const ms: Mutation[] = [kase];
  if (people.youngPerson) {
    const m = practitioner.create(
      'case-membership',
      caseId,
      membershipData(people.youngPerson.userId, 'young-person'),
    );
    memberships['youngPerson'] = m.recordId;
    ms.push(m);
  }
  if (people.carer) {
    const m = practitioner.create(
      'case-membership',
      caseId,
      membershipData(people.carer.userId, 'carer', 'Mum'),
    );
    memberships['carer'] = m.recordId;
    ms.push(m);
  }
  const response = await practitioner.sync(ms);
  if (response.rejected.length > 0)
    throw new Error(`seed refused: ${JSON.stringify(response.rejected)}`);
  return { caseId, memberships };
}

export async function count(store: Store, table: string): Promise<number> {
  const [row] = await store.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
  return row?.n ?? 0;
}

export interface Counts {
  records: number;
  partitions: number;
  applied_mutations: number;
  audit_events: number;
}

export async function counts(store: Store): Promise<Counts> {
  const [records, partitions, applied_mutations, audit_events] = await Promise.all(
    ['records', 'partitions', 'applied_mutations', 'audit_events'].map((t) => count(store, t)),
  );
  return {
    records: records ?? 0,
    partitions: partitions ?? 0,
    applied_mutations: applied_mutations ?? 0,
    audit_events: audit_events ?? 0,
  };
}
