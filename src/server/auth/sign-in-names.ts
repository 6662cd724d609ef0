/**
 * Sign-in names of young people and carers (the form: src/domain/account.ts): made when
 * an invitation is redeemed, read back for /api/auth/me, looked up at sign-in.
 */
import { randomInt } from 'node:crypto';
import { SIGN_IN_CODE_ALPHABET, SIGN_IN_CODE_LENGTH } from '../../domain';
import type { Sql } from '../store/store';
import type { AccountRole } from './actor';

/** The roles of accounts that sign in by sign-in name; everyone else signs in by email. */
export const FAMILY_ROLES: readonly AccountRole[] = ['young-person', 'carer'];

export function isFamilyAccount(roles: readonly AccountRole[]): boolean {
  return roles.length > 0 && roles.every((role) => FAMILY_ROLES.includes(role));
}

/** `sam` → `sam-7KQ2`: each character of the code drawn uniformly with crypto randomness. */
export function newSignInName(namePart: string): string {
  let code = '';
  for (let i = 0; i < SIGN_IN_CODE_LENGTH; i++) {
    code += SIGN_IN_CODE_ALPHABET[randomInt(SIGN_IN_CODE_ALPHABET.length)];
  }
  return `${namePart}-${code}`;
}

export async function readSignInName(sql: Sql, userId: string): Promise<string | null> {
  const [row] = await sql.query<{ sign_in_name: string | null }>(
    'SELECT sign_in_name FROM users WHERE id = $1',
    [userId],
  );
  return row?.sign_in_name ?? null;
}

/** What sign-in needs to know about an account. */
export interface SignInCandidate extends Record<string, unknown> {
  id: string;
  roles: AccountRole[];
  active: boolean;
  password_hash: string | null;
}

/** The account with this sign-in name (already normalised), if any. */
export async function findUserBySignInName(
  sql: Sql,
  signInName: string,
): Promise<SignInCandidate | null> {
  const [row] = await sql.query<SignInCandidate>(
    'SELECT id, roles, active, password_hash FROM users WHERE sign_in_name = $1',
    [signInName],
  );
  return row ?? null;
}
