/**
 * Unsent changes as a locked file, and bringing them back (issue #10 item 4).
 *
 * Signing out removes OurPlan's data from the device (DESIGN.md §6), but never an unsent
 * change without the person choosing so. When the changes cannot reach the server, the
 * person can take them away as a file, sign out, and later (after signing in again, on
 * this device or another) put them back in the outbox to be sent.
 *
 * The file is as sensitive as the device's data (goals, notes, safety plans), and it
 * leaves the app's protection (a Downloads folder, a shared drive, an email), so it is
 * encrypted: AES-GCM-256 under a key derived from the person's passcode with
 * PBKDF2-SHA-256 (600,000 iterations by default, OWASP 2023) and a fresh random salt,
 * both through WebCrypto. Only what the screen needs before the passcode is typed is in
 * clear: the format, when it was made and how many changes it holds. Those are bound to
 * the ciphertext as GCM's additional data (the UTF-8 JSON array `[format, v, exportedAt,
 * count, kdf, iterations]`), so a file edited to claim a different count does not open.
 * Inside: the UTF-8 JSON array of outbox entries, oldest first, each without `seq`.
 *
 * What this does not protect against: the passcode is a short PIN (src/db/passcode.ts),
 * and a file, unlike the device, has no growing delays between guesses. Someone who has
 * the file and time can try every PIN offline; the slow derivation makes that costly,
 * not impossible. So the file is for carrying changes to the next sign-in, not for
 * keeping: the screen says to bring them back and the file can then be deleted.
 *
 * Bringing them back is safe to repeat: a change already in the outbox is skipped, and one
 * the server has already taken (the file was brought back twice, or the changes were sent
 * after all) is taken once only, because the server applies each mutation id once and
 * acknowledges a replay without applying it again (src/domain/mutation.ts, `id`).
 */
import { z } from 'zod';
import { passcodeAesKey, type OurPlanDatabase, type OutboxEntry } from '../../db';
import { fromBase64, randomBytes, toBase64 } from '../../db/crypto-bytes';
import type { Mutation } from '../../domain';

/** The value of the file's `format` field: what tells our file from any other JSON. */
export const UNSENT_FILE_FORMAT = 'ourplan-unsent-changes';
/** PBKDF2-SHA-256 iterations for a new file (OWASP 2023). Tests may pass fewer. */
export const UNSENT_FILE_ITERATIONS = 600_000;
/** The file extension offered on download and accepted on import. */
export const UNSENT_FILE_EXTENSION = '.ourplan';
/**
 * A file claiming more iterations than this is refused as not ours, so a crafted file
 * cannot keep the device busy deriving a key for minutes.
 */
const MAX_ITERATIONS = 10_000_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;

/** An outbox entry as it travels in the file: without `seq`, which the new outbox assigns. */
export type UnsentEntry = Omit<OutboxEntry, 'seq'>;

export interface EncryptOptions {
  /** PBKDF2 iterations; the default is UNSENT_FILE_ITERATIONS. Only tests pass fewer. */
  iterations?: number;
  /** The time the file says it was made (tests fix it). */
  now?: () => Date;
}

export type DecryptResult =
  { ok: true; entries: UnsentEntry[] } | { ok: false; reason: 'notAFile' | 'wrongPasscode' };

export interface RequeueResult {
  /** Changes put back in the outbox. */
  added: number;
  /** Changes skipped because the outbox already holds them (or the file held them twice). */
  alreadyThere: number;
}

const base64Schema = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);

/** The outer file: everything in clear, and the sealed entries. */
const fileSchema = z.object({
  format: z.literal(UNSENT_FILE_FORMAT),
  v: z.literal(1),
  exportedAt: z.string().min(1).max(64),
  count: z.number().int().nonnegative(),
  kdf: z.literal('PBKDF2-SHA-256'),
  iterations: z.number().int().min(1).max(MAX_ITERATIONS),
  salt: base64Schema,
  iv: base64Schema,
  ciphertext: base64Schema,
});
type UnsentFile = z.infer<typeof fileSchema>;

/**
 * The entries inside. Only what OurPlan itself relies on before the server sees them is
 * checked here (the outbox indexes and the mutation's identity); the server validates each
 * mutation in full when it arrives and refuses a bad one with a reason the person sees.
 * The mutation is a loose object so that fields this version does not know about (a file
 * from a newer app) travel on unchanged rather than being stripped: the server would take
 * a changed mutation under an id it has seen as a different change.
 */
const entrySchema = z
  .object({
    id: z.string().min(1),
    recordId: z.string().min(1),
    caseId: z.string().min(1).nullable(),
    queuedAt: z.string().min(1),
    mutation: z.looseObject({
      id: z.string().min(1),
      recordId: z.string().min(1),
      kind: z.string().min(1),
    }),
  })
  .refine((e) => e.mutation.id === e.id && e.mutation.recordId === e.recordId);
const entriesSchema = z.array(entrySchema);

/** What is in clear, bound to the ciphertext so none of it can be changed unnoticed. */
function additionalData(file: Omit<UnsentFile, 'ciphertext'>): Uint8Array<ArrayBuffer> {
  const bound = [file.format, file.v, file.exportedAt, file.count, file.kdf, file.iterations];
  return new TextEncoder().encode(JSON.stringify(bound));
}

/** Only the fields the file carries, in a fixed order (no `seq`, nothing else the row has). */
function toUnsentEntry(entry: OutboxEntry): UnsentEntry {
  return {
    id: entry.id,
    recordId: entry.recordId,
    caseId: entry.caseId,
    mutation: entry.mutation,
    queuedAt: entry.queuedAt,
  };
}

