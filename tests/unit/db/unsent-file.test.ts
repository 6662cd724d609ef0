// Unsent changes as a locked file (issue #10 item 4): real WebCrypto, a real
// (fake-indexeddb) store and real outbox entries made by the repository. Files are made
// with few PBKDF2 iterations so the tests stay quick; one test checks the default.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  UNSENT_FILE_ITERATIONS,
  decryptUnsent,
  encryptUnsent,
  readUnsentFileCount,
  requeueUnsent,
  unsentEntries,
  unsentFileName,
  type UnsentEntry,
} from '../../../src/app/account/unsent-file';
import type { OutboxEntry } from '../../../src/db';
import { freshStore, validCase } from './store-fixtures';

const PASSCODE = '480351';
const FAST = { iterations: 1_000 };

const stores: ReturnType<typeof freshStore>[] = [];
function store() {
  const s = freshStore();
  stores.push(s);
  return s;
}
afterEach(async () => {
  for (const s of stores.splice(0)) await s.db.delete();
});

/** A store with three unsent changes: a case, and a goal created then edited. */
async function storeWithChanges() {
  const s = store();
  const kase = await s.records.createCase(validCase);
  const goal = await s.records.create('goal', kase.id, {
    text: 'Go to school three days a week',
    theme: 'general-wellbeing',
    setBy: 'young-person',
    baselineRating: 2,
    status: 'active',
    order: 1,
  });
  await s.records.update('goal', goal.id, { text: 'Go to school four days a week' });
  return { ...s, kase, goal };
}

type FileJson = Record<string, unknown> & { ciphertext: string; count: number };

async function fileJson(blob: Blob): Promise<FileJson> {
  return JSON.parse(await blob.text()) as FileJson;
}

/** The same file with one field changed. */
function edited(json: FileJson, change: Partial<FileJson>): string {
  return JSON.stringify({ ...json, ...change });
}

/** Flip one bit in the middle of a base64 ciphertext. */
function flipBit(base64: string): string {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const middle = Math.floor(bytes.length / 2);
  bytes[middle] = bytes[middle]! ^ 0x01;
  return btoa(String.fromCharCode(...bytes));
}

