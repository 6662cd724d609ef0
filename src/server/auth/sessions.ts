/**
 * Server-side sessions (DESIGN.md §6, §10). The cookie carries a random token; the
 * database keeps only its SHA-256 with the user, the device, and three ends: revoked_at
 * (sign-out, revocation), an idle expiry pushed forward as the session is used, and an
 * absolute expiry it never passes. Every check is in SQL against the database's clock.
 *
 * ended_by (issue 10) records who ended it: only a 'revoke' tells the device, at its next
 * request, to delete its case data (session-check.ts answers 401 session_revoked).
 */
import { uuidv7 } from 'uuidv7';
import type { AccountRole } from './actor';
import type { Sql } from '../store/store';
import { newSecret, sha256Hex } from './tokens';

export interface SessionLifetime {
  idleSeconds: number;
  absoluteSeconds: number;
}

/** Staff: a working day of idleness, a month at most before signing in again. */
export const STAFF_SESSION: SessionLifetime = {
  idleSeconds: 12 * 60 * 60,
  absoluteSeconds: 30 * 24 * 60 * 60,
};

/**
 * Young people and carers (invitations, sign-in names): 30 days without use, 180 days at
 * most. A young person's plan lives on their phone, and a 12-hour idle limit would lock
 * them out of it for good (src/server/invitations/family-account.ts).
 */
export const FAMILY_SESSION: SessionLifetime = {
  idleSeconds: 30 * 24 * 60 * 60,
  absoluteSeconds: 180 * 24 * 60 * 60,
};

/** last_used_at (and the idle expiry) move at most this often: no write per request. */
export const TOUCH_INTERVAL_SECONDS = 60;

export interface NewSession {
  id: string;
  token: string;
}

export async function createSession(
  sql: Sql,
  userId: string,
  deviceLabel: string,
  lifetime: SessionLifetime = STAFF_SESSION,
): Promise<NewSession> {
  const id = uuidv7();
  const token = newSecret();
  await sql.query(
    `INSERT INTO auth_sessions
       (id, token_hash, user_id, device_label, idle_timeout_seconds, idle_expires_at, absolute_expires_at)
     VALUES ($1, $2, $3, $4, $5::integer,
             now() + make_interval(secs => $5::integer),
             now() + make_interval(secs => $6::integer))`,
    [id, sha256Hex(token), userId, deviceLabel, lifetime.idleSeconds, lifetime.absoluteSeconds],
  );
  return { id, token };
}

export interface ActiveSession extends Record<string, unknown> {
  session_id: string;
  user_id: string;
  organisation_id: string;
  roles: AccountRole[];
  device_label: string;
  stale: boolean;
}

/**
 * The session for a token if it is usable now: not revoked, within both expiries, and
 * its user active. Pushes last_used_at and the idle expiry forward when they are more
 * than a minute old.
 */
export async function findActiveSession(sql: Sql, token: string): Promise<ActiveSession | null> {
  const [row] = await sql.query<ActiveSession>(
    `SELECT s.id AS session_id, s.user_id, u.organisation_id, u.roles, s.device_label,
            s.last_used_at < now() - make_interval(secs => $2::integer) AS stale
       FROM auth_sessions s JOIN users u ON u.id = s.user_id
      WHERE s.token_hash = $1
        AND s.revoked_at IS NULL
        AND s.idle_expires_at > now()
        AND s.absolute_expires_at > now()
        AND u.active`,
    [sha256Hex(token), TOUCH_INTERVAL_SECONDS],
  );
  if (!row) return null;
  if (row.stale) {
    await sql.query(
      `UPDATE auth_sessions
          SET last_used_at = now(),
              idle_expires_at = least(now() + make_interval(secs => idle_timeout_seconds),
                                      absolute_expires_at)
        WHERE id = $1`,
      [row.session_id],
    );
  }
  return row;
}

/**
 * Who ended a session. 'revoke': someone elsewhere (the person from another device, an
 * administrator, a deactivation) wants the device cleared. 'sign-out': the person on the
 * device itself. 'rotation': a new sign-in on the device replaced it.
 */
export type SessionEnd = 'sign-out' | 'rotation' | 'revoke';

/**
 * Ends one of the user's sessions; false when there is no such session that has not
 * already ended. With liveOnly, an expired session counts as no such session too.
 */
