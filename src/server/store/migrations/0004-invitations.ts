import type { Migration } from './migration';

/**
 * Invitations of young people and carers to a case (issue 3 item 2).
 *
 * - code_hash: HMAC-SHA-256 of the normalised code under a key derived from the pepper
 *   (src/server/invitations/codes.ts); the code itself is shown once and never stored.
 * - An invitation is open while redeemed_at, withdrawn_at are null and expires_at is in
 *   the future (the database's clock). Redemption sets redeemed_at in one conditional
 *   UPDATE, so two racing redemptions of one code cannot both succeed.
 * - case_id is not a foreign key: cases are records (table records), not rows of their own.
 */
export const invitations: Migration = {
  id: 4,
  name: 'invitations',
  sql: `
CREATE TABLE invitations (
  id              text PRIMARY KEY,
  code_hash       text NOT NULL UNIQUE,
  organisation_id text NOT NULL REFERENCES organisations (id),
  case_id         text NOT NULL,
  role            text NOT NULL,
  relationship    text,
  display_name    text,
  invited_by      text NOT NULL REFERENCES users (id),
  created_at      timestamptz NOT NULL DEFAULT now(),
  expires_at      timestamptz NOT NULL,
  redeemed_at     timestamptz,
  redeemed_by     text REFERENCES users (id),
  withdrawn_at    timestamptz,
  CONSTRAINT invitations_role_known CHECK (role IN ('young-person', 'carer')),
  CONSTRAINT invitations_carer_relationship CHECK (role <> 'carer' OR relationship IS NOT NULL)
);
CREATE INDEX invitations_case ON invitations (case_id, created_at);
`,
};
