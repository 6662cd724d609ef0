/**
 * The server keeps a synced `user` record per account (src/server/accounts/user-records.ts):
 * written with the account, changed with it, sent to devices as the read policy allows,
 * and backfilled at start-up for accounts made before the records existed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7, type AnyRecord } from '../../src/domain';
import { backfillUserRecords } from '../../src/server/accounts/user-records-backfill';
import { writeUserRecord } from '../../src/server/accounts/user-records';
import { startServer } from '../../src/server/server';
import type { Store } from '../../src/server/store/store';
import { AuthClient } from './helpers/auth-client';
import { createStaff } from './helpers/auth-fixtures';
import { backends } from './helpers/backends';
import {
  HttpDevice,
  invite,
  redeemBody,
  startInvitationWorld,
  type InvitationWorld,
} from './helpers/invitation-fixtures';

/** Syncs until the server has nothing more. */
async function pullAll(device: HttpDevice): Promise<void> {
  for (;;) {
    const response = await device.sync();
    expect(response.status).toBe(200);
    if (response.body['more'] !== true) return;
  }
}

function users(device: HttpDevice): Map<string, AnyRecord> {
  return new Map(device.ofKind('user').map((r) => [r.id, r]));
}

async function storedUser(store: Store, id: string): Promise<AnyRecord | undefined> {
  const [row] = await store.query<{ data: AnyRecord }>(
    `SELECT data FROM records WHERE id = $1 AND partition = 'org' AND kind = 'user'`,
    [id],
  );
  return row?.data;
}

