/**
 * Accounts of young people and carers, made by redeeming an invitation.
 *
 * Decision (how they sign in): no email address and no username. Redemption signs the
 * device in with a long-lived, device-bound session (FAMILY_SESSION below): a young
 * person's plan lives on their phone, and a 12-hour idle limit (staff) would lock them
 * out for good. The passphrase they choose is stored hashed like staff passwords
 * (argon2id with the pepper), ready for signing in on another device once that route
 * exists; until then a new device needs a new invitation from the care team.
 */
import { uuidv7 } from 'uuidv7';
import type { Sql } from '../store/store';
import type { SessionLifetime } from '../auth/sessions';
import type { InvitedRole } from './store';

/** 30 days without use, 180 days at most. */
export const FAMILY_SESSION: SessionLifetime = {
  idleSeconds: 30 * 24 * 60 * 60,
  absoluteSeconds: 180 * 24 * 60 * 60,
};

export interface NewFamilyAccount {
  organisationId: string;
  displayName: string;
  role: InvitedRole;
  passwordHash: string;
}

/** An active account with no email address; returns its id. */
export async function insertFamilyAccount(sql: Sql, account: NewFamilyAccount): Promise<string> {
  const id = uuidv7();
  await sql.query(
    `INSERT INTO users (id, organisation_id, display_name, email, roles, active, password_hash)
     VALUES ($1, $2, $3, NULL, $4::text[], true, $5)`,
    [id, account.organisationId, account.displayName, [account.role], account.passwordHash],
  );
  return id;
}