describe('the locked file', () => {
  it('opens with the same passcode and gives back the entries in their order, without seq', async () => {
    const { db } = await storeWithChanges();
    const outbox = await unsentEntries(db);
    expect(outbox).toHaveLength(3);
    expect(outbox.map((e) => e.seq)).toEqual([...outbox.map((e) => e.seq)].sort());

    const blob = await encryptUnsent(outbox, PASSCODE, FAST);
    expect(blob.type).toBe('application/json');
    const opened = await decryptUnsent(blob, PASSCODE);
    expect(opened).toEqual({
      ok: true,
      entries: outbox.map(({ seq: _seq, ...rest }) => rest),
    });
  });

  it('keeps only the format, date, count and key derivation in clear', async () => {
    const { db, kase, goal } = await storeWithChanges();
    const blob = await encryptUnsent(await unsentEntries(db), PASSCODE, {
      ...FAST,
      now: () => new Date('2026-03-04T10:00:00.000Z'),
    });
    const text = await blob.text();
    const json = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(json).sort()).toEqual(
      [
        'ciphertext',
        'count',
        'exportedAt',
        'format',
        'iterations',
        'iv',
        'kdf',
        'salt',
        'v',
      ].sort(),
    );
    expect(json).toMatchObject({
      format: 'ourplan-unsent-changes',
      v: 1,
      exportedAt: '2026-03-04T10:00:00.000Z',
      count: 3,
      kdf: 'PBKDF2-SHA-256',
      iterations: 1_000,
    });
    expect(atob(json.salt as string)).toHaveLength(16);
    expect(atob(json.iv as string)).toHaveLength(12);
    for (const secret of [kase.id, goal.id, 'Sam', 'Go to school', 'goal', PASSCODE]) {
      expect(text).not.toContain(secret);
    }
  });

  it('uses 600,000 iterations unless told otherwise', async () => {
    expect(UNSENT_FILE_ITERATIONS).toBe(600_000);
    const blob = await encryptUnsent([], PASSCODE);
    expect(await fileJson(blob)).toMatchObject({ iterations: 600_000, count: 0 });
    expect(await decryptUnsent(blob, PASSCODE)).toEqual({ ok: true, entries: [] });
  });

  it('uses a new salt and iv for every file', async () => {
    const { db } = await storeWithChanges();
    const entries = await unsentEntries(db);
    const [a, b] = await Promise.all([
      encryptUnsent(entries, PASSCODE, FAST).then(fileJson),
      encryptUnsent(entries, PASSCODE, FAST).then(fileJson),
    ]);
    expect(a.salt).not.toBe(b.salt);
    expect(a.iv).not.toBe(b.iv);
    expect(a.ciphertext).not.toBe(b.ciphertext);
  });

  it('opens with the passcode typed in Arabic-Indic digits or with spaces around it', async () => {
    const { db } = await storeWithChanges();
    const blob = await encryptUnsent(await unsentEntries(db), PASSCODE, FAST);
    expect(await decryptUnsent(blob, ' ٤٨٠٣٥١ ')).toMatchObject({ ok: true });
    expect(await decryptUnsent(await blob.text(), '۴۸۰۳۵۱')).toMatchObject({ ok: true });
  });

  it('does not open with a wrong passcode', async () => {
    const { db } = await storeWithChanges();
    const blob = await encryptUnsent(await unsentEntries(db), PASSCODE, FAST);
    expect(await decryptUnsent(blob, '480352')).toEqual({ ok: false, reason: 'wrongPasscode' });
    expect(await decryptUnsent(blob, '')).toEqual({ ok: false, reason: 'wrongPasscode' });
  });

  it('does not open when the ciphertext or what is in clear has been changed', async () => {
    const { db } = await storeWithChanges();
    const json = await fileJson(await encryptUnsent(await unsentEntries(db), PASSCODE, FAST));
    expect(await decryptUnsent(JSON.stringify(json), PASSCODE)).toMatchObject({ ok: true });

    const tampered = [
      edited(json, { ciphertext: flipBit(json.ciphertext) }),
      edited(json, { ciphertext: json.ciphertext.slice(0, -8) + 'AAAAAAA=' }),
      edited(json, { count: 1 }),
      edited(json, { exportedAt: '2020-01-01T00:00:00.000Z' }),
      edited(json, { iterations: 1_001 }),
    ];
    for (const text of tampered) {
      expect(await decryptUnsent(text, PASSCODE)).toEqual({ ok: false, reason: 'wrongPasscode' });
    }
  });

  it('says a file that is not ours is not a file of unsent changes', async () => {
    const { db } = await storeWithChanges();
    const json = await fileJson(await encryptUnsent(await unsentEntries(db), PASSCODE, FAST));
    const notOurs = [
      '',
      'not json at all',
      '[]',
      JSON.stringify({ hello: 'world' }),
      // The old plain download, before files were locked.
      JSON.stringify({ exportedAt: '2026-01-01T00:00:00.000Z', app: 'OurPlan', mutations: [] }),
      edited(json, { format: 'something-else' }),
      edited(json, { v: 2 }),
      edited(json, { kdf: 'scrypt' }),
      edited(json, { iterations: 0 }),
      edited(json, { iterations: 1e12 }),
      edited(json, { salt: 'AAAA' }),
      edited(json, { iv: 'not base64!' }),
    ];
    for (const text of notOurs) {
      expect(await decryptUnsent(text, PASSCODE)).toEqual({ ok: false, reason: 'notAFile' });
    }
    expect(await decryptUnsent(new Blob(['\u0000\u0001']), PASSCODE)).toEqual({
      ok: false,
      reason: 'notAFile',
    });
  });

  it('refuses a file whose sealed entries are not outbox entries', async () => {
    const bad: unknown[][] = [
      [{ id: 'a', recordId: 'r', caseId: null, queuedAt: 'x', mutation: { id: 'a' } }],
      [
        {
          id: 'a',
          recordId: 'r',
          caseId: null,
          queuedAt: 'x',
          mutation: { id: 'b', recordId: 'r', kind: 'goal' },
        },
      ],
    ];
    for (const inside of bad) {
      // Sealed properly, with the right passcode: only the inside is wrong.
      const entries = inside as OutboxEntry[];
      const blob = await encryptUnsent(entries, PASSCODE, FAST);
      expect(await decryptUnsent(blob, PASSCODE)).toEqual({ ok: false, reason: 'notAFile' });
    }
  });

  it('follows the documented format, so it can be opened without this module', async () => {
    const { db } = await storeWithChanges();
    const outbox = await unsentEntries(db);
    const json = await fileJson(await encryptUnsent(outbox, PASSCODE, FAST));
    const bytes = (b64: unknown) => Uint8Array.from(atob(b64 as string), (c) => c.charCodeAt(0));
    const material = await crypto.subtle.importKey(
      'raw',
      new TextEncoder().encode(PASSCODE),
      'PBKDF2',
      false,
      ['deriveKey'],
    );
    const key = await crypto.subtle.deriveKey(
      { name: 'PBKDF2', hash: 'SHA-256', salt: bytes(json.salt), iterations: 1_000 },
      material,
      { name: 'AES-GCM', length: 256 },
      false,
      ['decrypt'],
    );
    const bound = [json.format, json.v, json.exportedAt, json.count, json.kdf, json.iterations];
    const plaintext = await crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: bytes(json.iv),
        additionalData: new TextEncoder().encode(JSON.stringify(bound)),
      },
      key,
      bytes(json.ciphertext),
    );
    expect(JSON.parse(new TextDecoder().decode(plaintext))).toEqual(
      outbox.map(({ seq: _seq, ...rest }) => rest),
    );
  });

  it('says how many changes it holds before the passcode is typed, and nothing for other files', async () => {
    const { db } = await storeWithChanges();
    const blob = await encryptUnsent(await unsentEntries(db), PASSCODE, FAST);
    expect(await readUnsentFileCount(blob)).toBe(3);
    expect(await readUnsentFileCount(new Blob(['{"count":3}']))).toBeUndefined();
    expect(await readUnsentFileCount(new Blob(['not json']))).toBeUndefined();
  });

  it('is named by the device date with the .ourplan extension', () => {
    expect(unsentFileName(new Date(2026, 2, 4, 23, 30))).toBe(
      'ourplan-unsent-changes-2026-03-04.ourplan',
    );
  });
});

