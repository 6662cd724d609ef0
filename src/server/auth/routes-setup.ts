/**
 * POST /api/setup: the first run's one-time link creates the organisation and its first
 * administrator, then signs them in. The first account gets roles ['admin',
 * 'practitioner']: in a small service the lead is often also a clinician, and an admin
 * can drop 'practitioner' later (PATCH /api/admin/users/:id).
 */
import type { FastifyInstance } from 'fastify';
import { anyUserExists, createOrganisation, insertUser } from '../accounts/users';
import { PARSE, signInAs, type AuthDeps } from './deps';
import { HttpError } from './http-error';
import { lockAccounts } from './locks';
import { beginAttempt, LIMITS } from './rate-limit';
import { setupBody } from './schemas';
import { consumeSetupToken, setupTokenUsable } from './setup-tokens';

function alreadySetUp(): HttpError {
  return new HttpError(
    409,
    'already_set_up',
    'This server is already set up. Sign in, or ask an administrator for an account.',
  );
}

function badToken(): HttpError {
  return new HttpError(
    403,
    'invalid_setup_token',
    'This setup link is not valid: it may have been used already or have expired. Restart the server for a new one.',
  );
}

export function registerSetupRoutes(app: FastifyInstance, deps: AuthDeps): void {
  const { store } = deps;

  app.post('/api/setup', async (request, reply) => {
    const body = setupBody.parse(request.body, PARSE);
    if (await anyUserExists(store)) throw alreadySetUp();
    const attempt = await beginAttempt(store, [LIMITS.setupPerAddress(request.ip)]);
    // Check before the (deliberately slow) hash, so bad links cost us little.
    if (!(await setupTokenUsable(store, body.token))) throw badToken();
    const passwordHash = await deps.hasher.hash(body.password);

    const userId = await store.transaction(async (tx) => {
      await lockAccounts(tx); // two setups racing: only one first admin
      if (await anyUserExists(tx)) throw alreadySetUp();
      if (!(await consumeSetupToken(tx, body.token))) throw badToken();
      const organisationId = await createOrganisation(tx, body.organisationName);
      const user = await insertUser(tx, {
        organisationId,
        displayName: body.displayName,
        email: body.email,
        roles: ['admin', 'practitioner'],
        active: true,
        passwordHash,
      });
      return user.id;
    });
    await attempt.release();
    const me = await signInAs(deps, request, reply, userId, body.deviceLabel);
    return reply.code(201).send(me);
  });
}
