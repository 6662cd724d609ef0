/**
 * Invitations in SQL. Every time comparison uses the database's now(), one clock for
 * every server process. "Open" means not redeemed, not withdrawn and not expired.
 */
import { uuidv7 } from 'uuidv7';
import type { Sql } from '../store/store';

export const INVITATION_HOURS = 72;

export type InvitedRole = 'young-person' | 'carer';

export interface InvitationRow extends Record<string, unknown> {
  id: string;
  organisation_id: string;
  case_id: string;
  role: InvitedRole;
  relationship: string | null;
  display_name: string | null;
  invited_by: string;
  created_at: Date;
  expires_at: Date;
}

export interface NewInvitation {
  codeHash: string;
  organisationId: string;
  caseId: string;
  role: InvitedRole;
  relationship: string | null;
  displayName: string | null;
  invitedBy: string;
}

const COLUMNS =
  'id, organisation_id, case_id, role, relationship, display_name, invited_by, created_at, expires_at';
const OPEN = 'redeemed_at IS NULL AND withdrawn_at IS NULL AND expires_at > now()';

export async function insertInvitation(
  sql: Sql,
  invitation: NewInvitation,
): Promise<InvitationRow> {
  const [row] = await sql.query<InvitationRow>(
    `INSERT INTO invitations
       (id, code_hash, organisation_id, case_id, role, relationship, display_name, invited_by, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now() + make_interval(hours => $9::integer))
     RETURNING ${COLUMNS}`,
    [
      uuidv7(),
      invitation.codeHash,
      invitation.organisationId,
      invitation.caseId,
      invitation.role,
      invitation.relationship,
      invitation.displayName,
      invitation.invitedBy,
      INVITATION_HOURS,
    ],
  );
  if (!row) throw new Error('INSERT … RETURNING gave no row');
  return row;
}

export async function listOpenInvitations(sql: Sql, caseId: string): Promise<InvitationRow[]> {
  return sql.query<InvitationRow>(
    `SELECT ${COLUMNS} FROM invitations WHERE case_id = $1 AND ${OPEN} ORDER BY created_at, id`,
    [caseId],
  );
}

/** Withdraws an open invitation of the case; false when there is none with that id. */
export async function withdrawInvitation(sql: Sql, caseId: string, id: string): Promise<boolean> {
  const rows = await sql.query(
    `UPDATE invitations SET withdrawn_at = now()
      WHERE id = $1 AND case_id = $2 AND ${OPEN} RETURNING id`,
    [id, caseId],
  );
  return rows.length > 0;
}

/** Whether a code would be accepted now, without using it (checked before the slow hash). */
export async function invitationOpen(sql: Sql, codeHash: string): Promise<boolean> {
  const rows = await sql.query(`SELECT 1 FROM invitations WHERE code_hash = $1 AND ${OPEN}`, [
    codeHash,
  ]);
  return rows.length > 0;
}

/**
 * Uses up an open invitation (inside the redemption transaction): one conditional UPDATE,
 * so two redemptions racing with the same code cannot both succeed.
 */
export async function claimInvitation(sql: Sql, codeHash: string): Promise<InvitationRow | null> {
  const [row] = await sql.query<InvitationRow>(
    `UPDATE invitations SET redeemed_at = now()
      WHERE code_hash = $1 AND ${OPEN} RETURNING ${COLUMNS}`,
    [codeHash],
  );
  return row ?? null;
}

export async function markRedeemedBy(sql: Sql, id: string, userId: string): Promise<void> {
  await sql.query('UPDATE invitations SET redeemed_by = $2 WHERE id = $1', [id, userId]);
}
