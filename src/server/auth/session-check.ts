/**
 * Who is asking: a preHandler on every /api request reads the session cookie, checks the
 * session in the database (not revoked, not expired, user active) and sets request.actor.
 * A revoked session therefore fails on its very next request, on every server process.
 *
 * Routes then say what they need with requireActor / requireRole, which throw an
 * HttpError (401 or 403) that the error handlers turn into a JSON answer:
 *
 *   app.post('/api/sync', async (request) => {
 *     const actor = requireActor(request);
 *     …
 *   });
 *
 * A cookie whose session was revoked (by the person from another device, by an
 * administrator, or by deactivating the account) gets 401 `session_revoked` instead of
 * `unauthorized` from every route that needs an actor: that is the device's signal to
 * delete its case data (issue 10). Signed out, expired, unknown or forged: `unauthorized`.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Store } from '../store/store';
import type { AccountRole, Actor } from './actor';
import { clearSessionCookie, readSessionCookie, type CookiePolicy } from './cookie';
import { HttpError, type AuthErrorBody } from './http-error';
import { findActiveSession, wasRevoked } from './sessions';
import { SECRET_PATTERN } from './tokens';

const SESSION_REVOKED: AuthErrorBody = {
  error: 'session_revoked',
  message: 'This device was signed out from another device or by an administrator. Sign in again.',
};

async function lookUp(store: Store, token: string): Promise<Actor | 'revoked' | null> {
  if (!SECRET_PATTERN.test(token)) return null;
  const session = await findActiveSession(store, token);
  if (session === null) return (await wasRevoked(store, token)) ? 'revoked' : null;
  return {
    userId: session.user_id,
    organisationId: session.organisation_id,
    roles: [...session.roles],
    sessionId: session.session_id,
    deviceLabel: session.device_label,
  };
}

export function registerSessionCheck(
  app: FastifyInstance,
  store: Store,
  policy: CookiePolicy,
): void {
  app.decorateRequest('sessionRevoked', false);

  app.addHook('preHandler', async (request, reply) => {
    if (!request.url.startsWith('/api/')) return;
    const token = readSessionCookie(request, policy);
    if (token === null) return;
    let found: Actor | 'revoked' | null;
    try {
      found = await lookUp(store, token);
    } catch (error) {
      // The database did not answer: "try again", not "you are signed out".
      request.log.error({ err: error }, 'session check failed');
      throw new HttpError(
        503,
        'service_unavailable',
        'The server is not ready. Try again shortly.',
      );
    }
    if (found === null || found === 'revoked') {
      // Ended, expired or forged: tell the browser to stop sending it.
      clearSessionCookie(reply, policy);
      request.sessionRevoked = found === 'revoked';
      return;
    }
    request.actor = found;
  });
}

/** The signed-in actor, or a 401 HttpError (session_revoked when it was revoked). */
export function requireActor(request: FastifyRequest): Actor {
  if (request.actor) return request.actor;
  if (request.sessionRevoked) {
    throw new HttpError(401, SESSION_REVOKED.error, SESSION_REVOKED.message);
  }
  throw new HttpError(401, 'unauthorized', 'Sign in to continue.');
}

/** The signed-in actor with one of the roles, or a 401 / 403 HttpError. */
export function requireRole(request: FastifyRequest, ...roles: AccountRole[]): Actor {
  const actor = requireActor(request);
  if (!roles.some((role) => actor.roles.includes(role))) {
    throw new HttpError(403, 'forbidden', 'Your account is not allowed to do this.');
  }
  return actor;
}

/**
 * The same checks as a route option, for routes that prefer it:
 *   app.get('/x', { preHandler: actorRequired }, handler)
 */
export async function actorRequired(request: FastifyRequest): Promise<void> {
  requireActor(request);
}
