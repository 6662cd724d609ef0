/**
 * Writes the server makes itself, as mutations like any other (validated, versioned,
 * audited), so every device merges them the same way. Written with the server's HLC.
 */
import { SCHEMA_VERSION, uuidv7, type Hlc, type Mutation } from '../../domain';

/** Who the server's own writes are by (`createdBy`, `writers`, the audit log). */
export const SERVER_ACTOR_ID = 'server';
export const SERVER_DEVICE_ID = 'server';

/**
 * When a practitioner creates a case they become its lead practitioner, in the same
 * transaction: without a membership they could not see the case they just made.
 */
export function leadMembershipMutation(
  caseId: string,
  userId: string,
  hlc: Hlc,
  now: number,
): Mutation {
  return {
    id: uuidv7(now),
    deviceId: SERVER_DEVICE_ID,
    schemaVersion: SCHEMA_VERSION,
    recordId: uuidv7(now),
    kind: 'case-membership',
    caseId,
    op: 'create',
    hlc,
    by: SERVER_ACTOR_ID,
    at: new Date(now).toISOString(),
    set: { userId, role: 'lead-practitioner', active: true },
    base: {},
  };
}