export async function revokeSession(
  sql: Sql,
  sessionId: string,
  userId: string,
  endedBy: SessionEnd,
  { liveOnly = false }: { liveOnly?: boolean } = {},
): Promise<boolean> {
  const rows = await sql.query(
    `UPDATE auth_sessions SET revoked_at = now(), ended_by = $3
      WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL
        ${liveOnly ? 'AND idle_expires_at > now() AND absolute_expires_at > now()' : ''}
      RETURNING id`,
    [sessionId, userId, endedBy],
  );
  return rows.length > 0;
}

/** Every session of the account (deactivation): each device is told to clear itself. */
export async function revokeAllSessions(sql: Sql, userId: string): Promise<void> {
  await sql.query(
    `UPDATE auth_sessions SET revoked_at = now(), ended_by = 'revoke'
      WHERE user_id = $1 AND revoked_at IS NULL`,
    [userId],
  );
}

/**
 * Whether this token names a session that was revoked (not signed out, not merely
 * expired). Asked only after findActiveSession found nothing, so it costs the normal
 * request nothing. Expiry does not matter here: a device that comes back after months
 * offline must still learn that it was revoked, or it would keep the data it should delete.
 */
export async function wasRevoked(sql: Sql, token: string): Promise<boolean> {
  const rows = await sql.query(
    `SELECT 1 FROM auth_sessions WHERE token_hash = $1 AND ended_by = 'revoke'`,
    [sha256Hex(token)],
  );
  return rows.length > 0;
}

/** Whether the session began (a sign-in with the password) less than `seconds` ago. */
export async function sessionIsFresh(
  sql: Sql,
  sessionId: string,
  seconds: number,
): Promise<boolean> {
  const [row] = await sql.query<{ fresh: boolean }>(
    `SELECT created_at > now() - make_interval(secs => $2::integer) AS fresh
       FROM auth_sessions WHERE id = $1`,
    [sessionId, seconds],
  );
  return row?.fresh === true;
}

/** A live session as the API shows it (never its token). */
export interface LiveSession {
  id: string;
  deviceLabel: string;
  createdAt: string;
  lastUsedAt: string;
  /** When it ends if not used again: the idle expiry (never past the absolute one). */
  expiresAt: string;
}

export interface SessionSummary extends Omit<LiveSession, 'expiresAt'> {
  current: boolean;
}

interface SessionRow extends Record<string, unknown> {
  id: string;
  device_label: string;
  created_at: Date;
  last_used_at: Date;
  expires_at: Date;
}

/** The user's live sessions (not ended, not expired), most recently used first. */
export async function liveSessions(sql: Sql, userId: string): Promise<LiveSession[]> {
  const rows = await sql.query<SessionRow>(
    `SELECT id, device_label, created_at, last_used_at,
            least(idle_expires_at, absolute_expires_at) AS expires_at
       FROM auth_sessions
      WHERE user_id = $1 AND revoked_at IS NULL
        AND idle_expires_at > now() AND absolute_expires_at > now()
      ORDER BY last_used_at DESC, id DESC`,
    [userId],
  );
  return rows.map((row) => ({
    id: row.id,
    deviceLabel: row.device_label,
    createdAt: new Date(row.created_at).toISOString(),
    lastUsedAt: new Date(row.last_used_at).toISOString(),
    expiresAt: new Date(row.expires_at).toISOString(),
  }));
}

/** The user's live sessions for GET /api/auth/sessions, the current one flagged. */
export async function listSessions(
  sql: Sql,
  userId: string,
  currentSessionId: string,
): Promise<SessionSummary[]> {
  return (await liveSessions(sql, userId)).map(({ expiresAt: _expiresAt, ...session }) => ({
    ...session,
    current: session.id === currentSessionId,
  }));
}

const CONTROL_CHARACTERS = /\p{Cc}/gu;
export const DEVICE_LABEL_MAX = 100;

/** What the person called the device, or else its User-Agent, short and printable. */
export function deviceLabelFor(given: string | undefined, userAgent: string | undefined): string {
  const label = (given ?? userAgent ?? '').replace(CONTROL_CHARACTERS, ' ').trim();
  return label === '' ? 'Unknown device' : [...label].slice(0, DEVICE_LABEL_MAX).join('');
}
