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
import type { EscrowWrap } from './escrow-wrap';
import {
  createSession,
  deviceLabelFor,
  revokeSession,
  STAFF_SESSION,
  type SessionLifetime,
} from './sessions';
import { readSignInName } from './sign-in-names';

export interface AuthDeps {
  store: Store;
  hasher: PasswordHasher;
  cookie: CookiePolicy;
  /** Wraps device escrow keys at rest (issue #10). */
  escrowWrap: EscrowWrap;
}

export interface MeBody {
  user: {
    id: string;
    organisationId: string;
    organisationName: string;
    displayName: string;
    email: string | null;
    roles: AccountRole[];
    /** Young people's and carers' name for signing in on another device, when they have one. */
    signInName?: string;
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
  const signInName = await readSignInName(sql, userId);
  return {
    user: {
      id: user.id,
      organisationId: user.organisation_id,
      organisationName: await organisationName(sql, user.organisation_id),
      displayName: user.display_name,
      email: user.email,
      roles: [...user.roles],
      ...(signInName !== null ? { signInName } : {}),
    },
    session,
  };
}

export function actorSession(actor: Actor): MeBody['session'] {
  return { id: actor.sessionId, deviceLabel: actor.deviceLabel ?? '' };
}

/**
 * Starts a session for the user, sets the cookie, and returns what /api/auth/me would.
 * Staff sessions unless told otherwise (young people and carers get FAMILY_SESSION).
 */
export async function signInAs(
  deps: AuthDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  userId: string,
  givenDeviceLabel: string | undefined,
  lifetime: SessionLifetime = STAFF_SESSION,
): Promise<MeBody> {
  // 'rotation', not 'revoke': the same device carries on, and must not wipe itself if a
  // request still in flight with the old cookie is refused.
  if (request.actor) {
    await revokeSession(deps.store, request.actor.sessionId, request.actor.userId, 'rotation');
  }
  const deviceLabel = deviceLabelFor(givenDeviceLabel, request.headers['user-agent']);
  const session = await createSession(deps.store, userId, deviceLabel, lifetime);
  setSessionCookie(reply, deps.cookie, session.token, lifetime.absoluteSeconds);
  return meBody(deps.store, userId, { id: session.id, deviceLabel });
}

/** Parses with the reportInput option, so problems say "required" for missing values. */
export const PARSE = { reportInput: true } as const;
