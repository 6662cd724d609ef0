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
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Store } from '../store/store';
import type { AccountRole, Actor } from './actor';
import { clearSessionCookie, readSessionCookie, type CookiePolicy } from './cookie';
import { HttpError } from './http-error';
import { findActiveSession } from './sessions';
import { SECRET_PATTERN } from './tokens';

export function registerSessionCheck(
  app: FastifyInstance,
  store: Store,
  policy: CookiePolicy,
): void {
  app.addHook('preHandler', async (request, reply) => {
    if (!request.url.startsWith('/api/')) return;
    const token = readSessionCookie(request, policy);
    if (token === null) return;
    let session: Awaited<ReturnType<typeof findActiveSession>> = null;
    try {
      session = SECRET_PATTERN.test(token) ? await findActiveSession(store, token) : null;
    } catch (error) {
      // The database did not answer: "try again", not "you are signed out".
      request.log.error({ err: error }, 'session check failed');
      throw new HttpError(
        503,
        'service_unavailable',
        'The server is not ready. Try again shortly.',
      );
    }
    if (session === null) {
      // Ended, expired or forged: tell the browser to stop sending it.
      clearSessionCookie(reply, policy);
      return;
    }
    request.actor = {
      userId: session.user_id,
      organisationId: session.organisation_id,
      roles: [...session.roles],
      sessionId: session.session_id,
      deviceLabel: session.device_label,
    };
  });
}

/** The signed-in actor, or a 401 HttpError. */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) {
    throw new HttpError(401, 'unauthorized', 'Sign in to continue.');
  }
  return request.actor;
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
