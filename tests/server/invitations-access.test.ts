/**
 * Who may invite (only the case's care team), bad invitation bodies, and the rate limit
 * on redeeming.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthClient } from './helpers/auth-client';
import { backends } from './helpers/backends';
import type { HttpDevice } from './helpers/invitation-fixtures';
import {
  invite,
  redeemBody,
  startInvitationWorld,
  type InvitationWorld,
} from './helpers/invitation-fixtures';

describe.each(backends)('who may invite, on %s', (backend) => {
  let world: InvitationWorld;
  let practitioner: HttpDevice;
  let caseId: string;

  beforeAll(async () => {
    world = await startInvitationWorld(backend);
    practitioner = await world.staff('pat@example.org');
    caseId = await practitioner.newCase();
  });
  afterAll(() => world.ts.close());

  it('refuses a practitioner who is not on the case', async () => {
    const other = await world.staff('other@example.org');
    const response = await invite(other, caseId, { role: 'young-person' });
    expect(response.status).toBe(403);
    expect((await other.client.get(`/api/cases/${caseId}/invitations`)).status).toBe(403);
    expect((await invite(other, 'no-such-case', { role: 'young-person' })).status).toBe(403);
  });

  it('refuses an admin who is not on the care team, and anyone signed out', async () => {
    expect(
      (
        await world.admin.post(`/api/cases/${caseId}/invitations`, {
          role: 'carer',
          relationship: 'Dad',
        })
      ).status,
    ).toBe(403);
    const anonymous = new AuthClient(world.ts.url);
    expect(
      (await anonymous.post(`/api/cases/${caseId}/invitations`, { role: 'young-person' })).status,
    ).toBe(401);
  });

  it('refuses a young person on the case', async () => {
    const created = await invite(practitioner, caseId, { role: 'young-person' });
    const phone = new AuthClient(world.ts.url);
    const redeemed = await phone.post(
      '/api/invitations/redeem',
      redeemBody(String(created.body['code'])),
    );
    expect(redeemed.status).toBe(201);
    const response = await phone.post(`/api/cases/${caseId}/invitations`, {
      role: 'carer',
      relationship: 'Mum',
    });
    expect(response.status).toBe(403);
    expect((await phone.get(`/api/cases/${caseId}/invitations`)).status).toBe(403);
  });

  it('needs a relationship for a carer', async () => {
    const response = await invite(practitioner, caseId, { role: 'carer' });
    expect(response.status).toBe(400);
    expect(response.body['problems']).toEqual([
      expect.objectContaining({ path: ['relationship'], key: 'required' }),
    ]);
  });

  it('rate limits failed redemptions per address with Retry-After', async () => {
    const guesser = new AuthClient(world.ts.url);
    for (let i = 0; i < 10; i++) {
      const response = await guesser.post('/api/invitations/redeem', redeemBody(`ZZZZ-ZZZZ-${i}Z`));
      expect(response.status).toBe(403);
    }
    const limited = await guesser.post('/api/invitations/redeem', redeemBody('ZZZZ-ZZZZ-ZZ'));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    // Even a good code waits: the limit is on the address.
    const created = await invite(practitioner, caseId, { role: 'young-person' });
    const blocked = await guesser.post(
      '/api/invitations/redeem',
      redeemBody(String(created.body['code'])),
    );
    expect(blocked.status).toBe(429);
  });

  it('rate limits failed redemptions per code across addresses', async () => {
    const created = await invite(practitioner, caseId, { role: 'young-person' });
    const code = String(created.body['code']);
    await world.ts.server.store.query(
      "UPDATE invitations SET expires_at = now() - interval '1 minute' WHERE id = $1",
      [created.body['id']],
    );
    for (let i = 0; i < 5; i++) {
      const response = await new AuthClient(world.ts.url).post(
        '/api/invitations/redeem',
        redeemBody(code),
      );
      expect(response.status).toBe(403);
    }
    const limited = await new AuthClient(world.ts.url).post(
      '/api/invitations/redeem',
      redeemBody(code),
    );
    expect(limited.status).toBe(429);
  });
});
