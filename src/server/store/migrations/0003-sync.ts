import type { Migration } from './migration';

/**
 * Sync, access and audit (issue 3; DESIGN.md §5, §10).
 *
 * - `partitions`: one version counter per case (partition = caseId), plus 'org' for
 *   organisation content and 'anonymous' for signposting counts. Bumped under the row
 *   lock of the transaction that applies a change, so versions within a partition are
 *   committed in order and a checkpoint can never skip a late commit.
 * - `records`: the merged record as every device should converge to it; `version` is
 *   the partition version that last changed it (what a pull compares with a checkpoint).
 *   The two partial expression indexes serve the access loader (memberships of a user,
 *   sharing settings of a carer).
 * - `applied_mutations`: one row per accepted mutation id with a hash of its content, so
 *   a replay is accepted and changes nothing, and a forged duplicate id is refused.
 * - `audit_heads` + `audit_events`: an append-only hash chain per partition. The head row
 *   is the lock that serialises appends (reads append too, without the partition lock).
 *   Triggers refuse UPDATE, DELETE and TRUNCATE, and the chain detects what a superuser
 *   could still do behind them.
 */
export const sync: Migration = {
  id: 3,
  name: 'sync',
  sql: `
CREATE TABLE partitions (
  partition text PRIMARY KEY,
  version   bigint NOT NULL DEFAULT 0
);

CREATE TABLE records (
  id         text PRIMARY KEY,
  partition  text NOT NULL,
  kind       text NOT NULL,
  case_id    text,
  version    bigint NOT NULL,
  data       jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX records_partition_version ON records (partition, version);
CREATE INDEX records_membership_user ON records ((data->>'userId')) WHERE kind = 'case-membership';
CREATE INDEX records_sharing_carer ON records ((data->>'carerUserId')) WHERE kind = 'sharing-settings';

CREATE TABLE applied_mutations (
  id         text PRIMARY KEY,
  partition  text NOT NULL,
  record_id  text NOT NULL,
  version    bigint NOT NULL,
  device_id  text NOT NULL,
  user_id    text NOT NULL,
  hash       text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE audit_heads (
  partition text PRIMARY KEY,
  seq       bigint NOT NULL,
  hash      text NOT NULL
);

CREATE TABLE audit_events (
  partition  text NOT NULL,
  seq        bigint NOT NULL,
  id         text NOT NULL UNIQUE,
  case_id    text,
  actor_id   text NOT NULL,
  actor_role text NOT NULL,
  device_id  text,
  action     text NOT NULL,
  kind       text,
  record_id  text,
  at         timestamptz NOT NULL,
  prev_hash  text NOT NULL,
  hash       text NOT NULL,
  PRIMARY KEY (partition, seq)
);

CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only';
END
$fn$;
CREATE TRIGGER audit_events_no_change BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();
`,
};
