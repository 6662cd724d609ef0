/**
 * The synced `user` record of each account (src/domain/kinds/user.ts), so devices know
 * people's names: the young person's care team, who decided a carer's sharing. Accounts
 * themselves live in the `users` table (credentials never leave the server); this keeps
 * one record per account in the organisation partition, its id the account's id, written
 * by the server as a mutation like any other (sync/server-writes.ts) inside the caller's
 * transaction, so the account and its record commit or roll back together.
 *
 * Only staff records carry an email address (the domain requires it of staff); family
 * accounts have none. The read policy (access/read-policy.ts) decides who receives which
 * record and strips staff addresses from family devices.
 */
import {
  HybridClock,
  ORG_PARTITION,
  SCHEMA_VERSION,
  uuidv7,
  type AnyRecord,
  type Mutation,
} from '../../domain';
import type { AccountRole } from '../auth/actor';
import type { Sql } from '../store/store';
import {
  SERVER_ACTOR_ID,
  SERVER_DEVICE_ID,
  lockPartition,
  writeServerMutation,
} from '../sync/server-writes';

/**
 * The clock of the server's account writes: a node of its own, so its stamps never equal
 * those of the sync service ('server') or of invitations ('server-invitations').
 */
const clock = new HybridClock('server-accounts');

/** What of an account its record holds. */
export interface AccountFields {
  id: string;
  displayName: string;
  email: string | null;
  roles: readonly AccountRole[];
  active: boolean;
}

/** The columns of a `users` row the record is made from. */
export interface AccountColumns extends Record<string, unknown> {
  id: string;
  display_name: string;
  email: string | null;
  roles: AccountRole[];
  active: boolean;
}

export function accountFieldsOf(row: AccountColumns): AccountFields {
  return {
    id: row.id,
    displayName: row.display_name,
    email: row.email,
    roles: row.roles,
    active: row.active,
  };
}

const STAFF_ROLES: readonly AccountRole[] = ['admin', 'practitioner'];

/** The record's data fields; email only for staff, and left out rather than null. */
function dataOf(account: AccountFields): Record<string, unknown> {
  const staff = account.roles.some((r) => STAFF_ROLES.includes(r));
  return {
    displayName: account.displayName,
    ...(staff && account.email !== null ? { email: account.email } : {}),
    roles: [...account.roles],
    active: account.active,
  };
}

const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

async function currentRecord(tx: Sql, id: string): Promise<AnyRecord | undefined> {
  const [row] = await tx.query<{ data: AnyRecord }>(
    `SELECT data FROM records WHERE id = $1 AND partition = $2 AND kind = 'user'`,
    [id, ORG_PARTITION],
  );
  return row?.data;
}

function envelope(account: AccountFields, now: number): Omit<Mutation, 'op' | 'set' | 'base'> {
  return {
    id: uuidv7(now),
    deviceId: SERVER_DEVICE_ID,
    schemaVersion: SCHEMA_VERSION,
    recordId: account.id,
    kind: 'user',
    caseId: null,
    hlc: clock.now(),
    by: SERVER_ACTOR_ID,
    at: new Date(now).toISOString(),
  };
}

/**
 * The update that brings `current` to `wanted`, or null when nothing differs. The users
 * table is the truth, so each written field names every version the record holds (its
 * winner and any conflicts) as replaced, and the clock first takes in theirs: the write
 * wins cleanly on every replica, whatever their clocks said.
 */
function updateOf(
  account: AccountFields,
  current: AnyRecord,
  wanted: Record<string, unknown>,
  now: number,
): Mutation | null {
  const set: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(wanted))
    if (!sameValue(current[field], value)) set[field] = value;
  const unset = current['email'] !== undefined && wanted['email'] === undefined ? ['email'] : [];
  const fields = [...Object.keys(set), ...unset];
  if (fields.length === 0) return null;
  const base: Record<string, string[]> = {};
  for (const field of fields) {
    const clocks = [
      current.clock[field],
      ...current.conflicts.filter((c) => c.field === field).map((c) => c.clock),
    ].filter((c): c is string => c !== undefined);
    clocks.forEach((c) => clock.receive(c));
    if (clocks.length > 0) base[field] = clocks;
  }
  return {
    ...envelope(account, now),
    op: 'update',
    set,
    ...(unset.length > 0 ? { unset } : {}),
    base,
  };
}

/**
 * Creates the account's record, or updates the fields that differ from the account;
 * writes nothing when they agree (so calling it again is harmless). Inside the caller's
 * transaction, under the organisation partition's lock. Returns whether it wrote.
 * Throws a ValidationError (before writing anything) when the account does not fit the
 * domain's `user` schema.
 */
export async function writeUserRecord(tx: Sql, account: AccountFields): Promise<boolean> {
  const version = await lockPartition(tx, ORG_PARTITION);
  const current = await currentRecord(tx, account.id);
  const wanted = dataOf(account);
  const now = Date.now();
  const mutation: Mutation | null = current
    ? updateOf(account, current, wanted, now)
    : { ...envelope(account, now), op: 'create', set: wanted, base: {} };
  if (mutation === null) return false;
  await writeServerMutation(tx, ORG_PARTITION, version, current, mutation);
  return true;
}
