/**
 * The backends every store and server test runs against: PGlite always, PostgreSQL too
 * when TEST_DATABASE_URL is set (npm run test:pg, .ci/run). Each PostgreSQL suite gets
 * a schema of its own, so suites never see each other's tables. TEST_BACKENDS=postgres
 * leaves PGlite out: .ci/run sets it for its PostgreSQL step, since `npm test` has just
 * run the same tests on PGlite.
 */
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import pg from 'pg';
import type { Backend } from '../../../src/server/store/store';
import { seededDataDir } from './pglite-template';
import { makeTempDir } from './temp';

export const TEST_DATABASE_URL = process.env['TEST_DATABASE_URL'] ?? null;

const ALL_BACKENDS: Backend[] = TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
const ONLY = process.env['TEST_BACKENDS'] === 'postgres' && TEST_DATABASE_URL ? 'postgres' : null;

export const backends: Backend[] = ONLY ? [ONLY] : ALL_BACKENDS;

/** A new, empty schema; the returned URL makes it the connection's search_path. */
export async function createPostgresSchema(): Promise<{ url: string; drop(): Promise<void> }> {
  if (!TEST_DATABASE_URL) throw new Error('TEST_DATABASE_URL is not set');
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE SCHEMA ${schema}`);
  } finally {
    await admin.end();
  }
  const url = new URL(TEST_DATABASE_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: TEST_DATABASE_URL ?? '' });
      await client.connect();
      try {
        await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      } finally {
        await client.end();
      }
    },
  };
}

/** Where a backend keeps its data for one suite, and how to clean it up. */
export interface BackendPlace {
  env: Record<string, string>;
  dataDir: string;
  cleanUp(): Promise<void>;
}

export async function placeFor(backend: Backend): Promise<BackendPlace> {
  if (backend === 'pglite') {
    const dataDir = await seededDataDir();
    return {
      env: { DATA_DIR: dataDir },
      dataDir,
      cleanUp: () => rm(dataDir, { recursive: true, force: true }),
    };
  }
  const dataDir = await makeTempDir('data');
  const schema = await createPostgresSchema();
  return {
    env: { DATA_DIR: dataDir, DATABASE_URL: schema.url },
    dataDir,
    async cleanUp() {
      await schema.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
