/**
 * A schema migration: plain PostgreSQL that runs unchanged on PGlite and on PostgreSQL
 * (keep to what PostgreSQL 15 understands: CI's cluster is 15, PGlite is 18).
 *
 * Kept as TypeScript modules exporting SQL strings, rather than .sql files read from
 * disk, so they travel with the code whatever runs or bundles it.
 * Never edit a migration once it has been released: add a new one. The runner stores a
 * checksum of each applied migration and refuses to start if one has changed.
 */
export interface Migration {
  /** 1, 2, 3… in order, no gaps. */
  id: number;
  /** Short kebab-case description, e.g. "server-meta". */
  name: string;
  sql: string;
}
