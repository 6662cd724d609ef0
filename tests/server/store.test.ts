/**
 * The store interface on every backend: migrations (idempotent, refusing an edited or
 * unknown migration, safe when several nodes start at once), transactions, health, and
 * the same JS types from both drivers.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/server/config';
import { checksum, MigrationError, runMigrations } from '../../src/server/store/migrate';
import { migrations } from '../../src/server/store/migrations/index';
import { openStore } from '../../src/server/store/open-store';
import type { Backend, Store } from '../../src/server/store/store';
import { backends, placeFor, type BackendPlace } from './helpers/backends';

async function open(place: BackendPlace): Promise<Store> {
  return openStore(loadConfig({ ...place.env, LOG_LEVEL: 'silent' }));
}

describe('migration list', () => {
  it('numbers migrations 1, 2, 3… with unique names', () => {
    migrations.forEach((migration, index) => expect(migration.id).toBe(index + 1));
    expect(new Set(migrations.map((m) => m.name)).size).toBe(migrations.length);
    for (const migration of migrations)
      expect(migration.name).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });
});

describe.each(backends)('store on %s', (backend: Backend) => {
  let place: BackendPlace;
  let store: Store;

  beforeAll(async () => {
    place = await placeFor(backend);
    store = await open(place);
  });
  afterAll(async () => {
    await store?.close();
    await place?.cleanUp();
  });

  it('migrates a new database, then has nothing left to do', async () => {
    const first = await store.migrate();
    expect(first.applied).toEqual(
      migrations.map((m) => `${String(m.id).padStart(4, '0')}-${m.name}`),
    );
    expect(first.schemaVersion).toBe(migrations.length);

    const second = await store.migrate();
    expect(second).toEqual({ applied: [], schemaVersion: migrations.length });

    const rows = await store.query<{ id: number; checksum: string }>(
      'SELECT id, checksum FROM schema_migrations ORDER BY id',
    );
    expect(rows).toEqual(migrations.map((m) => ({ id: m.id, checksum: checksum(m) })));
  });

  it('gives the database an instance id, once', async () => {
    const rows = await store.query<{ value: unknown }>(
      "SELECT value FROM server_meta WHERE key = 'instance_id'",
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.value).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('keeps its schema when reopened and migrated again', async () => {
    await store.close();
    store = await open(place);
    expect(await store.migrate()).toEqual({ applied: [], schemaVersion: migrations.length });
  });

  it('reports its health and engine version', async () => {
    const health = await store.health();
    expect(health).toMatchObject({ ok: true, backend });
    expect(health.version).toMatch(/^\d+\.\d+/);
  });

  describe('transactions', () => {
    beforeAll(async () => {
      await store.exec('CREATE TABLE tx_test (id integer PRIMARY KEY, note text NOT NULL)');
    });
    afterEach(async () => {
      await store.query('DELETE FROM tx_test');
    });

    it('commits what the function wrote and returns its result', async () => {
      const result = await store.transaction(async (tx) => {
        await tx.query('INSERT INTO tx_test (id, note) VALUES ($1, $2)', [1, 'one']);
        await tx.query('INSERT INTO tx_test (id, note) VALUES ($1, $2)', [2, 'two']);
        return 'done';
      });
      expect(result).toBe('done');
      expect(await store.query('SELECT id FROM tx_test ORDER BY id')).toEqual([
        { id: 1 },
        { id: 2 },
      ]);
    });

    it('rolls everything back when the function throws, and rethrows', async () => {
      await expect(
        store.transaction(async (tx) => {
          await tx.query('INSERT INTO tx_test (id, note) VALUES ($1, $2)', [1, 'one']);
          throw new Error('changed my mind');
        }),
      ).rejects.toThrow('changed my mind');
      expect(await store.query('SELECT id FROM tx_test')).toEqual([]);
    });

    it('never lets a query outside a transaction see its uncommitted writes', async () => {
      let finish: () => void = () => undefined;
      const held = new Promise<void>((resolve) => (finish = resolve));
      let inserted: () => void = () => undefined;
      const wrote = new Promise<void>((resolve) => (inserted = resolve));
      const transaction = store.transaction(async (tx) => {
        await tx.query('INSERT INTO tx_test (id, note) VALUES ($1, $2)', [7, 'seven']);
        inserted();
        await held;
      });
      await wrote;
      const outside = store.query<{ n: number }>('SELECT count(*)::int AS n FROM tx_test');
      if (backend === 'postgres') {
        // Another connection: answers at once, from the last committed state.
        expect(await outside).toEqual([{ n: 0 }]);
        finish();
        await transaction;
      } else {
        // One connection: the query waits for the transaction to end, then sees its result.
        const early = await Promise.race([
          outside,
          new Promise((resolve) => setTimeout(() => resolve('waiting'), 200)),
        ]);
        expect(early).toBe('waiting');
        finish();
        await transaction;
        expect(await outside).toEqual([{ n: 1 }]);
      }
    });

    it('rolls back when a statement fails (never half a change)', async () => {
      await expect(
        store.transaction(async (tx) => {
          await tx.query('INSERT INTO tx_test (id, note) VALUES ($1, $2)', [1, 'one']);
          await tx.query('INSERT INTO tx_test (id, note) VALUES ($1, $2)', [1, 'duplicate']);
        }),
      ).rejects.toThrow();
      expect(await store.query('SELECT id FROM tx_test')).toEqual([]);
      // …and the store is still usable afterwards.
      await store.query('INSERT INTO tx_test (id, note) VALUES ($1, $2)', [3, 'three']);
      expect(await store.query('SELECT id FROM tx_test')).toEqual([{ id: 3 }]);
    });
  });

  it('returns the same JS types as every other backend', async () => {
    const [row] = await store.query(
      `SELECT 42::int4 AS int4, 42::int8 AS int8, 9007199254740993::int8 AS big,
              ARRAY[1, 2]::int8[] AS int8s, 1.50::numeric AS num, 0.5::float8 AS float,
              true AS bool, 'x'::text AS text, ARRAY['a', 'b'] AS texts,
              '{"a": [1, "b"]}'::jsonb AS json, NULL::text AS nothing,
              '2024-01-02T03:04:05.678Z'::timestamptz AS ts,
              '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b'::uuid AS uuid`,
    );
    expect(row).toEqual({
      int4: 42,
      int8: 42,
      big: 9007199254740993n,
      int8s: [1, 2],
      num: '1.50',
      float: 0.5,
      bool: true,
      text: 'x',
      texts: ['a', 'b'],
      json: { a: [1, 'b'] },
      nothing: null,
      ts: new Date('2024-01-02T03:04:05.678Z'),
      uuid: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b',
    });
  });

  it('refuses to start when an applied migration has been edited', async () => {
    const edited = migrations.map((m, i) => (i === 0 ? { ...m, sql: `${m.sql}\n-- edited` } : m));
    await expect(runMigrations((fn) => store.transaction(fn), edited)).rejects.toThrow(
      /has changed since it was applied/,
    );
  });

  it('refuses to start on a database migrated by a newer version', async () => {
    const newer = [
      ...migrations,
      { id: migrations.length + 1, name: 'from-the-future', sql: 'SELECT 1' },
    ];
    await runMigrations((fn) => store.transaction(fn), newer);
    await expect(store.migrate()).rejects.toThrow(MigrationError);
    await expect(store.migrate()).rejects.toThrow(/newer version/);
    await store.query('DELETE FROM schema_migrations WHERE id = $1', [migrations.length + 1]);
  });

  it('rolls back a failing migration completely', async () => {
    const broken = [
      ...migrations,
      {
        id: migrations.length + 1,
        name: 'broken',
        sql: 'CREATE TABLE half_done (id integer); SELECT no_such_function();',
      },
    ];
    await expect(runMigrations((fn) => store.transaction(fn), broken)).rejects.toThrow(
      // The label follows the real migrations, whatever their number.
      new RegExp(`Migration ${String(migrations.length + 1).padStart(4, '0')}-broken failed`),
    );
    const tables = await store.query(
      "SELECT 1 FROM information_schema.tables WHERE table_name = 'half_done'",
    );
    expect(tables).toEqual([]);
    expect(await store.migrate()).toEqual({ applied: [], schemaVersion: migrations.length });
  });

  it('reports itself down after close instead of throwing', async () => {
    await store.close();
    await store.close(); // twice is fine
    expect(await store.health()).toEqual({ ok: false, backend, version: null });
  });
});

describe.runIf(backends.includes('postgres'))('several nodes on one PostgreSQL database', () => {
  it('migrate safely when they start at the same time', async () => {
    const place = await placeFor('postgres');
    const stores = await Promise.all([open(place), open(place), open(place)]);
    try {
      const reports = await Promise.all(stores.map((store) => store.migrate()));
      const applied = reports.flatMap((report) => report.applied);
      expect(applied).toHaveLength(migrations.length); // each migration ran exactly once
      const [count] = await stores[0]!.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM server_meta',
      );
      expect(count?.n).toBe(1);
    } finally {
      await Promise.all(stores.map((store) => store.close()));
      await place.cleanUp();
    }
  });
});
