/**
 * Signing in and out, who am I, and my sessions (one per device), each revocable.
 *
 * POST /api/auth/sign-in takes either of two bodies:
 *   {email, password, deviceLabel?}         staff (admins, practitioners): STAFF_SESSION
 *   {signInName, passphrase, deviceLabel?}  young people and carers, on another device
 *                                           than the one they joined on: FAMILY_SESSION
 * Each way finds only its own kind of account: family accounts have no email address,
 * staff accounts no sign-in name (the database insists), and the roles are checked too.
 *
 * A failed sign-in says only that the name (or address) or the password is not right,
 * never which, and takes as long for a name with no account (argon2 runs against a dummy
 * hash) as for a wrong password. Both ways share the rate limits: failures per account
 * and per client address.
 */
import type { FastifyInstance } from 'fastify';
import { normaliseSignInName } from '../../domain';
import { findUserByEmail } from '../accounts/users';
import type { Sql } from '../store/store';
import { clearSessionCookie } from './cookie';
import { actorSession, meBody, PARSE, signInAs, type AuthDeps } from './deps';
import { HttpError } from './http-error';
import { beginAttempt, clearAttempts, LIMITS } from './rate-limit';
import { familySignInBody, idParam, signInBody } from './schemas';
import { requireActor } from './session-check';
import { FAMILY_SESSION, listSessions, revokeSession, STAFF_SESSION } from './sessions';
import { findUserBySignInName, isFamilyAccount, type SignInCandidate } from './sign-in-names';

function wrongCredentials(family: boolean): HttpError {
  return new HttpError(
    401,
    'invalid_credentials',
    family
      ? 'The sign-in name or passphrase is not right. Check both and try again.'
      : 'The email address or password is not right. Check both and try again.',
  );
}

/** Either sign-in body, as one thing to check. */
interface SignInRequest {
  family: boolean;
  /** The rate-limit key of the account asked for (it may not exist). */
  accountKey: string;
  password: string;
  deviceLabel: string | undefined;
  find(sql: Sql): Promise<SignInCandidate | null>;
}

/** A body naming either family field is a family sign-in (and strict: no email with it). */
function isFamilyBody(body: unknown): boolean {
  return (
    typeof body === 'object' &&
    body !== null &&
    !Array.isArray(body) &&
    ('signInName' in body || 'passphrase' in body)
  );
}

function signInRequest(body: unknown): SignInRequest {
  if (isFamilyBody(body)) {
    const parsed = familySignInBody.parse(body, PARSE);
    const name = normaliseSignInName(parsed.signInName);
    return {
      family: true,
      // A name that cannot be one still counts against itself, as an unknown email does.
      accountKey: `name:${name ?? parsed.signInName.toLowerCase()}`,
      password: parsed.passphrase,
      deviceLabel: parsed.deviceLabel,
      find: (sql) => (name === null ? Promise.resolve(null) : findUserBySignInName(sql, name)),
    };
  }
  const parsed = signInBody.parse(body, PARSE);
  return {
    family: false,
    accountKey: parsed.email,
    password: parsed.password,
    deviceLabel: parsed.deviceLabel,
    find: (sql) => findUserByEmail(sql, parsed.email),
  };
}

export function registerSessionRoutes(app: FastifyInstance, deps: AuthDeps): void {
  const { store, hasher } = deps;

  app.post('/api/auth/sign-in', async (request, reply) => {
    const asked = signInRequest(request.body);
    const perAccount = LIMITS.signInPerAccount(asked.accountKey);
    const attempt = await beginAttempt(store, [perAccount, LIMITS.signInPerAddress(request.ip)]);
    const user = await asked.find(store);
    const verified =
      user?.password_hash != null
        ? await hasher.verify(user.password_hash, asked.password)
        : await hasher.verifyDummy(asked.password);
    // An inactive account, or one of the other kind, fails the same way after the same work.
    const rightKind = user !== null && isFamilyAccount(user.roles) === asked.family;
    if (!user || !verified || !user.active || !rightKind) throw wrongCredentials(asked.family);
    await attempt.release();
    await clearAttempts(store, perAccount);
    const lifetime = asked.family ? FAMILY_SESSION : STAFF_SESSION;
    return signInAs(deps, request, reply, user.id, asked.deviceLabel, lifetime);
  });

  app.post('/api/auth/sign-out', async (request, reply) => {
    if (request.actor) {
      await revokeSession(store, request.actor.sessionId, request.actor.userId, 'sign-out');
    }
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
    // Ending the session in hand is signing out here; ending another one revokes that
    // device, which then deletes its case data at its next request.
    const current = parsed.success && parsed.data.id === actor.sessionId;
    const revoked =
      parsed.success &&
      (await revokeSession(store, parsed.data.id, actor.userId, current ? 'sign-out' : 'revoke'));
    if (!revoked) throw new HttpError(404, 'not_found', 'There is no such session of yours.');
    if (current) clearSessionCookie(reply, deps.cookie);
    return reply.code(204).send();
  });
}