async function countFor(store: Store, table: string, recordId: string): Promise<number> {
  const [row] = await store.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM ${table} WHERE record_id = $1`,
    [recordId],
  );
  return row?.n ?? 0;
}

/** An account as an older server made it: a users row and no record. */
async function oldAccount(store: Store, email: string | null, roles: string[]): Promise<string> {
  const id = uuidv7();
  await store.query(
    `INSERT INTO users (id, organisation_id, display_name, email, roles, active)
     SELECT $1, organisation_id, 'Old Account', $2, $3::text[], true FROM users LIMIT 1`,
    [id, email, roles],
  );
  return id;
}

describe.each(backends)('user records on %s', (backend) => {
  let world: InvitationWorld;
  let store: Store;
  let practitioner: HttpDevice;
  let adminId: string;

  /** A new case with a young person who joined by invitation: their signed-in device. */
  async function family(name: string): Promise<HttpDevice> {
    const caseId = await practitioner.newCase(name);
    const created = await invite(practitioner, caseId, { role: 'young-person' });
    expect(created.status).toBe(201);
    const phone = new AuthClient(world.ts.url);
    const redeemed = await phone.post(
      '/api/invitations/redeem',
      redeemBody(String(created.body['code']), name),
    );
    expect(redeemed.status).toBe(201);
    return new HttpDevice(phone, (redeemed.body['user'] as { id: string }).id);
  }

  beforeAll(async () => {
    world = await startInvitationWorld(backend);
    store = world.ts.server.store;
    practitioner = await world.staff('pat@example.org');
    const me = await world.admin.get('/api/auth/me');
    adminId = (me.body['user'] as { id: string }).id;
  });
  afterAll(() => world.ts.close());

  it("sends a young person staff names without email, and their own record, not others'", async () => {
    const sam = await family('Sam');
    const kit = await family('Kit');
    await pullAll(sam);
    const seen = users(sam);
    expect(seen.get(adminId)).toMatchObject({
      displayName: 'Sam Lead',
      roles: ['admin', 'practitioner'],
      active: true,
      caseId: null,
      createdBy: 'server',
    });
    expect(seen.get(practitioner.userId)).toMatchObject({
      displayName: 'Staff pat@example.org',
      roles: ['practitioner'],
      active: true,
    });
    for (const id of [adminId, practitioner.userId]) {
      expect(seen.get(id)).not.toHaveProperty('email');
      expect(seen.get(id)?.clock).not.toHaveProperty('email');
    }
    expect(seen.get(sam.userId)).toMatchObject({
      displayName: 'Sam',
      roles: ['young-person'],
      active: true,
    });
    expect(seen.get(sam.userId)).not.toHaveProperty('email');
    expect(seen.has(kit.userId)).toBe(false);
    expect(JSON.stringify([...seen.values()])).not.toContain('"email"');

    // Staff see every account, with staff addresses.
    await pullAll(practitioner);
    const staffView = users(practitioner);
    expect(staffView.get(adminId)).toMatchObject({ email: 'lead@example.org' });
    expect(staffView.has(sam.userId) && staffView.has(kit.userId)).toBe(true);
  });

  it('writes each record as an applied, audited server mutation', async () => {
    const record = await storedUser(store, practitioner.userId);
    expect(record).toMatchObject({ updatedBy: 'server', conflicts: [] });
    // Created inactive by the admin, then activated: two writes.
    expect(await countFor(store, 'applied_mutations', practitioner.userId)).toBe(2);
    const audit = await store.query<{ partition: string; actor_id: string; action: string }>(
      `SELECT partition, actor_id, action FROM audit_events WHERE record_id = $1 ORDER BY seq`,
      [practitioner.userId],
    );
    expect(audit).toEqual([
      { partition: 'org', actor_id: 'server', action: 'create' },
      { partition: 'org', actor_id: 'server', action: 'update' },
    ]);
  });

  it('keeps a not yet activated account inactive in its record', async () => {
    const { id } = await createStaff(world.admin, 'waiting@example.org');
    expect(await storedUser(store, id)).toMatchObject({
      email: 'waiting@example.org',
      active: false,
    });
  });

  it('changes the record of a renamed, re-roled or deactivated account at the next pull', async () => {
    const sam = await family('Sam');
    const { id: colleague } = await createStaff(world.admin, 'colleague@example.org');
    await pullAll(sam);
    expect(users(sam).get(colleague)).toMatchObject({ active: false, roles: ['practitioner'] });

    const roles = await world.admin.patch(`/api/admin/users/${colleague}`, {
      roles: ['admin', 'practitioner'],
    });
    expect(roles.status).toBe(200);
    const off = await world.admin.patch(`/api/admin/users/${colleague}`, { active: false });
    expect(off.status).toBe(200);
    // No route renames an account yet; the record follows whatever the account says.
    await store.transaction((tx) =>
      writeUserRecord(tx, {
        id: colleague,
        displayName: 'Dr Colleague',
        email: 'colleague@example.org',
        roles: ['admin', 'practitioner'],
        active: false,
      }),
    );
    await pullAll(sam);
    const record = users(sam).get(colleague);
    expect(record).toMatchObject({
      displayName: 'Dr Colleague',
      roles: ['admin', 'practitioner'],
      active: false,
      conflicts: [],
    });
    expect(record).not.toHaveProperty('email');
  });

  it('writes nothing when the account has not changed', async () => {
    const before = await countFor(store, 'applied_mutations', adminId);
    const wrote = await store.transaction((tx) =>
      writeUserRecord(tx, {
        id: adminId,
        displayName: 'Sam Lead',
        email: 'lead@example.org',
        roles: ['admin', 'practitioner'],
        active: true,
      }),
    );
    expect(wrote).toBe(false);
    expect(await countFor(store, 'applied_mutations', adminId)).toBe(before);
  });

  it('refuses a device writing a user record, even an admin', async () => {
    const adminDevice = new HttpDevice(world.admin, adminId);
    const forged = adminDevice.create('user', null, {
      displayName: 'Someone',
      roles: ['practitioner'],
      email: 'someone@example.org',
      active: true,
    });
    const response = await adminDevice.sync([forged]);
    expect(response.body['rejected']).toEqual([
      expect.objectContaining({ id: forged.id, key: 'forbidden', path: ['kind'] }),
    ]);
    expect(await storedUser(store, forged.recordId)).toBeUndefined();
  });

  it('refuses a new staff address the user record could not hold', async () => {
    const response = await world.admin.post('/api/admin/users', {
      displayName: 'Odd',
      email: 'odd@example.x',
      roles: ['practitioner'],
    });
    expect(response.status).toBe(400);
  });

  it('backfills accounts without a record, once', async () => {
    const staffId = await oldAccount(store, 'old@example.org', ['practitioner']);
    const carerId = await oldAccount(store, null, ['carer']);
    const oddId = await oldAccount(store, 'odd@example.x', ['practitioner']);
    expect(await backfillUserRecords(store)).toEqual({ written: 2, refused: [oddId] });
    expect(await storedUser(store, staffId)).toMatchObject({
      displayName: 'Old Account',
      email: 'old@example.org',
      roles: ['practitioner'],
      active: true,
    });
    expect(await storedUser(store, carerId)).toMatchObject({ roles: ['carer'] });
    expect(await storedUser(store, carerId)).not.toHaveProperty('email');
    expect(await countFor(store, 'audit_events', staffId)).toBe(1);

    expect(await backfillUserRecords(store)).toEqual({ written: 0, refused: [oddId] });
    expect(await countFor(store, 'applied_mutations', staffId)).toBe(1);
    await store.query('DELETE FROM users WHERE id = $1', [oddId]);
    expect(await backfillUserRecords(store)).toEqual({ written: 0, refused: [] });
  });

  it('backfills when the server starts', async () => {
    const id = await oldAccount(store, null, ['young-person']);
    await world.ts.server.close();
    const restarted = await startServer(world.ts.config);
    try {
      expect(await storedUser(restarted.store, id)).toMatchObject({
        displayName: 'Old Account',
        roles: ['young-person'],
      });
    } finally {
      await restarted.close();
    }
  });
});
