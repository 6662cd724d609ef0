import type { Migration } from './migration';

/**
 * The first migration. schema_migrations itself is created by the runner, which needs it
 * before it can tell which migrations have run.
 *
 * server_meta holds facts about this server's database as key/value pairs. instance_id
 * names this database, made once when it is created: if the server is ever started on a
 * new, empty database, devices can tell it is not the one they synced with.
 */
export const serverMeta: Migration = {
  id: 1,
  name: 'server-meta',
  sql: `
CREATE TABLE server_meta (
  key        text PRIMARY KEY,
  value      jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

INSERT INTO server_meta (key, value)
VALUES ('instance_id', to_jsonb(gen_random_uuid()::text));
`,
};