/** The outbox in the order the changes were made: what gets exported. */
export function unsentEntries(db: OurPlanDatabase): Promise<OutboxEntry[]> {
  return db.outbox.orderBy('seq').toArray();
}

/** The entries, locked with the passcode, as the JSON file the person downloads. */
export async function encryptUnsent(
  entries: OutboxEntry[],
  passcode: string,
  options: EncryptOptions = {},
): Promise<Blob> {
  const iterations = options.iterations ?? UNSENT_FILE_ITERATIONS;
  const salt = randomBytes(SALT_BYTES);
  const iv = randomBytes(IV_BYTES);
  const clear = {
    format: UNSENT_FILE_FORMAT,
    v: 1,
    exportedAt: (options.now?.() ?? new Date()).toISOString(),
    count: entries.length,
    kdf: 'PBKDF2-SHA-256',
    iterations,
    salt: toBase64(salt),
    iv: toBase64(iv),
  } as const;
  const key = await passcodeAesKey(passcode, salt, iterations);
  const plaintext = new TextEncoder().encode(JSON.stringify(entries.map(toUnsentEntry)));
  const sealed = await globalThis.crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: additionalData(clear) },
    key,
    plaintext,
  );
  const file: UnsentFile = { ...clear, ciphertext: toBase64(new Uint8Array(sealed)) };
  return new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' });
}

/** Blob.text() where the platform has it; FileReader otherwise (older jsdom, old Safari). */
function readText(file: Blob): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsText(file);
  });
}

/** The outer file, or undefined when it is not one of ours (or not JSON at all). */
function parseFile(text: string): UnsentFile | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) return undefined;
  const file = parsed.data;
  try {
    if (fromBase64(file.salt).length !== SALT_BYTES) return undefined;
    if (fromBase64(file.iv).length !== IV_BYTES) return undefined;
  } catch {
    return undefined;
  }
  return file;
}

/**
 * How many changes a file says it holds, read before the passcode is typed (undefined when
 * it is not one of ours). What the file claims; opening it checks the claim.
 */
export async function readUnsentFileCount(file: Blob): Promise<number | undefined> {
  const text = await readText(file).catch(() => undefined);
  return text === undefined ? undefined : parseFile(text)?.count;
}

/**
 * Open a file made by `encryptUnsent`. A file that is not ours, or is ours but damaged
 * inside, is 'notAFile'; one that does not open with this passcode is 'wrongPasscode'.
 * AES-GCM cannot tell a wrong passcode from an edited file (both fail the tag), and the
 * person's next step is the same: try the passcode again or find the right file.
 */
export async function decryptUnsent(file: Blob | string, passcode: string): Promise<DecryptResult> {
  const text = typeof file === 'string' ? file : await readText(file).catch(() => undefined);
  const parsed = text === undefined ? undefined : parseFile(text);
  if (!parsed) return { ok: false, reason: 'notAFile' };

  let plaintext: ArrayBuffer;
  try {
    const key = await passcodeAesKey(passcode, fromBase64(parsed.salt), parsed.iterations);
    plaintext = await globalThis.crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(parsed.iv), additionalData: additionalData(parsed) },
      key,
      fromBase64(parsed.ciphertext),
    );
  } catch {
    return { ok: false, reason: 'wrongPasscode' };
  }

  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(plaintext));
  } catch {
    return { ok: false, reason: 'notAFile' };
  }
  const entries = entriesSchema.safeParse(json);
  if (!entries.success || entries.data.length !== parsed.count) {
    return { ok: false, reason: 'notAFile' };
  }
  return {
    ok: true,
    entries: entries.data.map((e) => ({
      id: e.id,
      recordId: e.recordId,
      caseId: e.caseId,
      // Checked in part above; the server checks the rest (see entrySchema).
      mutation: e.mutation as Mutation,
      queuedAt: e.queuedAt,
    })),
  };
}

/**
 * Put changes from a file back in the outbox, in their order, in one transaction (all or
 * none). A change whose mutation id is already waiting is skipped (the outbox's `&id`
 * index would refuse it anyway). A change that was already sent is added and sent again,
 * which is harmless: the server takes each mutation id once and acknowledges the replay.
 */
export async function requeueUnsent(
  db: OurPlanDatabase,
  entries: readonly UnsentEntry[],
): Promise<RequeueResult> {
  return db.transaction('rw', db.outbox, async () => {
    const ids = entries.map((e) => e.id);
    const waiting = await db.outbox.where('id').anyOf(ids).toArray();
    const seen = new Set(waiting.map((e) => e.id));
    const fresh: OutboxEntry[] = [];
    for (const entry of entries) {
      if (seen.has(entry.id)) continue;
      seen.add(entry.id);
      fresh.push(toUnsentEntry(entry));
    }
    // bulkAdd keeps the array's order, so `++seq` numbers them in the order they were made.
    if (fresh.length > 0) await db.outbox.bulkAdd(fresh);
    return { added: fresh.length, alreadyThere: entries.length - fresh.length };
  });
}

/** `ourplan-unsent-changes-YYYY-MM-DD.ourplan`, by the device's own date. */
export function unsentFileName(date: Date = new Date()): string {
  const day = [
    date.getFullYear(),
    String(date.getMonth() + 1).padStart(2, '0'),
    String(date.getDate()).padStart(2, '0'),
  ].join('-');
  return `${UNSENT_FILE_FORMAT}-${day}${UNSENT_FILE_EXTENSION}`;
}
