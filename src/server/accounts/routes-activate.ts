/**
 * POST /api/accounts/activate: the person an admin added follows their one-time link,
 * chooses a password, and is signed in. The code works once, within 72 hours.
 */
import type { FastifyInstance } from 'fastify';
import { PARSE, signInAs, type AuthDeps } from '../auth/deps';
import { HttpError } from '../auth/http-error';
import { beginAttempt, LIMITS } from '../auth/rate-limit';
import { activateBody } from '../auth/schemas';
import { consumeActivationCode } from './activation-codes';
import { setPasswordAndActivate } from './users';

export function registerActivationRoutes(app: FastifyInstance, deps: AuthDeps): void {
  const { store } = deps;

  app.post('/api/accounts/activate', async (request, reply) => {
    const body = activateBody.parse(request.body, PARSE);
    const attempt = await beginAttempt(store, [LIMITS.activationPerAddress(request.ip)]);
    // Hash first: consuming the code and setting the password then commit together.
    const passwordHash = await deps.hasher.hash(body.password);
    const userId = await store.transaction(async (tx) => {
      const id = await consumeActivationCode(tx, body.code);
      if (id === null) {
        throw new HttpError(
          403,
          'invalid_activation_code',
          'This activation link is not valid: it may have been used already or have expired. Ask your administrator for a new one.',
        );
      }
      await setPasswordAndActivate(tx, id, passwordHash);
      return id;
    });
    await attempt.release();
    return signInAs(deps, request, reply, userId, body.deviceLabel);
  });
}
