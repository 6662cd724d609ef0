/**
 * The case membership an invitation grants, written by the server as a mutation like
 * any other (sync/server-writes.ts): validated by the domain, given the partition's next
 * version under the partition row lock, recorded as applied and in the audit chain, all
 * inside the caller's transaction. Access (access/load.ts) and sync (pull) then pick it
 * up: the person sees the case, and the care team's devices get the membership at their
 * next sync.
 */
import { HybridClock, SCHEMA_VERSION, uuidv7, type AnyRecord, type Mutation } from '../../domain';
import type { Sql } from '../store/store';
import {
  SERVER_ACTOR_ID,
  SERVER_DEVICE_ID,
  lockPartition,
  writeServerMutation,
} from '../sync/server-writes';
import type { InvitedRole } from './store';

/**
 * The clock of the server's invitation writes. A node of its own, so its stamps can never
 * equal those of the sync service's clock ('server'); a new record's first stamp only
 * needs to be unique and close to real time.
 */
const clock = new HybridClock('server-invitations');

export interface Membership {
  caseId: string;
  userId: string;
  role: InvitedRole;
  relationship: string | null;
}

/** The case record, when it exists and is not deleted (under the partition lock). */
async function liveCase(tx: Sql, caseId: string): Promise<AnyRecord | null> {
  const [row] = await tx.query<{ data: AnyRecord }>(
    `SELECT data FROM records WHERE id = $1 AND partition = $1 AND kind = 'case'`,
    [caseId],
  );
  return row && !row.data.deleted ? row.data : null;
}

function membershipMutation(m: Membership, now: number): Mutation {
  return {
    id: uuidv7(now),
    deviceId: SERVER_DEVICE_ID,
    schemaVersion: SCHEMA_VERSION,
    recordId: uuidv7(now),
    kind: 'case-membership',
    caseId: m.caseId,
    op: 'create',
    hlc: clock.now(),
    by: SERVER_ACTOR_ID,
    at: new Date(now).toISOString(),
    set: {
      userId: m.userId,
      role: m.role,
      active: true,
      ...(m.relationship !== null ? { relationship: m.relationship } : {}),
    },
    base: {},
  };
}

/**
 * Writes the membership inside `tx`; false (write nothing) when the case no longer
 * exists. Throws on anything unexpected, rolling the caller's transaction back.
 */
export async function writeMembership(tx: Sql, membership: Membership): Promise<boolean> {
  const partition = membership.caseId;
  const version = await lockPartition(tx, partition);
  if (!(await liveCase(tx, partition))) return false;
  await writeServerMutation(
    tx,
    partition,
    version,
    undefined,
    membershipMutation(membership, Date.now()),
  );
  return true;
}
