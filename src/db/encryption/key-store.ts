/**
 * The data key's life on a device (issue #10): made at the first sign-in, kept only
 * wrapped, opened by the passcode, and (for a forgotten passcode) by the server.
 *
 * In the device's `meta` table, which stays in clear because it is read before unlocking:
 * - `data-key:<userId>`: the data key wrapped twice with AES-GCM:
 *   - by a key derived from the passcode: PBKDF2-SHA-256, 600,000 iterations, its own
 *     random salt (never the passcode check's salt, so the stored check says nothing about
 *     the wrapping key);
 *   - by the server's escrow key for this person and device, which the server gives only
 *     to a fresh online sign-in (POST /api/auth/device-key). This is how a forgotten
 *     passcode costs nothing that is waiting to be sent.
 * - `unlocked`: while unlocked, the data key again, wrapped by a non-extractable WebCrypto
 *   key made for this unlock, with the time the unlock ends. It lets a reload or a second
 *   tab carry on without the passcode until the idle time runs out, and is deleted on lock.
 *   The README's threat model says what this costs.
 *
 * The passcode itself is checked first by passcode.ts, which keeps the growing delays.
 */
import { z } from 'zod';
import { fromBase64, randomBytes as random, toBase64 } from '../crypto-bytes';
import type { OurPlanDatabase } from '../database';
import {
  passcodeAesKey,
  PASSCODE_ITERATIONS,
  setPasscode,
  verifyPasscode,
  type PasscodeOptions,
  type PasscodeVerdict,
} from '../passcode';
import { DATA_KEY_BYTES } from './device-keys';
import { sealLegacyRows } from './legacy-rows';

const SALT_BYTES = 16;
const IV_BYTES = 12;
const UNLOCKED_KEY = 'unlocked';

export function dataKeyEntry(userId: string): string {
  return `data-key:${userId}`;
}

const wrapSchema = z.object({ iv: z.string().min(1), wrapped: z.string().min(1) });
const storedKeySchema = z.object({
  v: z.literal(1),
  byPasscode: wrapSchema.extend({
    kdf: z.literal('PBKDF2-SHA-256'),
    iterations: z.number().int().positive(),
    salt: z.string().min(1),
  }),
  byServer: wrapSchema.optional(),
  createdAt: z.string(),
});
type StoredKey = z.infer<typeof storedKeySchema>;

const subtle = () => globalThis.crypto.subtle;

function rawKey(bytes: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return subtle().importKey('raw', bytes, 'AES-GCM', false, ['encrypt', 'decrypt']);
}

async function wrap(key: CryptoKey, dataKey: Uint8Array<ArrayBuffer>) {
  const iv = random(IV_BYTES);
  const wrapped = await subtle().encrypt({ name: 'AES-GCM', iv }, key, dataKey);
  return { iv: toBase64(iv), wrapped: toBase64(new Uint8Array(wrapped)) };
}

/** The data key, or undefined when this key does not open it (wrong passcode, wrong escrow). */
async function unwrap(
  key: CryptoKey,
  entry: { iv: string; wrapped: string },
): Promise<Uint8Array<ArrayBuffer> | undefined> {
  try {
    const raw = await subtle().decrypt(
      { name: 'AES-GCM', iv: fromBase64(entry.iv) },
      key,
      fromBase64(entry.wrapped),
    );
    return raw.byteLength === DATA_KEY_BYTES ? new Uint8Array(raw) : undefined;
  } catch {
    return undefined;
  }
}

async function readStoredKey(db: OurPlanDatabase, userId: string): Promise<StoredKey | undefined> {
  const parsed = storedKeySchema.safeParse((await db.meta.get(dataKeyEntry(userId)))?.value);
  return parsed.success ? parsed.data : undefined;
}

/** Whether this person has a data key on this device (else: choose a passcode first). */
export async function hasDataKey(db: OurPlanDatabase, userId: string): Promise<boolean> {
  return (await readStoredKey(db, userId)) !== undefined;
}

/** Whether the server can help if the passcode is forgotten (the escrow wrap is there). */
export async function hasServerWrap(db: OurPlanDatabase, userId: string): Promise<boolean> {
  return (await readStoredKey(db, userId))?.byServer !== undefined;
}

async function byPasscode(passcode: string, dataKey: Uint8Array<ArrayBuffer>, iterations: number) {
  const salt = random(SALT_BYTES);
  const wrapped = await wrap(await passcodeAesKey(passcode, salt, iterations), dataKey);
  return { kdf: 'PBKDF2-SHA-256' as const, iterations, salt: toBase64(salt), ...wrapped };
}

export interface NewKeyOptions extends PasscodeOptions {
  /** The server's escrow key for this person and device (32 bytes), when it could be had. */
  escrowKey?: Uint8Array<ArrayBuffer>;
}

/**
 * First sign-in on this device: set the passcode, make a new data key, keep it wrapped,
 * unlock with it and seal anything stored before encryption existed.
 */
export async function createDataKey(
  db: OurPlanDatabase,
  userId: string,
  passcode: string,
  options: NewKeyOptions = {},
): Promise<void> {
  const iterations = options.iterations ?? PASSCODE_ITERATIONS;
  await setPasscode(db, userId, passcode, { iterations });
  const dataKey = random(DATA_KEY_BYTES);
  const stored: StoredKey = {
    v: 1,
    byPasscode: await byPasscode(passcode, dataKey, iterations),
    byServer: options.escrowKey ? await wrap(await rawKey(options.escrowKey), dataKey) : undefined,
    createdAt: new Date().toISOString(),
  };
  await db.meta.put({ key: dataKeyEntry(userId), value: stored });
  db.keys.useDataKey(dataKey);
  dataKey.fill(0);
  await sealLegacyRows(db);
}

