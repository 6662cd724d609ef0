/**
 * Signing in and out, who am I, and my sessions (one per device), each revocable.
 *
 * A failed sign-in says only that the email address or password is not right, never
 * which, and takes as long for an address with no account (argon2 runs against a dummy
 * hash) as for a wrong password.
 */
import type { FastifyInstance } from 'fastify';
import { findUserByEmail } from '../accounts/users';
import { clearSessionCookie } from './cookie';
import { actorSession, meBody, PARSE, signInAs, type AuthDeps } from './deps';
import { HttpError } from './http-error';
import { beginAttempt, clearAttempts, LIMITS } from './rate-limit';
import { idParam, signInBody } from './schemas';
import { requireActor } from './session-check';
import { listSessions, revokeSession } from './sessions';

function wrongCredentials(): HttpError {
  return new HttpError(
    401,
    'invalid_credentials',
    'The email address or password is not right. Check both and try again.',
  );
}

export function registerSessionRoutes(app: FastifyInstance, deps: AuthDeps): void {
  const { store, hasher } = deps;

  app.post('/api/auth/sign-in', async (request, reply) => {
    const body = signInBody.parse(request.body, PARSE);
    const perAccount = LIMITS.signInPerAccount(body.email);
    const attempt = await beginAttempt(store, [perAccount, LIMITS.signInPerAddress(request.ip)]);
    const user = await findUserByEmail(store, body.email);
    const verified =
      user?.password_hash != null
        ? await hasher.verify(user.password_hash, body.password)
        : await hasher.verifyDummy(body.password);
    // An inactive account fails the same way, after the same work.
    if (!user || !verified || !user.active) throw wrongCredentials();
    await attempt.release();
    await clearAttempts(store, perAccount);
    return signInAs(deps, request, reply, user.id, body.deviceLabel);
  });

  app.post('/api/auth/sign-out', async (request, reply) => {
    if (request.actor) await revokeSession(store, request.actor.sessionId, request.actor.userId);
    clearSessionCookie(reply, deps.cookie);
    return reply.code(204).send();
  });

  app.get('/api/auth/me', async (request) => {
    const actor = requireActor(request);
    return meBody(store, actor.userId, actorSession(actor));
  });

  app.get('/api/auth/sessions', async (request) => {
    const actor = requireActor(request);
    return { sessions: await listSessions(store, actor.userId, actor.sessionId) };
  });

  app.delete('/api/auth/sessions/:id', async (request, reply) => {
    const actor = requireActor(request);
    const parsed = idParam.safeParse(request.params);
    const revoked = parsed.success && (await revokeSession(store, parsed.data.id, actor.userId));
    if (!revoked) throw new HttpError(404, 'not_found', 'There is no such session of yours.');
    if (parsed.data.id === actor.sessionId) clearSessionCookie(reply, deps.cookie);
    return reply.code(204).send();
  });
}
