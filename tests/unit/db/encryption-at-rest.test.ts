// Issue #10 acceptance: after a goal, a safety plan and a note are written, the raw
// IndexedDB (read without Dexie or the middleware) holds none of their words, only the
// index fields; without the key nothing can be read; with the passcode (or, for a
// forgotten passcode, the server's escrow key) everything comes back.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { OurPlanDatabase } from '../../../src/db/database';
import { DeviceLockedError } from '../../../src/db/encryption/device-keys';
import {
  createDataKey,
  lockNow,
  recoverWithServerKey,
  rememberUnlock,
  restoreUnlock,
  unlockWithPasscode,
} from '../../../src/db/encryption/key-store';
import { CLEAR_TABLES } from '../../../src/db/encryption/table-policy';
import { RecordRepository } from '../../../src/db/repository';
import { validCase } from './store-fixtures';

const NOTE = { audience: 'care-team', purpose: 'session-note' };
const FAST = { iterations: 1_000 }; // the rules and format, not the cost (benchmarked)
const PASSCODE = '258036';
const USER = 'user-sam';
let counter = 0;
const opened: OurPlanDatabase[] = [];

function newDatabase(name = `ourplan-at-rest-${process.pid}-${++counter}`) {
  const db = new OurPlanDatabase(name);
  opened.push(db);
  return { db, name, records: new RecordRepository(db, () => USER) };
}

afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

/** Every row of every store, read with the plain IndexedDB API. */
async function rawRows(name: string): Promise<Map<string, unknown[]>> {
  const idb = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const rows = new Map<string, unknown[]>();
  for (const store of Array.from(idb.objectStoreNames)) {
    const all = await new Promise<unknown[]>((resolve, reject) => {
      const request = idb.transaction(store).objectStore(store).getAll();
      request.onsuccess = () => resolve(request.result as unknown[]);
      request.onerror = () => reject(request.error);
    });
    rows.set(store, all);
  }
  idb.close();
  return rows;
}

/** Everything stored, as text, with sealed bytes shown as a count only. */
function asText(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v instanceof Uint8Array ? `<${v.length} sealed bytes>` : v,
  );
}

const SECRETS = [
  'Go back to school on Mondays',
  'Ring Aunt Jo on 07700 900123',
  'Feeling scared about the exam',
  'Sam', // the preferred name
];

async function writeCaseData(records: RecordRepository) {
  const kase = await records.createCase({ ...validCase, preferredName: 'Sam' });
  await records.create('goal', kase.id, {
    text: SECRETS[0],
    theme: 'impact-on-life',
    setBy: 'young-person',
    baselineRating: 2,
    status: 'active',
    order: 0,
  });
  const plan = await records.create('safety-plan', kase.id, {
    status: 'draft',
    writtenByYoungPerson: [],
  });
  await records.create('safety-plan-item', kase.id, {
    planId: plan.id,
    section: 'people-to-ask',
    text: SECRETS[1],
    order: 1,
    addedByRole: 'young-person',
  });
  await records.create('note', kase.id, { ...NOTE, body: SECRETS[2] });
  return { kase, plan };
}

