/**
 * One-time activation codes: an admin creates an account, gives the person the link
 * /activate#code=… (in the fragment, so it never reaches a server log), and the person
 * chooses their password with it. Random, single use, 72 hours; stored as SHA-256 only.
 */
import type { Sql } from '../store/store';
import { newSecret, SECRET_PATTERN, sha256Hex } from '../auth/tokens';

export const ACTIVATION_CODE_HOURS = 72;

export interface NewActivationCode {
  code: string;
  expiresAt: string;
}

export async function createActivationCode(sql: Sql, userId: string): Promise<NewActivationCode> {
  const code = newSecret();
  const [row] = await sql.query<{ expires_at: Date }>(
    `INSERT INTO activation_codes (code_hash, user_id, expires_at)
     VALUES ($1, $2, now() + make_interval(hours => $3::integer))
     RETURNING expires_at`,
    [sha256Hex(code), userId, ACTIVATION_CODE_HOURS],
  );
  return { code, expiresAt: new Date(row?.expires_at ?? Date.now()).toISOString() };
}

/**
 * Uses up a code: the id of its user when it was unused and unexpired, else null. One
 * UPDATE, so two requests racing with the same code cannot both succeed.
 */
export async function consumeActivationCode(sql: Sql, code: string): Promise<string | null> {
  if (!SECRET_PATTERN.test(code)) return null;
  const [row] = await sql.query<{ user_id: string }>(
    `UPDATE activation_codes SET used_at = now()
      WHERE code_hash = $1 AND used_at IS NULL AND expires_at > now()
      RETURNING user_id`,
    [sha256Hex(code)],
  );
  return row?.user_id ?? null;
}

/** A deactivated account cannot be brought back by a code given out before. */
export async function withdrawActivationCodes(sql: Sql, userId: string): Promise<void> {
  await sql.query(
    'UPDATE activation_codes SET used_at = now() WHERE user_id = $1 AND used_at IS NULL',
    [userId],
  );
}
