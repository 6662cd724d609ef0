/**
 * The demo organisation (`npm run demo`): a fictional CAMHS team with two practitioners,
 * three young people at different points and a carer, made through the same code the
 * real server uses: accounts with users.ts and family-account.ts (passwords hashed with
 * the server's pepper), case records pushed through the SyncService as the lead
 * practitioner's device, so they are validated, versioned and audited like any write.
 *
 * Seeding happens only on a store with no accounts, so it can never add fictional people
 * to a real organisation, and running it again does nothing. The passwords are fixed and
 * printed: acceptable only because every person here is made up.
 */
import { HybridClock, uuidv7, type Mutation } from '../../domain';
import { anyUserExists, createOrganisation, insertUser } from '../accounts/users';
import type { Actor } from '../auth/actor';
import { lockAccounts } from '../auth/locks';
import { PasswordHasher } from '../auth/passwords';
import { loadPepper } from '../auth/pepper';
import type { Config } from '../config';
import { insertFamilyAccount } from '../invitations/family-account';
import type { Store } from '../store/store';
import { SyncService } from '../sync/service';
import { DEMO_DEVICE_ID, DemoWriter, demoCases, type DemoAccountIds } from './cases';

export const DEMO_ORGANISATION_NAME = 'Demo CAMHS (fictional)';
/** Fixed so a newcomer can sign in; printed at every start. Demo data only. */
export const DEMO_STAFF_PASSWORD = 'demo-only-password';
export const DEMO_PASSPHRASE = 'demo passphrase';

/** Set in server_meta once everything is written, so an interrupted seed is noticed. */
const SEEDED_KEY = 'demo_seeded';

type PersonKey = keyof DemoAccountIds;

interface PersonSpec {
  key: PersonKey;
  displayName: string;
  /** Staff sign in with an email address; young people and carers with a sign-in name. */
  email?: string;
  roles: ('admin' | 'practitioner' | 'young-person' | 'carer')[];
  about: string;
}

const PEOPLE: readonly PersonSpec[] = [
  {
    key: 'lead',
    displayName: 'Alex Demo',
    email: 'alex.demo@example.org',
    roles: ['admin', 'practitioner'],
    about: 'administrator and lead practitioner on every case',
  },
  {
    key: 'colleague',
    displayName: 'Priya Sample',
    email: 'priya.sample@example.org',
    roles: ['practitioner'],
    about: "practitioner on Rowan's case",
  },
  {
    key: 'kit',
    displayName: 'Kit Example',
    roles: ['young-person'],
    about: 'young person, new referral',
  },
  {
    key: 'jamie',
    displayName: 'Jamie Example',
    roles: ['young-person'],
    about: 'young person, Getting Help, mid-way with two goals',
  },
  {
    key: 'rowan',
    displayName: 'Rowan Example',
    roles: ['young-person'],
    about: 'young person, Getting Risk Support, with a safety plan',
  },
  {
    key: 'morgan',
    displayName: 'Morgan Example',
    roles: ['carer'],
    about: "carer: Jamie's mum, who sees what Jamie shares",
  },
];

export interface DemoPerson {
  displayName: string;
  about: string;
  /** What to type at /sign-in: an email address (staff) or a sign-in name. */
  signIn: string;
  secret: string;
  kind: 'staff' | 'family';
}

export type SeedOutcome = 'seeded' | 'has-accounts';

async function createAccounts(
  store: Store,
  hasher: PasswordHasher,
): Promise<DemoAccountIds | null> {
  if (await anyUserExists(store)) return null;
  // Hashing is slow on purpose, so it is done before the transaction, not inside it.
  const hashes = new Map<PersonKey, string>();
  for (const person of PEOPLE) {
    const secret = person.email ? DEMO_STAFF_PASSWORD : DEMO_PASSPHRASE;
    hashes.set(person.key, await hasher.hash(secret));
  }
  return store.transaction(async (tx) => {
    // As in first-run setup: two starts racing make one organisation, not two.
    await lockAccounts(tx);
    if (await anyUserExists(tx)) return null;
    const organisationId = await createOrganisation(tx, DEMO_ORGANISATION_NAME);
    const ids: Partial<DemoAccountIds> = {};
    for (const person of PEOPLE) {
      const passwordHash = hashes.get(person.key) ?? '';
      const [role] = person.roles;
      if (person.email) {
        const user = await insertUser(tx, {
          organisationId,
          displayName: person.displayName,
          email: person.email,
          roles: person.roles,
          active: true,
          passwordHash,
        });
        ids[person.key] = user.id;
      } else if (role === 'young-person' || role === 'carer') {
        const account = await insertFamilyAccount(tx, {
          organisationId,
          displayName: person.displayName,
          role,
          passwordHash,
        });
        ids[person.key] = account.id;
      }
    }
    return completeIds(ids);
  });
}

