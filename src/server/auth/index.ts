/**
 * Accounts and sessions on the HTTP app (issue #3 part 1). buildApp calls registerAuth
 * before any other /api route, so the session check (a root-level preHandler) sets
 * request.actor for every route, including other engineers' (see session-check.ts for
 * requireActor / requireRole).
 *
 * Routes (bodies JSON; every refusal is {error, message, problems?} with a 4xx):
 *   POST   /api/setup                first run: organisation + first admin, signs in
 *   POST   /api/auth/sign-in         {email, password, deviceLabel?}
 *   POST   /api/auth/sign-out
 *   GET    /api/auth/me
 *   GET    /api/auth/sessions
 *   DELETE /api/auth/sessions/:id
 *   POST   /api/auth/device-key      {deviceId} the device's escrow key (routes-device-key.ts)
 *   POST   /api/accounts/activate    {code, password, deviceLabel?}
 *   GET    /api/admin/users          (admin)
 *   POST   /api/admin/users          (admin) {displayName, email, roles}
 *   PATCH  /api/admin/users/:id      (admin) {active?, roles?}
 *   GET    /api/admin/users/:id/sessions                      (admin)
 *   POST   /api/admin/users/:id/sessions/:sessionId/revoke    (admin)
 */
import type { FastifyInstance } from 'fastify';
import { registerActivationRoutes } from '../accounts/routes-activate';
import { registerAdminRoutes } from '../accounts/routes-admin';
import type { Config } from '../config';
import type { Store } from '../store/store';
import { cookiePolicy } from './cookie';
import type { AuthDeps } from './deps';
import { authErrorHandler } from './http-error';
import { PasswordHasher } from './passwords';
import { registerDeviceKeyRoutes } from './routes-device-key';
import { EscrowWrap } from './escrow-wrap';
import { loadPepper } from './pepper';
import { registerSetupRoutes } from './routes-setup';
import { registerSessionRoutes } from './routes-session';
import { registerSessionCheck } from './session-check';

export { requireActor, requireRole, actorRequired } from './session-check';
export { HttpError } from './http-error';

export interface RegisterAuthOptions {
  config: Config;
  store: Store;
}

export async function registerAuth(
  app: FastifyInstance,
  { config, store }: RegisterAuthOptions,
): Promise<void> {
  const pepper = await loadPepper(config, store, { warn: (message) => app.log.warn(message) });
  const deps: AuthDeps = {
    store,
    hasher: new PasswordHasher(pepper),
    cookie: cookiePolicy(config),
    escrowWrap: new EscrowWrap(pepper),
  };

  app.decorateRequest('actor', undefined);
  registerSessionCheck(app, store, deps.cookie);

  // A child context only for its error handler: our routes answer with their own codes
  // and problems; everything else keeps the global handler.
  await app.register(async (scope) => {
    scope.setErrorHandler(authErrorHandler);
    registerSetupRoutes(scope, deps);
    registerSessionRoutes(scope, deps);
    registerDeviceKeyRoutes(scope, deps);
    registerActivationRoutes(scope, deps);
    registerAdminRoutes(scope, deps);
  });
}
