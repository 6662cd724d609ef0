/**
 * DESIGN.md §11: the embedded store must keep every committed transaction when the
 * server is killed mid-write. A child process commits transactions as fast as it can and
 * reports each commit; it is SIGKILLed at a random moment, several times over; every
 * reported commit must be there on reopening, and no transaction may be half there.
 *
 * A SIGKILL only proves the process-crash case (the kernel still holds written pages).
 * For power loss the commit must also reach the disk: checked by counting the fsyncs
 * PostgreSQL issues through our file system (see src/server/store/durable-nodefs.ts).
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPgliteStore, type PgliteStore } from '../../src/server/store/pglite';
import { collect, exited, onLines, spawnTs } from './fixtures/child';
import { seededDataDir } from './helpers/pglite-template';

const WRITER = path.join('tests', 'server', 'fixtures', 'pglite-writer.ts');
const ROWS_PER_TX = 5;

/** Runs the writer until it has reported `commits` commits, then SIGKILLs it. */
async function writeThenKill(dataDir: string, commits: number): Promise<number> {
  const child = spawnTs(WRITER, [dataDir, String(ROWS_PER_TX)]);
  const stderr = collect(child.stderr);
  let lastCommitted = 0;
  let seen = 0;
  onLines(child, (line) => {
    const match = /^committed (\d+)$/.exec(line);
    if (!match) return;
    lastCommitted = Number(match[1]);
    seen += 1;
    if (seen === commits) child.kill('SIGKILL');
  });
  const { signal, code } = await exited(child);
  if (signal !== 'SIGKILL') throw new Error(`writer ended by itself (code ${code}): ${stderr()}`);
  return lastCommitted;
}

describe('PGlite durability', () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await seededDataDir();
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('keeps every committed transaction across SIGKILLs mid-write', async () => {
    let lastCommitted = 0;
    for (const commits of [37, 11, 53]) {
      lastCommitted = await writeThenKill(dataDir, commits);
      expect(lastCommitted).toBeGreaterThan(0);
    }

    // Reopening also takes over the stale lock the killed writer left behind.
    const store = await openPgliteStore({ dataDir });
    try {
      const rows = await store.query<{ id: number }>('SELECT id FROM durability ORDER BY id');
      const ids = rows.map((row) => row.id);
      // Everything reported as committed is there…
      expect(ids.length).toBeGreaterThanOrEqual(lastCommitted);
      expect(ids.slice(0, lastCommitted)).toEqual(
        Array.from({ length: lastCommitted }, (_, i) => i + 1),
      );
      // …and whole transactions only (the one in flight at the kill may or may not be).
      expect(ids.length % ROWS_PER_TX).toBe(0);
      expect(ids).toEqual(Array.from({ length: ids.length }, (_, i) => i + 1));
    } finally {
      await store.close();
    }
  });
});

describe('PGlite commits reach the disk', () => {
  let dataDir: string;
  let store: PgliteStore;

  beforeAll(async () => {
    dataDir = await seededDataDir();
    store = await openPgliteStore({ dataDir });
    await store.exec('CREATE TABLE synced (id integer PRIMARY KEY)');
  });
  afterAll(async () => {
    await store?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('runs with fsync on and syncs the WAL with fsync', async () => {
    const [settings] = await store.query(
      "SELECT current_setting('fsync') AS fsync, current_setting('wal_sync_method') AS method",
    );
    expect(settings).toEqual({ fsync: 'on', method: 'fsync' });
  });

  it('fsyncs at every commit', async () => {
    for (let id = 1; id <= 3; id++) {
      const before = store.fsyncCount();
      await store.query('INSERT INTO synced (id) VALUES ($1)', [id]);
      expect(store.fsyncCount()).toBeGreaterThan(before);
    }
    const before = store.fsyncCount();
    await store.transaction(async (tx) => {
      await tx.query('INSERT INTO synced (id) VALUES (10)');
      await tx.query('INSERT INTO synced (id) VALUES (11)');
    });
    expect(store.fsyncCount()).toBeGreaterThan(before);
  });

  it('does not fsync for reads', async () => {
    const before = store.fsyncCount();
    await store.query('SELECT count(*) FROM synced');
    expect(store.fsyncCount()).toBe(before);
  });
});
