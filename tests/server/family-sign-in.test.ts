/**
 * Young people and carers sign in on a second device with the sign-in name they were
 * given when they joined (e.g. sam-7KQ2) and their passphrase, through the same
 * POST /api/auth/sign-in as staff, over the real HTTP API: the name comes back from
 * redemption and from /api/auth/me; any case and spacing works; the session is a family
 * one and syncs; wrong name and wrong passphrase are the same 401; each way finds only
 * its own kind of account; the staff rate limits apply; bad bodies are never a 500.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthClient, randomAddress } from './helpers/auth-client';
import { ADMIN_PASSWORD } from './helpers/auth-fixtures';
import { backends } from './helpers/backends';
import {
  HttpDevice,
  invite,
  PASSPHRASE,
  redeemBody,
  startInvitationWorld,
  type InvitationWorld,
} from './helpers/invitation-fixtures';

const NAME_SHAPE = /^[a-z]{1,12}-[0-9A-HJKMNP-TV-Z]{4}$/;
const FAMILY_SESSION_SECONDS = 180 * 24 * 60 * 60;

interface Joined {
  userId: string;
  signInName: string;
  phone: AuthClient;
}

describe.each(backends)('family sign-in on %s', (backend) => {
  let world: InvitationWorld;
  let practitioner: HttpDevice;
  let caseId: string;
  let staffEmail: string;

  beforeAll(async () => {
    world = await startInvitationWorld(backend);
    staffEmail = 'pat@example.org';
    practitioner = await world.staff(staffEmail);
    caseId = await practitioner.newCase();
  });
  afterAll(() => world.ts.close());

  async function join(displayName = 'Sam', role = 'young-person'): Promise<Joined> {
    const invited = await invite(practitioner, caseId, {
      role,
      ...(role === 'carer' ? { relationship: 'Dad' } : {}),
    });
    expect(invited.status).toBe(201);
    const phone = new AuthClient(world.ts.url);
    const redeemed = await phone.post(
      '/api/invitations/redeem',
      redeemBody(invited.body['code'] as string, displayName),
    );
    expect(redeemed.status).toBe(201);
    const user = redeemed.body['user'] as { id: string; signInName?: string };
    expect(user.signInName).toMatch(NAME_SHAPE);
    return { userId: user.id, signInName: user.signInName ?? '', phone };
  }

  const signIn = (client: AuthClient, signInName: string, passphrase = PASSPHRASE) =>
    client.post('/api/auth/sign-in', { signInName, passphrase, deviceLabel: 'Second phone' });

  it('gives each new family account a readable, unique sign-in name, also in /me', async () => {
    const sam = await join('Sam');
    expect(sam.signInName).toMatch(/^sam-/);
    const me = await sam.phone.get('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body['user']).toMatchObject({ id: sam.userId, signInName: sam.signInName });

    // Folded to a–z from the first word; a name with no such letters gets "plan".
    expect((await join('Siân Jones')).signInName).toMatch(/^sian-/);
    expect((await join('Zoë-Ann', 'carer')).signInName).toMatch(/^zoeann-/);
    expect((await join('سام')).signInName).toMatch(/^plan-/);
    const names = await world.ts.server.store.query<{ sign_in_name: string }>(
      'SELECT sign_in_name FROM users WHERE sign_in_name IS NOT NULL',
    );
    expect(new Set(names.map((n) => n.sign_in_name)).size).toBe(names.length);

    // Staff have none: they sign in with their email address.
    const staffMe = await practitioner.client.get('/api/auth/me');
    expect(staffMe.body['user']).not.toHaveProperty('signInName');
  });

  it('signs in on a second device in any case or spacing, with a family session that syncs', async () => {
    const sam = await join('Sam');
    const [name, code] = sam.signInName.split('-') as [string, string];
    for (const typed of [
      sam.signInName.toUpperCase(),
      ` ${name} ${code.toLowerCase()} `,
      `${name}${code}`,
    ]) {
      const secondPhone = new AuthClient(world.ts.url);
      const response = await signIn(secondPhone, typed);
      expect(response.status).toBe(200);
      expect(response.body['user']).toMatchObject({
        id: sam.userId,
        roles: ['young-person'],
        signInName: sam.signInName,
      });
      expect(response.body['session']).toMatchObject({ deviceLabel: 'Second phone' });
      expect(response.setCookie).toMatch(new RegExp(`Max-Age=${FAMILY_SESSION_SECONDS}`));
      const sessionId = (response.body['session'] as { id: string }).id;
      const [row] = await world.ts.server.store.query<{ idle: number }>(
        'SELECT idle_timeout_seconds AS idle FROM auth_sessions WHERE id = $1',
        [sessionId],
      );
      expect(Number(row?.idle)).toBe(30 * 24 * 60 * 60);

      const device = new HttpDevice(secondPhone, sam.userId);
      expect((await device.sync()).status).toBe(200);
      expect(device.ofKind('case').map((r) => r.id)).toEqual([caseId]);
    }
    // The first phone is still signed in: a second device does not end the first.
    expect((await sam.phone.get('/api/auth/me')).status).toBe(200);
  });

  it('answers a wrong passphrase, an unknown name and a malformed one the same way', async () => {
    const sam = await join('Sam');
    const timed = async (signInName: string, passphrase: string) => {
      const started = performance.now();
      const response = await signIn(new AuthClient(world.ts.url), signInName, passphrase);
      return { response, ms: performance.now() - started };
    };
    const wrongPassphrase = await timed(sam.signInName, 'not the passphrase');
    const unknownName = await timed('nobody-0000', PASSPHRASE);
    const malformed = await timed('!!! not a name', PASSPHRASE);
    for (const { response } of [wrongPassphrase, unknownName, malformed]) {
      expect(response.status).toBe(401);
      expect(response.body).toEqual(wrongPassphrase.response.body);
      expect(response.setCookie).toBeNull();
    }
    expect(wrongPassphrase.response.body['error']).toBe('invalid_credentials');
    // argon2 runs against a dummy hash for unknown names: no quick "no such name".
    expect(unknownName.ms).toBeGreaterThan(wrongPassphrase.ms * 0.4);
    expect(malformed.ms).toBeGreaterThan(wrongPassphrase.ms * 0.4);
  });

  it('refuses an account that is no longer active, after the same work', async () => {
    const sam = await join('Sam');
    await world.ts.server.store.query('UPDATE users SET active = false WHERE id = $1', [
      sam.userId,
    ]);
    const response = await signIn(new AuthClient(world.ts.url), sam.signInName);
    expect(response.status).toBe(401);
    expect(response.body['error']).toBe('invalid_credentials');
  });

  it('keeps the two ways apart: staff cannot use a sign-in name, family cannot use email', async () => {
    const sam = await join('Sam');
    // A staff member's email address and password in the family body: not an account.
    const staffAsFamily = await signIn(new AuthClient(world.ts.url), staffEmail, 'x');
    expect(staffAsFamily.status).toBe(401);
    // Mixing the two bodies is refused as bad input.
    const mixed = await new AuthClient(world.ts.url).post('/api/auth/sign-in', {
      email: staffEmail,
      password: ADMIN_PASSWORD,
      signInName: sam.signInName,
    });
    expect(mixed.status).toBe(400);
    expect(mixed.body['problems']).toContainEqual(expect.objectContaining({ key: 'unknownField' }));

    // The database will not give a staff account a sign-in name…
    const practitionerId = practitioner.userId;
    await expect(
      world.ts.server.store.query('UPDATE users SET sign_in_name = $2 WHERE id = $1', [
        practitionerId,
        'pat-7KQ2',
      ]),
    ).rejects.toThrow();
    // …and even a family account that somehow had an email address cannot use that way.
    await world.ts.server.store.query('UPDATE users SET email = $2 WHERE id = $1', [
      sam.userId,
      'sam@example.org',
    ]);
    const familyAsStaff = await new AuthClient(world.ts.url).post('/api/auth/sign-in', {
      email: 'sam@example.org',
      password: PASSPHRASE,
    });
    expect(familyAsStaff.status).toBe(401);
    expect(familyAsStaff.setCookie).toBeNull();
    // While the family way still works for them.
    expect((await signIn(new AuthClient(world.ts.url), sam.signInName)).status).toBe(200);
  });

  it('locks a sign-in name after 5 failures from any address, as for staff', async () => {
    const sam = await join('Sam');
    const other = await join('Jo', 'carer');
    for (let i = 0; i < 5; i++) {
      const response = await signIn(new AuthClient(world.ts.url), sam.signInName, `guess ${i}`);
      expect(response.status).toBe(401);
    }
    // Typed differently, still the same account (the limit is on the normalised name).
    const locked = await signIn(new AuthClient(world.ts.url), sam.signInName.toUpperCase());
    expect(locked.status).toBe(429);
    expect(locked.body['error']).toBe('too_many_attempts');
    const retryAfter = Number(locked.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    // Others are not affected.
    expect((await signIn(new AuthClient(world.ts.url), other.signInName)).status).toBe(200);
    // Once the window has passed, the right passphrase works.
    await world.ts.server.store.query(
      "UPDATE auth_attempts SET at = at - interval '16 minutes' WHERE scope = 'sign-in-account'",
    );
    expect((await signIn(new AuthClient(world.ts.url), sam.signInName)).status).toBe(200);
  });

  it('limits one address to 30 failures across names and addresses alike', async () => {
    const sam = await join('Sam');
    const address = randomAddress();
    for (let i = 0; i < 30; i++) {
      const response = await signIn(new AuthClient(world.ts.url, address), `ghost-${i}0A0`);
      expect(response.status).toBe(401);
    }
    const blocked = await signIn(new AuthClient(world.ts.url, address), sam.signInName);
    expect(blocked.status).toBe(429);
    // Staff sign-in from that address is blocked too: one allowance per address.
    const staff = await new AuthClient(world.ts.url, address).post('/api/auth/sign-in', {
      email: staffEmail,
      password: 'practitioner password 1',
    });
    expect(staff.status).toBe(429);
    expect((await signIn(new AuthClient(world.ts.url), sam.signInName)).status).toBe(200);
  });
});

const TABLES = ['users', 'auth_sessions', 'auth_attempts'];

const jsonValue = fc.oneof(
  fc.jsonValue(),
  fc.string({ maxLength: 300 }),
  fc.constantFrom('', ' ', 'sam-7KQ2', 'SAM 7kq2', 'x'.repeat(5000), '\u0000', 'a@b.c', '-'),
);
const FIELDS = [
  'signInName',
  'passphrase',
  'email',
  'password',
  'deviceLabel',
  '__proto__',
  'constructor',
  'extra',
];
const badBody = fc.oneof(
  fc.jsonValue(),
  fc.dictionary(fc.constantFrom(...FIELDS), jsonValue, { maxKeys: 5 }),
);

describe.each(backends)('fuzzed family sign-in bodies on %s', (backend) => {
  let world: InvitationWorld;

  beforeAll(async () => {
    world = await startInvitationWorld(backend);
  });
  afterAll(() => world.ts.close());

  it('never answers 500, and a refused body changes nothing', async () => {
    const snapshot = async () => {
      const parts: unknown[] = [];
      for (const table of TABLES) {
        parts.push(await world.ts.server.store.query(`SELECT * FROM ${table} ORDER BY 1`));
      }
      return JSON.stringify(parts);
    };
    await fc.assert(
      fc.asyncProperty(badBody, async (body) => {
        const before = await snapshot();
        const response = await new AuthClient(world.ts.url).request(
          'POST',
          '/api/auth/sign-in',
          JSON.stringify(body),
        );
        expect(response.status).toBeLessThan(500);
        expect([400, 401]).toContain(response.status);
        expect(typeof response.body['error']).toBe('string');
        expect(typeof response.body['message']).toBe('string');
        if (response.status === 400) expect(await snapshot()).toBe(before);
      }),
      { numRuns: 120 },
    );
  });
});
