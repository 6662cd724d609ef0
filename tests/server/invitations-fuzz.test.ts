/**
 * Fuzzed bad input (fast-check) on the invitation routes: never a 500, always a JSON
 * {error, message}, and a refused request writes nothing (failed attempts aside, which
 * the rate limit must count).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/server/store/store';
import { AuthClient } from './helpers/auth-client';
import { backends } from './helpers/backends';
import type { HttpDevice } from './helpers/invitation-fixtures';
import { startInvitationWorld, type InvitationWorld } from './helpers/invitation-fixtures';

const TABLES = [
  'users',
  'auth_sessions',
  'invitations',
  'records',
  'partitions',
  'applied_mutations',
  'audit_events',
];

async function snapshot(store: Store): Promise<string> {
  const parts: unknown[] = [];
  for (const table of TABLES) parts.push(await store.query(`SELECT * FROM ${table} ORDER BY 1`));
  return JSON.stringify(parts);
}

const jsonValue = fc.oneof(
  fc.jsonValue(),
  fc.string({ maxLength: 300 }),
  fc.constantFrom('', ' ', 'x'.repeat(5000), '\u0000', 'young-person', 'carer', 'K7QM-3XPA-9T'),
  fc.constantFrom('short', 'a'.repeat(257), 'long enough passphrase'),
);

const FIELDS = [
  'role',
  'relationship',
  'displayName',
  'code',
  'passphrase',
  'deviceLabel',
  '__proto__',
  'constructor',
  'extra',
];

const badBody = fc.oneof(
  fc.jsonValue(),
  fc.dictionary(fc.constantFrom(...FIELDS), jsonValue, { maxKeys: 6 }),
);

const caseIdLike = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.constantFrom('..', '%00', 'a'.repeat(65), "'; DROP TABLE users; --"),
);

describe.each(backends)('fuzzed invitation input on %s', (backend) => {
  let world: InvitationWorld;
  let practitioner: HttpDevice;
  let caseId: string;

  beforeAll(async () => {
    world = await startInvitationWorld(backend);
    practitioner = await world.staff('pat@example.org');
    caseId = await practitioner.newCase();
  });
  afterAll(() => world.ts.close());

  function expectRefusal(response: { status: number; body: Record<string, unknown> }): void {
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(typeof response.body['error']).toBe('string');
  }

  it('redeem: bad bodies never 500 and write nothing', async () => {
    const store = world.ts.server.store;
    const before = await snapshot(store);
    await fc.assert(
      fc.asyncProperty(badBody, async (body) => {
        const response = await new AuthClient(world.ts.url).post('/api/invitations/redeem', body);
        expectRefusal(response);
      }),
      { numRuns: 60 },
    );
    expect(await snapshot(store)).toBe(before);
  });

  it('invite: bad bodies and forged case ids never 500; refusals write nothing', async () => {
    const store = world.ts.server.store;
    await fc.assert(
      fc.asyncProperty(badBody, fc.option(caseIdLike), async (body, forged) => {
        const before = await snapshot(store);
        const path = `/api/cases/${encodeURIComponent(forged ?? caseId)}/invitations`;
        const response = await practitioner.client.post(path, body);
        expect(response.status).not.toBe(500);
        if (response.status === 201) return; // a body that happened to be valid
        expectRefusal(response);
        expect(await snapshot(store)).toBe(before);
      }),
      { numRuns: 60 },
    );
  });

  it('withdraw: forged ids never 500', async () => {
    await fc.assert(
      fc.asyncProperty(caseIdLike, fc.string({ maxLength: 60 }), async (forgedCase, id) => {
        const path = `/api/cases/${encodeURIComponent(forgedCase)}/invitations/${encodeURIComponent(id)}`;
        expectRefusal(await practitioner.client.delete(path));
      }),
      { numRuns: 40 },
    );
  });
});