describe('bringing changes back', () => {
  it('puts them back in the outbox in their order on another device, and sends them once', async () => {
    const from = await storeWithChanges();
    const sent = await unsentEntries(from.db);
    const opened = await decryptUnsent(await encryptUnsent(sent, PASSCODE, FAST), PASSCODE);
    if (!opened.ok) throw new Error('the file did not open');

    const to = store();
    const first = await to.records.createCase(validCase); // something already waiting there
    expect(await requeueUnsent(to.db, opened.entries)).toEqual({ added: 3, alreadyThere: 0 });

    const outbox = await unsentEntries(to.db);
    expect(outbox.map((e) => e.id)).toEqual([
      (await to.db.outbox.toCollection().first())!.id,
      ...sent.map((e) => e.id),
    ]);
    expect(outbox[0]!.recordId).toBe(first.id);
    expect(outbox.slice(1).map(({ seq: _seq, ...rest }) => rest)).toEqual(
      sent.map(({ seq: _seq, ...rest }) => rest),
    );

    // Bringing the same file back again adds nothing.
    expect(await requeueUnsent(to.db, opened.entries)).toEqual({ added: 0, alreadyThere: 3 });
    expect(await to.db.outbox.count()).toBe(4);
  });

  it('skips changes still waiting on this device, and duplicates inside the file', async () => {
    const { db } = await storeWithChanges();
    const entries: UnsentEntry[] = (await unsentEntries(db)).map(({ seq: _seq, ...rest }) => rest);
    // The first change was sent meanwhile; the other two are still waiting.
    await db.outbox.where('id').equals(entries[0]!.id).delete();

    const result = await requeueUnsent(db, [...entries, entries[0]!]);
    expect(result).toEqual({ added: 1, alreadyThere: 3 });
    const outbox = await unsentEntries(db);
    // The re-added change goes to the end: it is newer in this outbox.
    expect(outbox.map((e) => e.id)).toEqual([entries[1]!.id, entries[2]!.id, entries[0]!.id]);
  });

  it('adds all or nothing', async () => {
    const { db } = await storeWithChanges();
    const entries: UnsentEntry[] = (await unsentEntries(db)).map(({ seq: _seq, ...rest }) => rest);
    await db.outbox.clear();
    // A row that cannot be stored (reading it throws) fails the bulk add part-way.
    const unreadable = Object.defineProperty({ ...entries[2]!.mutation }, 'set', {
      enumerable: true,
      get(): never {
        throw new Error('unreadable');
      },
    });
    const broken = { ...entries[2]!, mutation: unreadable };
    await expect(requeueUnsent(db, [entries[0]!, entries[1]!, broken])).rejects.toThrow();
    expect(await db.outbox.count()).toBe(0);
  });
});
