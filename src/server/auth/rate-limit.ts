/**
 * Rate limits on guessing (sign-in, setup, activation) and on fetching device keys, counted in the database so they
 * hold across several server processes (an in-memory counter would give each process its
 * own allowance).
 *
 * Each attempt is recorded *before* the password or code is checked, then the window is
 * counted including it: two processes racing can both be refused, but never both let
 * through past the limit. An attempt that succeeds is taken back (release), so only
 * failures count; a refused one is taken back too, so hammering does not extend the wait.
 */
import { isIPv6 } from 'node:net';
import type { Sql } from '../store/store';
import { HttpError } from './http-error';
import { sha256Hex } from './tokens';

export interface Limit {
  /** What is counted, e.g. "sign-in-account". */
  scope: string;
  /** Who, e.g. the email address or the client address. */
  key: string;
  max: number;
  windowSeconds: number;
}

const FIFTEEN_MINUTES = 15 * 60;
const ONE_HOUR = 60 * 60;

/** The eight groups of an IPv6 address, "::" expanded (an IPv4 tail counts as two). */
function ipv6Groups(ip: string): string[] {
  const [head = '', tail] = (ip.split('%')[0] ?? '').toLowerCase().split('::');
  const left = head === '' ? [] : head.split(':');
  if (tail === undefined) return left;
  const right = tail === '' ? [] : tail.split(':');
  const width = (groups: string[]) =>
    groups.reduce((sum, group) => sum + (group.includes('.') ? 2 : 1), 0);
  return [...left, ...Array<string>(8 - width(left) - width(right)).fill('0'), ...right];
}

/**
 * The client address as a rate-limit key. An IPv6 client usually holds a whole /64 (and
 * can pick any address in it), so IPv6 addresses count per /64; IPv4-mapped ones as IPv4.
 */
export function addressKey(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped?.[1]) return mapped[1];
  if (!isIPv6(ip)) return ip;
  const prefix = ipv6Groups(ip)
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''));
  return `${prefix.join(':')}::/64`;
}

export const LIMITS = {
  // Hashed: addresses (and sign-in names) typed for accounts that do not exist are not
  // kept in the clear. The key is the email address or `name:` and the sign-in name.
  signInPerAccount: (account: string): Limit => ({
    scope: 'sign-in-account',
    key: sha256Hex(account),
    max: 5,
    windowSeconds: FIFTEEN_MINUTES,
  }),
  signInPerAddress: (ip: string): Limit => ({
    scope: 'sign-in-address',
    key: addressKey(ip),
    max: 30,
    windowSeconds: FIFTEEN_MINUTES,
  }),
  setupPerAddress: (ip: string): Limit => ({
    scope: 'setup-address',
    key: addressKey(ip),
    max: 10,
    windowSeconds: FIFTEEN_MINUTES,
  }),
  activationPerAddress: (ip: string): Limit => ({
    scope: 'activation-address',
    key: addressKey(ip),
    max: 10,
    windowSeconds: FIFTEEN_MINUTES,
  }),
  // Every request counts (none is released): a device asks once when it sets its
  // passcode and once after a forgotten passcode, so 20 an hour is ample for a person and
  // slows anyone probing with a stolen cookie.
  deviceKeyPerUser: (userId: string): Limit => ({
    scope: 'device-key-user',
    key: userId,
    max: 20,
    windowSeconds: ONE_HOUR,
  }),
};

export interface Attempt {
  /** The attempt succeeded: it does not count against anyone. */
  release(): Promise<void>;
}

interface WindowRow extends Record<string, unknown> {
  count: number;
  retry_after: number | null;
}

async function deleteAttempts(sql: Sql, ids: readonly number[]): Promise<void> {
  if (ids.length > 0) await sql.query('DELETE FROM auth_attempts WHERE id = ANY($1)', [ids]);
}

/**
 * Records an attempt under every limit; throws a 429 HttpError (with Retry-After) when
 * any of them is over.
 */
export async function beginAttempt(sql: Sql, limits: readonly Limit[]): Promise<Attempt> {
  const ids: number[] = [];
  for (const limit of limits) {
    // Attempts older than the window no longer count: keep the table small as we go.
    await sql.query(
      `DELETE FROM auth_attempts
        WHERE scope = $1 AND at <= now() - make_interval(secs => $2::integer)`,
      [limit.scope, limit.windowSeconds],
    );
    const [row] = await sql.query<{ id: number }>(
      'INSERT INTO auth_attempts (scope, key) VALUES ($1, $2) RETURNING id',
      [limit.scope, limit.key],
    );
    if (row) ids.push(Number(row.id));
  }
  let retryAfter = 0;
  for (const limit of limits) {
    const [row] = await sql.query<WindowRow>(
      `SELECT count(*) AS count,
              ceil(extract(epoch FROM (min(at) + make_interval(secs => $3::integer) - now())))::integer
                AS retry_after
         FROM auth_attempts
        WHERE scope = $1 AND key = $2 AND at > now() - make_interval(secs => $3::integer)`,
      [limit.scope, limit.key, limit.windowSeconds],
    );
    if (row && Number(row.count) > limit.max) {
      retryAfter = Math.max(retryAfter, row.retry_after ?? limit.windowSeconds, 1);
    }
  }
  if (retryAfter > 0) {
    await deleteAttempts(sql, ids);
    const minutes = Math.ceil(retryAfter / 60);
    throw new HttpError(
      429,
      'too_many_attempts',
      `Too many attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
      undefined,
      { 'retry-after': String(retryAfter) },
    );
  }
  return { release: () => deleteAttempts(sql, ids) };
}

/** After a successful sign-in, earlier failures on the account no longer count. */
export async function clearAttempts(sql: Sql, limit: Limit): Promise<void> {
  await sql.query('DELETE FROM auth_attempts WHERE scope = $1 AND key = $2', [
    limit.scope,
    limit.key,
  ]);
}
