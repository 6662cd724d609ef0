/**
 * Who is making a request, as the access rules need to know them. Set on the request by
 * the session check (src/server/auth); every /api route that touches case data or
 * organisation content requires one.
 */
export type AccountRole = 'admin' | 'practitioner' | 'young-person' | 'carer';

export interface Actor {
  userId: string;
  organisationId: string;
  /** Organisation-wide roles of the account (a person's role on a case comes from case memberships). */
  roles: AccountRole[];
  /** The server-side session (its id, not the secret token). */
  sessionId: string;
  /** The device the session was started on, when the client said. */
  deviceLabel?: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the session check when the request carries a valid session cookie. */
    actor?: Actor;
    /**
     * The cookie named a session that was revoked elsewhere (issue 10): requireActor then
     * answers 401 session_revoked, so the device deletes its case data.
     */
    sessionRevoked: boolean;
  }
}
