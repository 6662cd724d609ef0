/**
 * Accounts of young people and carers, made by redeeming an invitation.
 *
 * Decision (how they sign in): no email address. Redemption signs the device in with a
 * long-lived, device-bound session (FAMILY_SESSION): a young person's plan lives on their
 * phone, and a 12-hour idle limit (staff) would lock them out for good. The account also
 * gets a sign-in name (`sam-7KQ2`, src/domain/account.ts), shown to them when they join
 * and on their account page: with it and their passphrase (stored hashed like staff
 * passwords, argon2id with the pepper) they sign in on another device through
 * POST /api/auth/sign-in (auth/routes-session.ts).
 *
 * Accounts made before sign-in names existed have none (NULL, migration 0005): they keep
 * working on the device they joined on, and need a new invitation for another device.
 */
import { uuidv7 } from 'uuidv7';
import { signInNamePart } from '../../domain';
import { writeUserRecord } from '../accounts/user-records';
import { FAMILY_SESSION } from '../auth/sessions';
import { newSignInName } from '../auth/sign-in-names';
import type { Sql } from '../store/store';
import type { InvitedRole } from './store';

export { FAMILY_SESSION };

/**
 * Tries at a free sign-in name. Each has 32⁴ (about a million) codes per first name, so
 * a second try is already rare; running out means something else is wrong.
 */
const SIGN_IN_NAME_TRIES = 8;

export interface NewFamilyAccount {
  organisationId: string;
  displayName: string;
  role: InvitedRole;
  passwordHash: string;
}

export interface FamilyAccount {
  id: string;
  signInName: string;
}

/**
 * An active account with no email address and a new, unique sign-in name, and its synced
 * `user` record (accounts/user-records.ts) through the same `sql`. A name that is
 * taken makes the INSERT do nothing (ON CONFLICT DO NOTHING leaves the caller's
 * transaction usable, where a unique violation would abort it) and another is drawn.
 */
export async function insertFamilyAccount(
  sql: Sql,
  account: NewFamilyAccount,
): Promise<FamilyAccount> {
  const namePart = signInNamePart(account.displayName);
  for (let i = 0; i < SIGN_IN_NAME_TRIES; i++) {
    const id = uuidv7();
    const signInName = newSignInName(namePart);
    const rows = await sql.query(
      `INSERT INTO users
         (id, organisation_id, display_name, email, roles, active, password_hash, sign_in_name)
       VALUES ($1, $2, $3, NULL, $4::text[], true, $5, $6)
       ON CONFLICT (sign_in_name) DO NOTHING
       RETURNING id`,
      [
        id,
        account.organisationId,
        account.displayName,
        [account.role],
        account.passwordHash,
        signInName,
      ],
    );
    if (rows.length > 0) {
      await writeUserRecord(sql, {
        id,
        displayName: account.displayName,
        email: null,
        roles: [account.role],
        active: true,
      });
      return { id, signInName };
    }
  }
  throw new Error(`no free sign-in name for "${namePart}" after ${SIGN_IN_NAME_TRIES} tries`);
}
