import type { Migration } from './migration';

/**
 * Sign-in names of young people and carers (issue 3: signing in on a second device),
 * e.g. `sam-7KQ2` (the form: src/domain/account.ts).
 *
 * - A column on users rather than a table: a sign-in name is one-to-one with a family
 *   account and looked up at sign-in exactly as users.email is for staff, so it lives
 *   beside it, with its own unique index (a table would be a join for nothing).
 * - Stored in its one normalised form (name lower case, code upper case; the CHECK makes
 *   sure), so the plain unique index makes names unique per server whatever case people
 *   type. The server picks a new random code when one is taken (INSERT … ON CONFLICT
 *   (sign_in_name) DO NOTHING, which does not abort the redemption's transaction).
 * - Nullable: staff sign in by email and never have one (the second CHECK), and family
 *   accounts made before this migration keep NULL. They go on using the device they
 *   joined on; to sign in on another device they need a new invitation, whose
 *   redemption makes a new account with a sign-in name.
 */
export const signInNames: Migration = {
  id: 5,
  name: 'sign-in-names',
  sql: `
ALTER TABLE users ADD COLUMN sign_in_name text;
ALTER TABLE users ADD CONSTRAINT users_sign_in_name_form
  CHECK (sign_in_name ~ '^[a-z]{1,12}-[0-9A-HJKMNP-TV-Z]{4}$');
ALTER TABLE users ADD CONSTRAINT users_sign_in_name_family
  CHECK (sign_in_name IS NULL OR roles <@ ARRAY['young-person', 'carer']::text[]);
CREATE UNIQUE INDEX users_sign_in_name_key ON users (sign_in_name);
`,
};
