/**
 * Invitations of young people and carers (issue 3 item 2). buildApp registers this after
 * registerAuth, whose session check sets request.actor for these routes too.
 *
 *   POST   /api/cases/:caseId/invitations      (care team) {role, relationship?, displayName?}
 *          → 201 {id, caseId, role, relationship, displayName, invitedBy, createdAt,
 *                 expiresAt, code: "K7QM-3XPA-9T"}   (the code is shown this once)
 *   GET    /api/cases/:caseId/invitations      (care team) → {invitations: [… without code]}
 *   DELETE /api/cases/:caseId/invitations/:id  (care team) → 204 (404 when not open)
 *   POST   /api/invitations/redeem             {code, displayName, passphrase, deviceLabel?}
 *          → 201 MeBody (as /api/auth/me, with user.signInName), session cookie set
 *
 * Refusals are {error, message, problems?} like the auth routes'.
 */
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config';
import { cookiePolicy } from '../auth/cookie';
import { authErrorHandler } from '../auth/http-error';
import { EscrowWrap } from '../auth/escrow-wrap';
import { PasswordHasher } from '../auth/passwords';
import { loadPepper } from '../auth/pepper';
import type { Store } from '../store/store';
import { CodeHasher } from './codes';
import { registerCareTeamRoutes } from './routes-care-team';
import { registerRedeemRoute } from './routes-redeem';

export interface RegisterInvitationsOptions {
  config: Config;
  store: Store;
}

export async function registerInvitations(
  app: FastifyInstance,
  { config, store }: RegisterInvitationsOptions,
): Promise<void> {
  // The same pepper registerAuth loaded (configuration, or the file it made at start);
  // registerAuth has already logged any warning about where it is kept.
  const pepper = await loadPepper(config, store, { warn: () => undefined });
  const codes = new CodeHasher(pepper);
  const deps = {
    store,
    hasher: new PasswordHasher(pepper),
    cookie: cookiePolicy(config),
    escrowWrap: new EscrowWrap(pepper),
  };
  await app.register(async (scope) => {
    scope.setErrorHandler(authErrorHandler);
    registerCareTeamRoutes(scope, store, codes);
    registerRedeemRoute(scope, deps, codes);
  });
}