function completeIds(ids: Partial<DemoAccountIds>): DemoAccountIds {
  const { lead, colleague, kit, jamie, rowan, morgan } = ids;
  if (!lead || !colleague || !kit || !jamie || !rowan || !morgan)
    throw new Error('demo seeding: an account was not made');
  return { lead, colleague, kit, jamie, rowan, morgan };
}

/** Pushes one case as the lead practitioner's device; any refusal stops the seeding. */
async function pushCase(
  service: SyncService,
  actor: Actor,
  name: string,
  mutations: Mutation[],
): Promise<void> {
  const response = await service.sync(actor, DEMO_DEVICE_ID, {
    deviceId: DEMO_DEVICE_ID,
    mutations,
    checkpoint: {},
  });
  if (response.rejected.length > 0) {
    const kindOf = new Map(mutations.map((m) => [m.id, m.kind]));
    const problems = response.rejected.map(
      (r) => `${kindOf.get(r.id) ?? '?'}: ${r.key} at ${r.path.join('.') || '(record)'}`,
    );
    throw new Error(`The demo data for ${name} was refused:\n  ${problems.join('\n  ')}`);
  }
}

/**
 * Seeds the demo organisation when the store has no accounts; otherwise does nothing.
 * Throws (and leaves the store without the "seeded" mark) when any record is refused.
 */
export async function seedDemo(
  store: Store,
  config: Pick<Config, 'passwordPepper' | 'dataDir'>,
  now: () => number = Date.now,
): Promise<SeedOutcome> {
  if (await anyUserExists(store)) return 'has-accounts';
  const pepper = await loadPepper(config, store, { warn: () => undefined });
  const ids = await createAccounts(store, new PasswordHasher(pepper));
  if (ids === null) return 'has-accounts';

  const [organisation] = await store.query<{ organisation_id: string }>(
    'SELECT organisation_id FROM users WHERE id = $1',
    [ids.lead],
  );
  const actor: Actor = {
    userId: ids.lead,
    organisationId: organisation?.organisation_id ?? '',
    roles: ['admin', 'practitioner'],
    sessionId: uuidv7(),
  };
  const service = new SyncService(store, { now });
  const writer = new DemoWriter(ids.lead, new HybridClock(DEMO_DEVICE_ID, now), now());
  for (const demoCase of demoCases(writer, ids))
    await pushCase(service, actor, demoCase.name, demoCase.mutations);

  await store.query(
    `INSERT INTO server_meta (key, value) VALUES ($1, to_jsonb($2::text))
     ON CONFLICT (key) DO NOTHING`,
    [SEEDED_KEY, new Date(now()).toISOString()],
  );
  return 'seeded';
}

export type DemoState =
  | { state: 'ready'; people: DemoPerson[] }
  /** Accounts exist but seeding never finished (e.g. the process was stopped). */
  | { state: 'incomplete' }
  /** This store's organisation is not the demo's: never print anything about it. */
  | { state: 'not-demo' };

/** The demo people as stored, with what they sign in with (sign-in names are random). */
export async function readDemoState(store: Store): Promise<DemoState> {
  const orgs = await store.query<{ name: string }>('SELECT name FROM organisations');
  if (orgs.length !== 1 || orgs[0]?.name !== DEMO_ORGANISATION_NAME) return { state: 'not-demo' };
  const [seeded] = await store.query('SELECT 1 FROM server_meta WHERE key = $1', [SEEDED_KEY]);
  if (!seeded) return { state: 'incomplete' };
  const rows = await store.query<{
    display_name: string;
    email: string | null;
    sign_in_name: string | null;
  }>('SELECT display_name, email, sign_in_name FROM users');
  const people: DemoPerson[] = [];
  for (const person of PEOPLE) {
    const row = rows.find((r) => r.display_name === person.displayName);
    const signIn = row?.email ?? row?.sign_in_name;
    if (!signIn) return { state: 'incomplete' };
    people.push({
      displayName: person.displayName,
      about: person.about,
      signIn,
      secret: person.email ? DEMO_STAFF_PASSWORD : DEMO_PASSPHRASE,
      kind: person.email ? 'staff' : 'family',
    });
  }
  return { state: 'ready', people };
}
