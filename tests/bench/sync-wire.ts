/**
 * A lightweight simulated device for the sync benchmark: it builds mutations with its own
 * HLC (as the client repository does), keeps a checkpoint, and talks to POST /api/sync
 * with its person's session cookie, holding no local store. Used to seed a caseload, to
 * time HTTP-only pulls, and for the 100 concurrent devices (cheap enough that the load
 * generator does not become the bottleneck).
 */
import { buildMutation } from '../support/mutation';
import { randomBytes } from 'node:crypto';
import {
  HybridClock,
  syncResponseSchema,
  uuidv7,
  type Checkpoint,
  type Mutation,
} from '../../src/domain/index.ts';
import type { Person } from './sync-accounts.ts';

export interface WireResponse {
  accepted: string[];
  rejected: { id: string; key: string }[];
  changes: { id: string; caseId: string | null; kind: string }[];
  more: boolean;
  ms: number;
}

export class WireDevice {
  readonly id = `bench-${randomBytes(6).toString('hex')}`;
  readonly clock = new HybridClock(this.id);
  checkpoint: Checkpoint = {};

  constructor(
    readonly url: string,
    readonly person: Person,
  ) {}

  mutation(
    op: Mutation['op'],
    kind: string,
    recordId: string,
    caseId: string | null,
    set: Record<string, unknown>,
  ): Mutation {
    return buildMutation({
      deviceId: this.id,
      by: this.person.id,
      hlc: this.clock.now(),
      op,
      kind,
      recordId,
      caseId,
      set,
    });
  }

  create(kind: string, caseId: string | null, set: Record<string, unknown>): Mutation {
    const id = uuidv7();
    return this.mutation('create', kind, id, kind === 'case' ? id : caseId, set);
  }

  /** One round trip; keeps the new checkpoint. */
  async sync(mutations: readonly Mutation[] = []): Promise<WireResponse> {
    const t0 = performance.now();
    const body = JSON.stringify({ deviceId: this.id, mutations, checkpoint: this.checkpoint });
    const response = await this.post(body);
    const text = await response.text();
    if (response.status !== 200)
      throw new Error(`POST /api/sync: HTTP ${response.status}: ${text.slice(0, 300)}`);
    const answer = syncResponseSchema.parse(JSON.parse(text));
    const ms = performance.now() - t0;
    this.checkpoint = answer.checkpoint;
    this.clock.receive(answer.serverClock);
    return {
      accepted: answer.accepted,
      rejected: answer.rejected,
      changes: answer.changes as WireResponse['changes'],
      more: answer.more,
      ms,
    };
  }

  /**
   * POST /api/sync; a connection lost before any answer is retried with the same body,
   * as the client engine would (mutation ids make the replay harmless). Counted in
   * `connectionErrors`, since each one is a finding.
   */
  private async post(body: string, attempts = 3): Promise<Response> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await fetch(`${this.url}/api/sync`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...this.person.headers },
          body,
        });
      } catch (error) {
        WireDevice.connectionErrors.push(String((error as Error).cause ?? error));
        if (attempt >= attempts) throw error;
      }
    }
  }

  /** Connection errors (retried) seen by every WireDevice so far. */
  static readonly connectionErrors: string[] = [];

  /** Pushes `mutations` (at most one batch), failing on any refusal. */
  async push(mutations: readonly Mutation[]): Promise<WireResponse> {
    const response = await this.sync(mutations);
    if (response.rejected.length > 0 || response.accepted.length !== mutations.length)
      throw new Error(`push refused: ${JSON.stringify(response.rejected.slice(0, 3))}`);
    return response;
  }

  /** Pulls until the server has nothing more; returns the records received. */
  async pullAll(): Promise<WireResponse['changes']> {
    const all: WireResponse['changes'] = [];
    for (;;) {
      const response = await this.sync();
      all.push(...response.changes);
      if (!response.more) return all;
    }
  }
}
