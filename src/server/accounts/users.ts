/**
 * Organisations and user accounts in the database. Email addresses arrive lower-cased
 * (schemas.ts) and the table insists on it, so lookups are case-insensitive.
 *
 * Every function here that creates or changes an account also writes its synced `user`
 * record (user-records.ts) through the same `sql`, so callers cannot forget it and, in a
 * transaction, the account and its record commit or roll back together.
 */
import { uuidv7 } from 'uuidv7';
import type { AccountRole } from '../auth/actor';
import { HttpError } from '../auth/http-error';
import type { Sql } from '../store/store';
import { accountFieldsOf, writeUserRecord } from './user-records';

export interface UserRow extends Record<string, unknown> {
  id: string;
  organisation_id: string;
  display_name: string;
  email: string | null;
  roles: AccountRole[];
  active: boolean;
  password_hash: string | null;
  created_at: Date;
  updated_at: Date;
}

/** What the API says about an account: never the password hash. */
export interface UserSummary {
  id: string;
  organisationId: string;
  displayName: string;
  email: string | null;
  roles: AccountRole[];
  active: boolean;
  /** A password has been set (the account was activated). */
  hasPassword: boolean;
  createdAt: string;
  updatedAt: string;
}

export function summarise(row: UserRow): UserSummary {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    displayName: row.display_name,
    email: row.email,
    roles: [...row.roles],
    active: row.active,
    hasPassword: row.password_hash !== null,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

const COLUMNS =
  'id, organisation_id, display_name, email, roles, active, password_hash, created_at, updated_at';

export async function anyUserExists(sql: Sql): Promise<boolean> {
  const rows = await sql.query('SELECT 1 FROM users LIMIT 1');
  return rows.length > 0;
}

export async function createOrganisation(sql: Sql, name: string): Promise<string> {
  const id = uuidv7();
  await sql.query('INSERT INTO organisations (id, name) VALUES ($1, $2)', [id, name]);
  return id;
}

export async function organisationName(sql: Sql, id: string): Promise<string> {
  const [row] = await sql.query<{ name: string }>('SELECT name FROM organisations WHERE id = $1', [
    id,
  ]);
  return row?.name ?? '';
}

export interface NewUser {
  organisationId: string;
  displayName: string;
  email: string;
  roles: AccountRole[];
  active: boolean;
  passwordHash: string | null;
}

function emailTaken(): HttpError {
  return new HttpError(409, 'email_taken', 'An account with this email address already exists.', [
    { path: ['email'], key: 'alreadyExists', params: {} },
  ]);
}

/** Inside a transaction: the check and the unique index together make duplicates a 409. */
export async function insertUser(sql: Sql, user: NewUser): Promise<UserRow> {
  if (await findUserByEmail(sql, user.email)) throw emailTaken();
  let inserted: UserRow;
  try {
    const [row] = await sql.query<UserRow>(
      `INSERT INTO users (id, organisation_id, display_name, email, roles, active, password_hash)
       VALUES ($1, $2, $3, $4, $5::text[], $6, $7)
       RETURNING ${COLUMNS}`,
      [
        uuidv7(),
        user.organisationId,
        user.displayName,
        user.email,
        user.roles,
        user.active,
        user.passwordHash,
      ],
    );
    if (!row) throw new Error('INSERT … RETURNING gave no row');
    inserted = row;
  } catch (error) {
    // Another request took the address between the check and the insert.
    if ((error as { code?: unknown }).code === '23505') throw emailTaken();
    throw error;
  }
  await writeUserRecord(sql, accountFieldsOf(inserted));
  return inserted;
}

export async function findUserByEmail(sql: Sql, email: string): Promise<UserRow | null> {
  const [row] = await sql.query<UserRow>(`SELECT ${COLUMNS} FROM users WHERE email = $1`, [
    email.toLowerCase(),
  ]);
  return row ?? null;
}

export async function findUser(sql: Sql, id: string): Promise<UserRow | null> {
  const [row] = await sql.query<UserRow>(`SELECT ${COLUMNS} FROM users WHERE id = $1`, [id]);
  return row ?? null;
}

export async function listUsers(sql: Sql, organisationId: string): Promise<UserRow[]> {
  return sql.query<UserRow>(
    `SELECT ${COLUMNS} FROM users WHERE organisation_id = $1 ORDER BY lower(display_name), id`,
    [organisationId],
  );
}

export async function setPasswordAndActivate(
  sql: Sql,
  userId: string,
  passwordHash: string,
): Promise<void> {
  const [row] = await sql.query<UserRow>(
    `UPDATE users SET password_hash = $2, active = true, updated_at = now() WHERE id = $1
     RETURNING ${COLUMNS}`,
    [userId, passwordHash],
  );
  if (row) await writeUserRecord(sql, accountFieldsOf(row));
}

export async function updateUser(
  sql: Sql,
  userId: string,
  changes: { active?: boolean; roles?: AccountRole[] },
): Promise<UserRow> {
  const [row] = await sql.query<UserRow>(
    `UPDATE users
        SET active = coalesce($2, active),
            roles = coalesce($3::text[], roles),
            updated_at = now()
      WHERE id = $1
      RETURNING ${COLUMNS}`,
    [userId, changes.active ?? null, changes.roles ?? null],
  );
  if (!row) throw new HttpError(404, 'not_found', 'There is no such user.');
  await writeUserRecord(sql, accountFieldsOf(row));
  return row;
}

export async function countActiveAdmins(sql: Sql, organisationId: string): Promise<number> {
  const [row] = await sql.query<{ count: number }>(
    `SELECT count(*) AS count FROM users
      WHERE organisation_id = $1 AND active AND 'admin' = ANY(roles)`,
    [organisationId],
  );
  return Number(row?.count ?? 0);
}