/** Add the server's wrap later (the first sign-in happened before escrow could be had). */
export async function addServerWrap(
  db: OurPlanDatabase,
  userId: string,
  escrowKey: Uint8Array<ArrayBuffer>,
): Promise<void> {
  const stored = await readStoredKey(db, userId);
  if (!stored) return;
  const dataKey = Uint8Array.from(db.keys.dataKey());
  const byServer = await wrap(await rawKey(escrowKey), dataKey);
  dataKey.fill(0);
  await db.meta.put({ key: dataKeyEntry(userId), value: { ...stored, byServer } });
}

/**
 * Unlock with the passcode. The passcode check (passcode.ts) comes first and keeps the
 * growing delays; only a passcode it accepts is used to open the data key.
 */
export async function unlockWithPasscode(
  db: OurPlanDatabase,
  userId: string,
  passcode: string,
  options: Pick<PasscodeOptions, 'now'> = {},
): Promise<PasscodeVerdict> {
  const verdict = await verifyPasscode(db, userId, passcode, options);
  if (!verdict.ok) return verdict;
  const stored = await readStoredKey(db, userId);
  if (!stored) throw new Error('There is no data key on this device for this person.');
  const { salt, iterations } = stored.byPasscode;
  const dataKey = await unwrap(
    await passcodeAesKey(passcode, fromBase64(salt), iterations),
    stored.byPasscode,
  );
  if (!dataKey) throw new Error('The passcode was accepted but did not open the data key.');
  db.keys.useDataKey(dataKey);
  dataKey.fill(0);
  await sealLegacyRows(db);
  return verdict;
}

/**
 * A forgotten passcode, after a fresh online sign-in: the server's escrow key opens the
 * data key, and a new passcode wraps it from now on. False when the escrow key does not
 * open it (so the person is told, and nothing is deleted here).
 */
export async function recoverWithServerKey(
  db: OurPlanDatabase,
  userId: string,
  escrowKey: Uint8Array<ArrayBuffer>,
  newPasscode: string,
  options: PasscodeOptions = {},
): Promise<boolean> {
  const stored = await readStoredKey(db, userId);
  if (!stored?.byServer) return false;
  const dataKey = await unwrap(await rawKey(escrowKey), stored.byServer);
  if (!dataKey) return false;
  const iterations = options.iterations ?? PASSCODE_ITERATIONS;
  await setPasscode(db, userId, newPasscode, { iterations });
  await db.meta.put({
    key: dataKeyEntry(userId),
    value: { ...stored, byPasscode: await byPasscode(newPasscode, dataKey, iterations) },
  });
  db.keys.useDataKey(dataKey);
  dataKey.fill(0);
  return true;
}

const unlockedSchema = z.object({
  userId: z.string(),
  key: z.custom<CryptoKey>((v) => typeof CryptoKey !== 'undefined' && v instanceof CryptoKey),
  iv: z.string(),
  wrapped: z.string(),
  until: z.number(),
});

/** Keep the unlock for other tabs and reloads until `until` (ms since the epoch). */
export async function rememberUnlock(
  db: OurPlanDatabase,
  userId: string,
  until: number,
): Promise<void> {
  const key = await subtle().generateKey({ name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
  const dataKey = Uint8Array.from(db.keys.dataKey());
  const wrapped = await wrap(key, dataKey);
  dataKey.fill(0);
  await db.meta.put({ key: UNLOCKED_KEY, value: { userId, key, ...wrapped, until } });
}

/** Move the end of the unlock (activity keeps it going). */
export async function extendUnlock(db: OurPlanDatabase, until: number): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const entry = await db.meta.get(UNLOCKED_KEY);
    if (entry && typeof entry.value === 'object' && entry.value !== null) {
      await db.meta.put({ key: UNLOCKED_KEY, value: { ...entry.value, until } });
    }
  });
}

/** When the current unlock ends, or undefined when the device is not unlocked. */
export async function unlockEndsAt(db: OurPlanDatabase): Promise<number | undefined> {
  const parsed = unlockedSchema.safeParse((await db.meta.get(UNLOCKED_KEY))?.value);
  return parsed.success ? parsed.data.until : undefined;
}

/**
 * Carry on an unlock made in another tab or before a reload, if it has not run out.
 * A run-out or unreadable one is deleted. True when the device is now unlocked.
 */
export async function restoreUnlock(
  db: OurPlanDatabase,
  userId: string,
  now: number = Date.now(),
): Promise<boolean> {
  const parsed = unlockedSchema.safeParse((await db.meta.get(UNLOCKED_KEY))?.value);
  if (!parsed.success || parsed.data.userId !== userId || parsed.data.until <= now) {
    await forgetUnlock(db);
    return false;
  }
  const dataKey = await unwrap(parsed.data.key, parsed.data);
  if (!dataKey) {
    await forgetUnlock(db);
    return false;
  }
  db.keys.useDataKey(dataKey);
  dataKey.fill(0);
  return true;
}

/** Lock: drop the key from memory and the unlock from storage. */
export async function lockNow(db: OurPlanDatabase): Promise<void> {
  db.keys.forget();
  await forgetUnlock(db);
}

async function forgetUnlock(db: OurPlanDatabase): Promise<void> {
  await db.meta.delete(UNLOCKED_KEY);
}
