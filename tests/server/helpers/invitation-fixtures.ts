/**
 * Invitation tests over the real HTTP API: a server with a first admin, practitioners
 * signed in through their activation links, cases created through POST /api/sync, and a
 * device stand-in that syncs over HTTP with a session cookie.
 */
import { randomBytes } from 'node:crypto';
import {
  HybridClock,
  SCHEMA_VERSION,
  uuidv7,
  type AnyRecord,
  type Checkpoint,
  type Mutation,
} from '../../../src/domain';
import type { Backend } from '../../../src/server/store/store';
import type { AuthClient, ApiResponse } from './auth-client';
import { activeStaff, setUpFirstAdmin, startAuthServer } from './auth-fixtures';
import type { TestServer } from './test-server';

export const PASSPHRASE = 'blue kite river';

export interface InvitationWorld {
  ts: TestServer;
  admin: AuthClient;
  staff(email: string): Promise<HttpDevice>;
}

export async function startInvitationWorld(backend: Backend): Promise<InvitationWorld> {
  const ts = await startAuthServer(backend);
  const { admin } = await setUpFirstAdmin(ts);
  return {
    ts,
    admin,
    async staff(email) {
      const { id, client } = await activeStaff(ts, admin, email, 'practitioner password 1');
      return new HttpDevice(client, id);
    },
  };
}

export class HttpDevice {
  readonly id = `dev-${randomBytes(6).toString('hex')}`;
  readonly clock = new HybridClock(this.id);
  checkpoint: Checkpoint = {};
  readonly records = new Map<string, AnyRecord>();

  constructor(
    readonly client: AuthClient,
    readonly userId: string,
  ) {}

  create(kind: string, caseId: string | null, set: Record<string, unknown>): Mutation {
    const recordId = uuidv7();
    return {
      id: uuidv7(),
      deviceId: this.id,
      schemaVersion: SCHEMA_VERSION,
      recordId,
      kind,
      caseId: kind === 'case' ? recordId : caseId,
      op: 'create',
      hlc: this.clock.now(),
      by: this.userId,
      at: new Date().toISOString(),
      set,
      base: {},
    };
  }

  /** One sync round trip; keeps the checkpoint and the records (removals first). */
  async sync(mutations: Mutation[] = []): Promise<ApiResponse> {
    const response = await this.client.post('/api/sync', {
      deviceId: this.id,
      mutations,
      checkpoint: this.checkpoint,
    });
    if (response.status !== 200) return response;
    const body = response.body as {
      changes: AnyRecord[];
      removed: string[];
      checkpoint: Checkpoint;
      rejected: unknown[];
    };
    for (const p of body.removed)
      for (const [id, r] of this.records) if (r.caseId === p) this.records.delete(id);
    for (const r of body.changes) this.records.set(r.id, r);
    this.checkpoint = body.checkpoint;
    return response;
  }

  ofKind(kind: string): AnyRecord[] {
    return [...this.records.values()].filter((r) => r.kind === kind);
  }

  /** A new case with a goal and a practitioner-only note; returns its id. */
  async newCase(name = 'Sam'): Promise<string> {
    const kase = this.create('case', null, {
      preferredName: name,
      ageBand: '14-15',
      involved: [],
      consentToRecord: true,
      status: 'open',
    });
    const note = this.create('note', kase.recordId, {
      body: 'Practitioner only: safeguarding',
      audience: 'practitioner-only',
      purpose: 'message',
    });
    const response = await this.sync([kase, note]);
    const rejected = (response.body['rejected'] as unknown[] | undefined) ?? ['no body'];
    if (response.status !== 200 || rejected.length > 0)
      throw new Error(`case refused: ${JSON.stringify(response.body)}`);
    return kase.recordId;
  }
}

/** Invites to a case; returns the response. */
export function invite(
  device: HttpDevice,
  caseId: string,
  body: Record<string, unknown>,
): Promise<ApiResponse> {
  return device.client.post(`/api/cases/${caseId}/invitations`, body);
}

export function redeemBody(code: string, displayName = 'Sam') {
  return { code, displayName, passphrase: PASSPHRASE, deviceLabel: 'Phone' };
}
