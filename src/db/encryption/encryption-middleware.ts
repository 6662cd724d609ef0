/**
 * Encryption at rest as a Dexie DBCore middleware (issue #10, DESIGN.md §10): every row
 * of an encrypted table is sealed on its way into IndexedDB and opened on its way out,
 * so features, sync and queries do not change. See table-policy.ts for what stays in
 * clear and sealed-row.ts for the format.
 *
 * Design choices:
 * - It sits below every other middleware (level -2, under Dexie's own caches at -1 and
 *   0), so hooks, live queries and the goal-summaries middleware only ever see plain rows.
 * - Sealing is synchronous, so a write and its outbox entry stay in one transaction.
 * - Locked (no data key): reads and writes of encrypted tables throw DeviceLockedError.
 *   Counting and deleting need no key. Rows written before encryption existed (version 5
 *   and earlier) are read as they are until unlocking seals them (legacy-rows.ts); so are
 *   rows a schema upgrade writes while locked. A future upgrade that must *read* sealed
 *   rows cannot run in Dexie's upgrade function (it runs before unlocking): do it at the
 *   first unlock instead, as legacy-rows.ts does.
 */
import { Dexie } from 'dexie';
import type { DBCore, DBCoreCursor, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';
import type { DeviceKeys } from './device-keys';
import { isSealed, openRow, sealRow } from './sealed-row';
import { policyFor, type TablePolicy } from './table-policy';

type Row = Record<string, unknown>;

function opener(keys: DeviceKeys, table: string, policy: TablePolicy) {
  return (value: unknown): unknown =>
    isSealed(value)
      ? openRow(keys.dataKey(), table, policy.identityField, value, keys.opened)
      : value;
}

function isUpgrade(trans: unknown): boolean {
  return (trans as { mode?: string } | null)?.mode === 'versionchange';
}

/** A cursor whose `value` is opened; everything else goes to the real cursor. */
function openedCursor(cursor: DBCoreCursor, open: (value: unknown) => unknown): DBCoreCursor {
  return {
    get trans() {
      return cursor.trans;
    },
    get key() {
      return cursor.key;
    },
    get primaryKey() {
      return cursor.primaryKey;
    },
    get value() {
      return open(cursor.value);
    },
    get done() {
      return cursor.done;
    },
    continue: (key?: unknown) => cursor.continue(key),
    continuePrimaryKey: (key: unknown, primaryKey: unknown) =>
      cursor.continuePrimaryKey(key, primaryKey),
    advance: (count: number) => cursor.advance(count),
    start: (onNext: () => void) => cursor.start(onNext),
    stop: (value?: unknown) => cursor.stop(value),
    next: () => cursor.next().then((c) => openedCursor(c, open)),
    fail: (error: Error) => cursor.fail(error),
  };
}

function encryptedTable(keys: DeviceKeys, table: DBCoreTable, policy: TablePolicy): DBCoreTable {
  const open = opener(keys, table.name, policy);
  const seal = (value: unknown): unknown =>
    sealRow(keys.dataKey(), table.name, policy.identityField, policy.clearFields, value as Row);
  return {
    ...table,
    mutate(req: DBCoreMutateRequest) {
      if (req.type !== 'add' && req.type !== 'put') return table.mutate(req);
      // A schema upgrade runs when the database opens, before anyone can unlock: what it
      // writes stays as it is, like every older row, until the first unlock seals it.
      if (!keys.unlocked && isUpgrade(req.trans)) return table.mutate(req);
      let values: unknown[];
      try {
        values = req.values.map(seal);
      } catch (error) {
        // Locked: fail the request the way Dexie expects (a rejected promise, in its zone).
        return Dexie.Promise.reject(error) as Promise<never>;
      }
      return table.mutate({ ...req, values } as DBCoreMutateRequest);
    },
    get: (req) => table.get(req).then(open),
    getMany: (req) => table.getMany(req).then((values) => values.map(open)),
    query: (req) =>
      table.query(req).then((res) => (req.values ? { ...res, result: res.result.map(open) } : res)),
    openCursor: (req) =>
      table
        .openCursor(req)
        .then((cursor) => (cursor && req.values !== false ? openedCursor(cursor, open) : cursor)),
  };
}

/** The middleware for one database, holding its keys. */
export function encryptionMiddleware(keys: DeviceKeys): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'encryptionAtRest',
    level: -2,
    create(down) {
      return {
        ...down,
        table(name) {
          const table = down.table(name);
          const policy = policyFor(table.schema);
          return policy ? encryptedTable(keys, table, policy) : table;
        },
      };
    },
  };
}
