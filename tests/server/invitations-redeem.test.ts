/**
 * Invitations end to end over HTTP: a practitioner on the case invites, the code is
 * redeemed once into a signed-in account with a case membership that access and sync
 * pick up; used, expired and withdrawn codes all get the same 403.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthClient } from './helpers/auth-client';
import { backends } from './helpers/backends';
import {
  HttpDevice,
  invite,
  redeemBody,
  startInvitationWorld,
  type InvitationWorld,
} from './helpers/invitation-fixtures';

const CODE_SHAPE = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{2}$/;

describe.each(backends)('invitations on %s', (backend) => {
  let world: InvitationWorld;
  let practitioner: HttpDevice;
  let caseId: string;

  beforeAll(async () => {
    world = await startInvitationWorld(backend);
    practitioner = await world.staff('pat@example.org');
    caseId = await practitioner.newCase();
  });
  afterAll(() => world.ts.close());

  async function newCode(body: Record<string, unknown> = { role: 'young-person' }) {
    const response = await invite(practitioner, caseId, body);
    expect(response.status).toBe(201);
    return response.body as { id: string; code: string; expiresAt: string; role: string };
  }

  it('invites with a grouped code valid for 72 hours, listed without the code', async () => {
    const created = await newCode({ role: 'young-person', displayName: 'Sam' });
    expect(created.code).toMatch(CODE_SHAPE);
    expect(created.role).toBe('young-person');
    const hours = (Date.parse(created.expiresAt) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(71.9);
    expect(hours).toBeLessThanOrEqual(72);
    const list = await practitioner.client.get(`/api/cases/${caseId}/invitations`);
    expect(list.status).toBe(200);
    const open = list.body['invitations'] as Record<string, unknown>[];
    const listed = open.find((i) => i['id'] === created.id);
    expect(listed).toMatchObject({ role: 'young-person', displayName: 'Sam' });
    expect(JSON.stringify(list.body)).not.toContain(created.code.replace(/-/g, '').slice(0, 8));
    expect(listed).not.toHaveProperty('code');
  });

  it('redeems once into a signed-in young person who syncs only their case', async () => {
    const otherCase = await practitioner.newCase('Other');
    const { code } = await newCode();
    const phone = new AuthClient(world.ts.url);
    // Lower case, spaces instead of dashes: still the code.
    const typed = code.toLowerCase().replace(/-/g, ' ');
    const redeemed = await phone.post('/api/invitations/redeem', redeemBody(typed, 'Sam'));
    expect(redeemed.status).toBe(201);
    expect(phone.cookie).not.toBeNull();
    const user = redeemed.body['user'] as { id: string; roles: string[]; email: string | null };
    expect(user.roles).toEqual(['young-person']);
    expect(user.email).toBeNull();
    expect(redeemed.body['session']).toMatchObject({ deviceLabel: 'Phone' });
    expect((await phone.get('/api/auth/me')).status).toBe(200);

    const again = await new AuthClient(world.ts.url).post(
      '/api/invitations/redeem',
      redeemBody(code, 'Someone else'),
    );
    expect(again.status).toBe(403);
    expect(again.body['error']).toBe('invalid_invitation');

    const device = new HttpDevice(phone, user.id);
    expect((await device.sync()).status).toBe(200);
    const cases = device.ofKind('case').map((r) => r.id);
    expect(cases).toEqual([caseId]);
    expect(cases).not.toContain(otherCase);
    expect(device.ofKind('note')).toEqual([]);
    const mine = device.ofKind('case-membership').find((m) => m['userId'] === user.id);
    expect(mine).toMatchObject({ role: 'young-person', active: true, createdBy: 'server' });

    // The care team's device gets the membership at its next sync.
    await practitioner.sync();
    const seen = practitioner.ofKind('case-membership').filter((m) => m['userId'] === user.id);
    expect(seen).toHaveLength(1);
    // And the young person can write what a young person may.
    const note = device.create('note', caseId, {
      body: 'I went to school',
      audience: 'care-team',
      purpose: 'message',
    });
    const pushed = await device.sync([note]);
    expect(pushed.body['rejected']).toEqual([]);
  });

  it('makes a carer with their relationship, seeing the case as a carer', async () => {
    const { code } = await newCode({ role: 'carer', relationship: 'Mum' });
    const phone = new AuthClient(world.ts.url);
    const redeemed = await phone.post('/api/invitations/redeem', redeemBody(code, 'Jo'));
    expect(redeemed.status).toBe(201);
    const user = redeemed.body['user'] as { id: string; roles: string[] };
    expect(user.roles).toEqual(['carer']);
    const device = new HttpDevice(phone, user.id);
    await device.sync();
    expect(device.ofKind('case').map((r) => r.id)).toEqual([caseId]);
    const mine = device.ofKind('case-membership').find((m) => m['userId'] === user.id);
    expect(mine).toMatchObject({ role: 'carer', relationship: 'Mum', active: true });
    expect(device.ofKind('note')).toEqual([]);
  });

  it('refuses an expired code with the same answer', async () => {
    const { id, code } = await newCode();
    await world.ts.server.store.query(
      "UPDATE invitations SET expires_at = now() - interval '1 minute' WHERE id = $1",
      [id],
    );
    const response = await new AuthClient(world.ts.url).post(
      '/api/invitations/redeem',
      redeemBody(code),
    );
    expect(response.status).toBe(403);
    expect(response.body['error']).toBe('invalid_invitation');
  });

  it('withdraws an open invitation; its code then fails and it is no longer listed', async () => {
    const { id, code } = await newCode();
    const withdrawn = await practitioner.client.delete(`/api/cases/${caseId}/invitations/${id}`);
    expect(withdrawn.status).toBe(204);
    const twice = await practitioner.client.delete(`/api/cases/${caseId}/invitations/${id}`);
    expect(twice.status).toBe(404);
    const list = await practitioner.client.get(`/api/cases/${caseId}/invitations`);
    const ids = (list.body['invitations'] as { id: string }[]).map((i) => i.id);
    expect(ids).not.toContain(id);
    const response = await new AuthClient(world.ts.url).post(
      '/api/invitations/redeem',
      redeemBody(code),
    );
    expect(response.status).toBe(403);
    expect(response.body['error']).toBe('invalid_invitation');
  });

  it('answers an unknown code like a used one, and writes nothing', async () => {
    const [before] = await world.ts.server.store.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM users',
    );
    const response = await new AuthClient(world.ts.url).post(
      '/api/invitations/redeem',
      redeemBody('0000-0000-00'),
    );
    expect(response.status).toBe(403);
    expect(response.body['error']).toBe('invalid_invitation');
    const [after] = await world.ts.server.store.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM users',
    );
    expect(after?.n).toBe(before?.n);
  });
});
