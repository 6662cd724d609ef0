/**
 * An administrator sees where one of their organisation's people is signed in and can
 * sign a device out (issue 10: a lost phone, a tablet left in a clinic room). The revoked
 * device gets 401 session_revoked at its next request and deletes its case data.
 *
 *   GET  /api/admin/users/:id/sessions                    → {sessions: AdminSessionView[]}
 *   POST /api/admin/users/:id/sessions/:sessionId/revoke  → 204
 *
 * Admins only, and only for users of their own organisation: a user elsewhere, or a
 * session that is not that user's live one, is a 404, the same as one that does not
 * exist, so ids from another organisation cannot be probed.
 */
import type { FastifyInstance } from 'fastify';
import type { AuthDeps } from '../auth/deps';
import { HttpError } from '../auth/http-error';
import { idParam, userSessionParams } from '../auth/schemas';
import { requireRole } from '../auth/session-check';
import { liveSessions, revokeSession, type LiveSession } from '../auth/sessions';
import type { Sql } from '../store/store';
import { findUser } from './users';

/**
 * One of the user's devices as the admin screen shows it. lastSeenAt is the name the
 * admin screen uses; lastUsedAt is the same time under the name GET /api/auth/sessions
 * gives it, so both readers find what they expect.
 */
export interface AdminSessionView extends LiveSession {
  lastSeenAt: string;
  /** The admin's own session on the device asking (their own account's page). */
  current: boolean;
}

function noSuchUser(): HttpError {
  return new HttpError(404, 'not_found', 'There is no such user in your organisation.');
}

function noSuchSession(): HttpError {
  return new HttpError(404, 'not_found', 'This device is not signed in any more.');
}

async function assertInOrganisation(sql: Sql, userId: string, organisationId: string) {
  const target = await findUser(sql, userId);
  if (!target || target.organisation_id !== organisationId) throw noSuchUser();
}

export function registerAdminSessionRoutes(app: FastifyInstance, deps: AuthDeps): void {
  const { store } = deps;

  app.get('/api/admin/users/:id/sessions', async (request) => {
    const actor = requireRole(request, 'admin');
    const params = idParam.safeParse(request.params);
    if (!params.success) throw noSuchUser();
    await assertInOrganisation(store, params.data.id, actor.organisationId);
    const sessions: AdminSessionView[] = (await liveSessions(store, params.data.id)).map(
      (session) => ({
        ...session,
        lastSeenAt: session.lastUsedAt,
        current: session.id === actor.sessionId,
      }),
    );
    return { sessions };
  });

  app.post('/api/admin/users/:id/sessions/:sessionId/revoke', async (request, reply) => {
    const actor = requireRole(request, 'admin');
    const params = userSessionParams.safeParse(request.params);
    if (!params.success) throw noSuchSession();
    await assertInOrganisation(store, params.data.id, actor.organisationId);
    const revoked = await revokeSession(store, params.data.sessionId, params.data.id, 'revoke', {
      liveOnly: true,
    });
    if (!revoked) throw noSuchSession();
    request.log.info(
      { adminId: actor.userId, userId: params.data.id, sessionId: params.data.sessionId },
      'admin revoked a session',
    );
    return reply.code(204).send();
  });
}