describe('encryption at rest', () => {
  it('leaves no words of a goal, a safety plan or a note in the raw database', async () => {
    const { db, name, records } = newDatabase();
    await createDataKey(db, USER, PASSCODE, FAST);
    const { kase, plan } = await writeCaseData(records);
    db.close();

    const rows = await rawRows(name);
    const everything = asText([...rows.entries()]);
    for (const secret of SECRETS.slice(0, 3)) expect(everything).not.toContain(secret);
    // The preferred name is nowhere outside the signed-in account (there is none here).
    expect(everything).not.toContain('"Sam"');

    // In encrypted tables, only index fields and the sealed blob are in clear.
    const allowed: Record<string, string[]> = {
      cases: ['id', 'updatedAt'],
      goals: ['id', 'caseId'],
      goalSummaries: ['goalId', 'caseId'],
      safetyPlans: ['id', 'caseId'],
      safetyPlanItems: ['id', 'caseId', 'planId'],
      notes: ['id', 'caseId'],
      outbox: ['seq', 'id', 'recordId', 'caseId'],
    };
    for (const [store, fields] of Object.entries(allowed)) {
      const stored = rows.get(store) ?? [];
      expect(stored.length, store).toBeGreaterThan(0);
      for (const row of stored as Record<string, unknown>[]) {
        expect(Object.keys(row).sort(), store).toEqual([...fields, '_sealed'].sort());
      }
    }
    expect((rows.get('safetyPlanItems') as Record<string, unknown>[])[0]).toMatchObject({
      caseId: kase.id,
      planId: plan.id,
    });
    // Every table that is not reference content or device facts is sealed.
    for (const [store, stored] of rows) {
      if (CLEAR_TABLES.has(store)) continue;
      for (const row of stored) expect(asText(row), store).toContain('sealed bytes');
    }
  });

  it('reads nothing while locked, and everything again with the passcode', async () => {
    const { db, name, records } = newDatabase();
    await createDataKey(db, USER, PASSCODE, FAST);
    const { kase } = await writeCaseData(records);
    await lockNow(db);
    await expect(records.get('case', kase.id)).rejects.toBeInstanceOf(DeviceLockedError);
    await expect(db.recordTable('goal').toArray()).rejects.toThrow(/locked/);
    await expect(records.create('note', kase.id, { ...NOTE, body: 'x' })).rejects.toThrow(/locked/);
    // Counting needs no key; nothing was added by the refused write.
    expect(await db.recordTable('note').count()).toBe(1);

    expect(await unlockWithPasscode(db, USER, '000000')).toMatchObject({ ok: false });
    expect(db.keys.unlocked).toBe(false);
    expect(await unlockWithPasscode(db, USER, PASSCODE)).toEqual({ ok: true });
    expect((await records.get('case', kase.id))?.preferredName).toBe('Sam');

    // A new page (another Dexie instance on the same database) starts locked.
    const second = new OurPlanDatabase(name);
    opened.push(second);
    await expect(second.recordTable('note').toArray()).rejects.toThrow(/locked/);
  });

  it('refuses a sealed blob moved onto another record', async () => {
    const { db, name, records } = newDatabase();
    await createDataKey(db, USER, PASSCODE, FAST);
    const kase = await records.createCase(validCase);
    const other = await records.createCase({ ...validCase, preferredName: 'Jo' });
    const idb = db.backendDB();
    const blob = await new Promise<Uint8Array>((resolve) => {
      const r = idb.transaction('cases').objectStore('cases').get(other.id);
      r.onsuccess = () => resolve((r.result as { _sealed: Uint8Array })._sealed);
    });
    await new Promise<void>((resolve) => {
      const tx = idb.transaction('cases', 'readwrite');
      tx.objectStore('cases').put({ id: kase.id, updatedAt: kase.updatedAt, _sealed: blob });
      tx.oncomplete = () => resolve();
    });
    await expect(records.get('case', kase.id)).rejects.toThrow();
    expect(name).toBeTruthy();
  });

  it('seals rows written before encryption at the first unlock', async () => {
    const { db, name } = newDatabase();
    // A version-5 device's row, as it was stored: plain.
    await db.open();
    const idb = db.backendDB();
    await new Promise<void>((resolve) => {
      const tx = idb.transaction('notes', 'readwrite');
      tx.objectStore('notes').put({ id: 'n1', caseId: 'c1', body: SECRETS[2], kind: 'note' });
      tx.oncomplete = () => resolve();
    });
    await createDataKey(db, USER, PASSCODE, FAST);
    expect((await db.recordTable('note').get('n1'))?.body).toBe(SECRETS[2]);
    db.close();
    expect(asText([...(await rawRows(name)).entries()])).not.toContain(SECRETS[2]);
  });

  it('opens with the server escrow key after a forgotten passcode, with a new passcode', async () => {
    const { db, records } = newDatabase();
    const escrow = globalThis.crypto.getRandomValues(new Uint8Array(32));
    await createDataKey(db, USER, PASSCODE, { ...FAST, escrowKey: escrow });
    const { kase } = await writeCaseData(records);
    await lockNow(db);
    const wrongEscrow = globalThis.crypto.getRandomValues(new Uint8Array(32));
    expect(await recoverWithServerKey(db, USER, wrongEscrow, '480259', FAST)).toBe(false);
    expect(db.keys.unlocked).toBe(false);
    expect(await recoverWithServerKey(db, USER, escrow, '480259', FAST)).toBe(true);
    expect(await db.outbox.count()).toBeGreaterThan(0); // unsent changes kept
    expect((await records.get('case', kase.id))?.preferredName).toBe('Sam');
    await lockNow(db);
    expect(await unlockWithPasscode(db, USER, PASSCODE)).toMatchObject({ ok: false });
    expect(await unlockWithPasscode(db, USER, '480259')).toEqual({ ok: true });
  });

  it('carries an unlock over to a reload until it runs out, and never after a lock', async () => {
    const { db, name } = newDatabase();
    await createDataKey(db, USER, PASSCODE, FAST);
    const now = Date.now();
    await rememberUnlock(db, USER, now + 60_000);
    const reloaded = new OurPlanDatabase(name);
    opened.push(reloaded);
    expect(await restoreUnlock(reloaded, 'someone-else', now)).toBe(false);
    await rememberUnlock(db, USER, now + 60_000);
    expect(await restoreUnlock(reloaded, USER, now + 61_000)).toBe(false); // ran out
    await rememberUnlock(db, USER, now + 60_000);
    expect(await restoreUnlock(reloaded, USER, now)).toBe(true);
    reloaded.keys.forget();
    await lockNow(db);
    expect(await restoreUnlock(reloaded, USER, now)).toBe(false);
  });
});
