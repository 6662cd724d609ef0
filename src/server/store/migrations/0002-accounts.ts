import type { Migration } from './migration';

/**
 * Organisations, accounts, sessions and the one-time secrets that create them
 * (issue #3 part 1; DESIGN.md §6, §10).
 *
 * - Secrets (session tokens, setup tokens, activation codes) are stored only as the hex
 *   SHA-256 of the value, so a copy of the database cannot be used to sign in.
 * - users.email is stored lower-cased (the CHECK makes sure), so the plain unique index is
 *   a case-insensitive one. It is nullable: young people's accounts (invitations, later)
 *   may have no email address.
 * - Time comparisons use the database's now(), one clock for every server process.
 * - auth_attempts backs the rate limits: counted in the database, not in memory, so the
 *   limits hold across several server processes.
 * Only PostgreSQL 15 features (CI's cluster is 15; PGlite is newer).
 */
export const accounts: Migration = {
  id: 2,
  name: 'accounts',
  sql: `
CREATE TABLE organisations (
  id         text PRIMARY KEY,
  name       text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
  id              text PRIMARY KEY,
  organisation_id text NOT NULL REFERENCES organisations (id),
  display_name    text NOT NULL,
  email           text,
  roles           text[] NOT NULL,
  active          boolean NOT NULL DEFAULT false,
  password_hash   text,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT users_email_lower CHECK (email = lower(email)),
  CONSTRAINT users_roles_known CHECK (
    cardinality(roles) > 0
    AND roles <@ ARRAY['admin', 'practitioner', 'young-person', 'carer']::text[]
  )
);
CREATE UNIQUE INDEX users_email_key ON users (email);
CREATE INDEX users_organisation ON users (organisation_id);

CREATE TABLE auth_sessions (
  id                   text PRIMARY KEY,
  token_hash           text NOT NULL UNIQUE,
  user_id              text NOT NULL REFERENCES users (id),
  device_label         text NOT NULL,
  created_at           timestamptz NOT NULL DEFAULT now(),
  last_used_at         timestamptz NOT NULL DEFAULT now(),
  idle_timeout_seconds integer NOT NULL,
  idle_expires_at      timestamptz NOT NULL,
  absolute_expires_at  timestamptz NOT NULL,
  revoked_at           timestamptz
);
CREATE INDEX auth_sessions_user ON auth_sessions (user_id);

CREATE TABLE setup_tokens (
  token_hash text PRIMARY KEY,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at    timestamptz
);

CREATE TABLE activation_codes (
  code_hash  text PRIMARY KEY,
  user_id    text NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at    timestamptz
);
CREATE INDEX activation_codes_user ON activation_codes (user_id);

CREATE TABLE auth_attempts (
  id    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  scope text NOT NULL,
  key   text NOT NULL,
  at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX auth_attempts_scope_key_at ON auth_attempts (scope, key, at);
`,
};
