/**
 * The one-time setup token of a server with no accounts yet (first run). Random, stored
 * as SHA-256 only, single use, valid 24 hours. A new one is made at each start while no
 * user exists; earlier ones stay valid until they expire, so when several server
 * processes start together on one PostgreSQL, the link each one prints works. Once the
 * first admin exists, every setup is refused whatever the token.
 */
import type { Sql } from '../store/store';
import { newSecret, SECRET_PATTERN, sha256Hex } from './tokens';

export const SETUP_TOKEN_HOURS = 24;

export async function createSetupToken(sql: Sql): Promise<string> {
  const token = newSecret();
  await sql.query(
    `INSERT INTO setup_tokens (token_hash, expires_at)
     VALUES ($1, now() + make_interval(hours => $2::integer))`,
    [sha256Hex(token), SETUP_TOKEN_HOURS],
  );
  return token;
}

/** Uses up a token; false when it is unknown, used or expired. */
export async function consumeSetupToken(sql: Sql, token: string): Promise<boolean> {
  if (!SECRET_PATTERN.test(token)) return false;
  const rows = await sql.query(
    `UPDATE setup_tokens SET used_at = now()
      WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()
      RETURNING token_hash`,
    [sha256Hex(token)],
  );
  return rows.length > 0;
}

/** Whether a token would be accepted now, without using it up (checked before hashing). */
export async function setupTokenUsable(sql: Sql, token: string): Promise<boolean> {
  if (!SECRET_PATTERN.test(token)) return false;
  const rows = await sql.query(
    `SELECT 1 FROM setup_tokens
      WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()`,
    [sha256Hex(token)],
  );
  return rows.length > 0;
}
