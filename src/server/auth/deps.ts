/**
 * What the auth and account routes share, and the one way a person becomes signed in
 * (after setup, sign-in or activation): a new session, so a new token every time
 * (rotation), replacing any session the request already had.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { findUser, organisationName } from '../accounts/users';
import type { Sql, Store } from '../store/store';
import type { AccountRole, Actor } from './actor';
import { setSessionCookie, type CookiePolicy } from './cookie';
import type { PasswordHasher } from './passwords';
import { createSession, deviceLabelFor, revokeSession, STAFF_SESSION } from './sessions';

export interface AuthDeps {
  store: Store;
  hasher: PasswordHasher;
  cookie: CookiePolicy;
}

export interface MeBody {
  user: {
    id: string;
    organisationId: string;
    organisationName: string;
    displayName: string;
    email: string | null;
    roles: AccountRole[];
  };
  session: { id: string; deviceLabel: string };
}

export async function meBody(
  sql: Sql,
  userId: string,
  session: MeBody['session'],
): Promise<MeBody> {
  const user = await findUser(sql, userId);
  if (!user) throw new Error(`user ${userId} vanished`);
  return {
    user: {
      id: user.id,
      organisationId: user.organisation_id,
      organisationName: await organisationName(sql, user.organisation_id),
      displayName: user.display_name,
      email: user.email,
      roles: [...user.roles],
    },
    session,
  };
}

export function actorSession(actor: Actor): MeBody['session'] {
  return { id: actor.sessionId, deviceLabel: actor.deviceLabel ?? '' };
}

/** Starts a session for the user, sets the cookie, and returns what /api/auth/me would. */
export async function signInAs(
  deps: AuthDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  userId: string,
  givenDeviceLabel: string | undefined,
): Promise<MeBody> {
  if (request.actor) await revokeSession(deps.store, request.actor.sessionId, request.actor.userId);
  const deviceLabel = deviceLabelFor(givenDeviceLabel, request.headers['user-agent']);
  const session = await createSession(deps.store, userId, deviceLabel, STAFF_SESSION);
  setSessionCookie(reply, deps.cookie, session.token, STAFF_SESSION.absoluteSeconds);
  return meBody(deps.store, userId, { id: session.id, deviceLabel });
}

/** Parses with the reportInput option, so problems say "required" for missing values. */
export const PARSE = { reportInput: true } as const;
