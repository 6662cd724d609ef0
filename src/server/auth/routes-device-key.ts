/**
 * POST /api/auth/device-key {deviceId} → 200 {key, created} (issue 10: forgotten passcode).
 *
 * The first request for a device makes its escrow key and returns it: any live session
 * may do that, since a new key opens nothing yet. A key that already exists is returned
 * only to a session that began less than FRESH_SIGN_IN_SECONDS ago, i.e. to someone who
 * has just typed the password; any other session gets 403 `reauthenticate`. That is the
 * point of the escrow: a thief holding a device whose cookie is still good must not be
 * able to fetch the key that opens its data without the person's password.
 *
 * Every request counts against LIMITS.deviceKeyPerUser. Not audited: the audit log
 * (src/server/audit) records reads and writes of case data per case, and has no
 * account-level events (sign-in is not audited either). The key is never logged: it is
 * only in the response body, which the logger never records (http/logger.ts).
 */
import type { FastifyInstance } from 'fastify';
import { PARSE, type AuthDeps } from './deps';
import { createDeviceKey, findDeviceKey } from './device-keys';
import { HttpError } from './http-error';
import { beginAttempt, LIMITS } from './rate-limit';
import { deviceKeyBody } from './schemas';
import { requireActor } from './session-check';
import { sessionIsFresh } from './sessions';

/** How long after signing in with the password an existing key may still be fetched. */
export const FRESH_SIGN_IN_SECONDS = 10 * 60;

export interface DeviceKeyBody {
  /** base64 of the 32 key bytes. */
  key: string;
  /** True when this request made the key. */
  created: boolean;
}

function reauthenticate(): HttpError {
  return new HttpError(
    403,
    'reauthenticate',
    'Sign in again with your password to unlock the data on this device.',
  );
}

export function registerDeviceKeyRoutes(app: FastifyInstance, deps: AuthDeps): void {
  const { store } = deps;

  app.post('/api/auth/device-key', async (request, reply): Promise<DeviceKeyBody> => {
    const actor = requireActor(request);
    const { deviceId } = deviceKeyBody.parse(request.body, PARSE);
    await beginAttempt(store, [LIMITS.deviceKeyPerUser(actor.userId)]);
    // A key must never be kept by a browser or proxy cache (the app sets this for /api
    // already; said again here because this answer matters most).
    void reply.header('cache-control', 'no-store');

    const created = await createDeviceKey(store, deps.escrowWrap, actor.userId, deviceId);
    if (created !== null) return { key: created.toString('base64'), created: true };

    if (!(await sessionIsFresh(store, actor.sessionId, FRESH_SIGN_IN_SECONDS))) {
      throw reauthenticate();
    }
    const existing = await findDeviceKey(store, deps.escrowWrap, actor.userId, deviceId);
    if (existing === null) throw new Error('device key vanished after a conflicting insert');
    return { key: existing.toString('base64'), created: false };
  });
}
