/**
 * The practitioner's device passcode (issue #4 hand-over mode; issue #10 reuses it for
 * the app lock). One passcode per signed-in person per device, keyed by user id.
 *
 * Where it lives: the device-local `meta` table (never synced, like the device id and the
 * signed-in account), under `passcode:<userId>`. What is stored is a salted slow hash and
 * a failure counter, never the passcode: PBKDF2-SHA-256 over the passcode with a random
 * 16-byte salt, 600,000 iterations (OWASP's 2023 figure for PBKDF2-HMAC-SHA-256), 32
 * bytes out, compared in constant time. The iteration count is kept in the record, so
 * records made before a later increase still verify. When issue #10's
 * encryption middleware arrives, this entry must stay readable before unlocking (it is
 * what unlocking checks); a key that wraps the data key must come from its own derivation
 * (a different salt), never from this stored value.
 *
 * The rules (one pure function, `passcodeProblem`, that the forms use too): a PIN of
 * 6 to 20 digits, because a practitioner unlocks a tablet many times a session and a
 * number pad is quickest; not one digit repeated (111111), not a run up or down
 * (123456, 987654, 901234 wrapping round) and not a short block repeated (121212,
 * 123123). Arabic-Indic and Extended Arabic-Indic digits (an Urdu keyboard) count as
 * the same digits 0 to 9.
 *
 * Guessing is slowed by growing delays that survive a reload (the count and the time of
 * the last failure are stored with the hash): the first 3 failures cost nothing (typos),
 * then 5 s, 15 s, 30 s, 1 min, 2 min, 5 min, and 15 min for every failure from the 10th
 * on. A correct passcode resets the count. An attempt during a delay is refused without
 * being checked. Each attempt is counted as a failure *before* the slow hash runs and
 * cleared on success, so attempts started together (two tabs, or a script) cannot all
 * slip in before the first failure is written, and an attempt cut off half-way counts.
 * The clock is the device's: if it goes backwards, the wait is never longer than the
 * delay itself.
 */
import { z } from 'zod';
import { fromBase64, toBase64 } from './crypto-bytes';
import type { OurPlanDatabase } from './database';

/** PBKDF2-SHA-256 iterations for a new passcode (OWASP 2023). Tests may pass fewer. */
export const PASSCODE_ITERATIONS = 600_000;
export const PASSCODE_MIN_LENGTH = 6;
export const PASSCODE_MAX_LENGTH = 20;
const SALT_BYTES = 16;
const HASH_BYTES = 32;

/**
 * The wait after the n-th failure in a row is `PASSCODE_DELAYS_MS[n - 1]`; from the
 * last entry on it stays at the cap (15 minutes).
 */
export const PASSCODE_DELAYS_MS: readonly number[] = [
  0, 0, 0, 5_000, 15_000, 30_000, 60_000, 120_000, 300_000, 900_000,
];

/** Why a new passcode is refused; each is a key in locales/<lang>/passcode.json `problems`. */
export type PasscodeProblem = 'required' | 'digitsOnly' | 'tooShort' | 'tooLong' | 'tooSimple';

export type PasscodeVerdict = { ok: true } | { ok: false; retryAfterMs: number };

export interface PasscodeOptions {
  /** Iterations for a new passcode; the default is PASSCODE_ITERATIONS. */
  iterations?: number;
  /** The clock, in ms since the epoch (tests step it). */
  now?: () => number;
}

/** A new passcode broke the rules (the form checks first, so this is a programming error). */
export class WeakPasscodeError extends Error {
  constructor(readonly problem: PasscodeProblem) {
    super(`The passcode is not allowed: ${problem}`);
    this.name = 'WeakPasscodeError';
  }
}

const passcodeRecordSchema = z.object({
  v: z.literal(1),
  kdf: z.literal('PBKDF2-SHA-256'),
  iterations: z.number().int().positive(),
  salt: z.string().min(1),
  hash: z.string().min(1),
  failures: z.number().int().nonnegative(),
  lastFailureAt: z.number().nullable(),
});
export type PasscodeRecord = z.infer<typeof passcodeRecordSchema>;

/** The `meta` key a person's passcode record is stored under. */
export function passcodeKey(userId: string): string {
  return `passcode:${userId}`;
}

const ARABIC_INDIC_ZERO = 0x0660;
const EXTENDED_ARABIC_INDIC_ZERO = 0x06f0;

/** The passcode as it is checked: no surrounding spaces, digits as 0 to 9. */
export function normalisePasscode(value: string): string {
  return value.trim().replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) => {
    const code = digit.charCodeAt(0);
    const zero =
      code >= EXTENDED_ARABIC_INDIC_ZERO ? EXTENDED_ARABIC_INDIC_ZERO : ARABIC_INDIC_ZERO;
    return String(code - zero);
  });
}

/** Each digit one more (or one less) than the last, wrapping 9 to 0. */
function isRun(digits: string): boolean {
  const steps = new Set<number>();
  for (let i = 1; i < digits.length; i++) {
    steps.add((Number(digits[i]) - Number(digits[i - 1]) + 10) % 10);
  }
  return steps.size === 1 && (steps.has(1) || steps.has(9));
}

/** Made of a block of 1 to 3 digits repeated (111111, 121212, 123123). */
function isRepeatedBlock(digits: string): boolean {
  for (let size = 1; size <= 3 && size < digits.length; size++) {
    const block = digits.slice(0, size);
    if (block.repeat(Math.ceil(digits.length / size)).slice(0, digits.length) === digits) {
      return true;
    }
  }
  return false;
}

/** Why a new passcode is not allowed, or undefined when it is. Pure; the forms use it too. */
export function passcodeProblem(value: string): PasscodeProblem | undefined {
  const passcode = normalisePasscode(value);
  if (passcode === '') return 'required';
  if (!/^[0-9]+$/.test(passcode)) return 'digitsOnly';
  if (passcode.length < PASSCODE_MIN_LENGTH) return 'tooShort';
  if (passcode.length > PASSCODE_MAX_LENGTH) return 'tooLong';
  if (isRun(passcode) || isRepeatedBlock(passcode)) return 'tooSimple';
  return undefined;
}

/** Why the passcode typed again does not confirm the new one, or true when it does. */
export function confirmationProblem(
  again: string,
  passcode: string,
): 'confirmRequired' | 'mismatch' | true {
  if (normalisePasscode(again) === '') return 'confirmRequired';
  return normalisePasscode(again) === normalisePasscode(passcode) ? true : 'mismatch';
}

/** How long to wait after this many failures in a row. */
export function delayAfterFailures(failures: number): number {
  if (failures <= 0) return 0;
  return PASSCODE_DELAYS_MS[Math.min(failures, PASSCODE_DELAYS_MS.length) - 1] ?? 0;
}

function remainingWait(record: PasscodeRecord, now: number): number {
  const delay = delayAfterFailures(record.failures);
  if (delay === 0 || record.lastFailureAt === null) return 0;
  const left = record.lastFailureAt + delay - now;
  return Math.max(0, Math.min(delay, left));
}

/**
 * The AES-256-GCM key for a passcode and salt (PBKDF2-SHA-256), for secrets the passcode
 * locks: the wrapped data key (encryption/key-store.ts) and the file of unsent changes.
 * Each has its own random salt, never this file's check's, so no two share a key.
 */
export async function passcodeAesKey(
  passcode: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<CryptoKey> {
  const material = await globalThis.crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(normalisePasscode(passcode)),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return globalThis.crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

async function derive(
  passcode: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<Uint8Array> {
  const material = await globalThis.crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passcode),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = await globalThis.crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    HASH_BYTES * 8,
  );
  return new Uint8Array(bits);
}

/** Equal bytes, in time that depends only on the length. */
function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  let difference = a.length ^ b.length;
  for (let i = 0; i < a.length; i++) difference |= a[i]! ^ (b[i] ?? 0);
  return difference === 0;
}

async function readRecord(
  db: OurPlanDatabase,
  userId: string,
): Promise<PasscodeRecord | undefined> {
  const entry = await db.meta.get(passcodeKey(userId));
  const parsed = passcodeRecordSchema.safeParse(entry?.value);
  return parsed.success ? parsed.data : undefined;
}

/**
 * Set (or replace) the person's passcode on this device, with no failures counted.
 * Throws WeakPasscodeError when `passcodeProblem` refuses it.
 */
export async function setPasscode(
  db: OurPlanDatabase,
  userId: string,
  passcode: string,
  options: PasscodeOptions = {},
): Promise<void> {
  const problem = passcodeProblem(passcode);
  if (problem) throw new WeakPasscodeError(problem);
  const iterations = options.iterations ?? PASSCODE_ITERATIONS;
  const salt = new Uint8Array(SALT_BYTES);
  globalThis.crypto.getRandomValues(salt);
  const hash = await derive(normalisePasscode(passcode), salt, iterations);
  const record: PasscodeRecord = {
    v: 1,
    kdf: 'PBKDF2-SHA-256',
    iterations,
    salt: toBase64(salt),
    hash: toBase64(hash),
    failures: 0,
    lastFailureAt: null,
  };
  await db.meta.put({ key: passcodeKey(userId), value: record });
}

/** Whether the person has a passcode on this device. */
export async function hasPasscode(db: OurPlanDatabase, userId: string): Promise<boolean> {
  return (await readRecord(db, userId)) !== undefined;
}

/** How long (ms) before an attempt will be checked; 0 when one may be made now. */
export async function passcodeWait(
  db: OurPlanDatabase,
  userId: string,
  options: Pick<PasscodeOptions, 'now'> = {},
): Promise<number> {
  const record = await readRecord(db, userId);
  return record ? remainingWait(record, (options.now ?? Date.now)()) : 0;
}

/**
 * Check a passcode. Refused without checking while a delay is in force; otherwise a
 * wrong passcode says how long until the next attempt (0 for the first few). With no
 * passcode set nothing unlocks (fail closed): callers ask `hasPasscode` first.
 */
export async function verifyPasscode(
  db: OurPlanDatabase,
  userId: string,
  passcode: string,
  options: Pick<PasscodeOptions, 'now'> = {},
): Promise<PasscodeVerdict> {
  const now = options.now ?? Date.now;
  const key = passcodeKey(userId);
  const startedAt = now();
  // Count the attempt as a failure before the slow hash (which would end a transaction),
  // so no two attempts can both be checked on the same count.
  const reserved = await db.transaction('rw', db.meta, async () => {
    const record = await readRecord(db, userId);
    if (!record) return { kind: 'none' as const };
    const wait = remainingWait(record, startedAt);
    if (wait > 0) return { kind: 'wait' as const, wait };
    const counted: PasscodeRecord = {
      ...record,
      failures: record.failures + 1,
      lastFailureAt: startedAt,
    };
    await db.meta.put({ key, value: counted });
    return { kind: 'check' as const, record: counted };
  });
  if (reserved.kind === 'none') return { ok: false, retryAfterMs: 0 };
  if (reserved.kind === 'wait') return { ok: false, retryAfterMs: reserved.wait };

  const { record } = reserved;
  const actual = await derive(
    normalisePasscode(passcode),
    fromBase64(record.salt),
    record.iterations,
  );
  if (!constantTimeEqual(actual, fromBase64(record.hash))) {
    return { ok: false, retryAfterMs: remainingWait(record, now()) };
  }
  await db.transaction('rw', db.meta, async () => {
    const latest = await readRecord(db, userId);
    // Only if it is still the same passcode (not replaced or cleared meanwhile).
    if (latest && latest.hash === record.hash && latest.salt === record.salt) {
      await db.meta.put({ key, value: { ...latest, failures: 0, lastFailureAt: null } });
    }
  });
  return { ok: true };
}

/** Remove the person's passcode (and its failure count) from this device. */
export async function clearPasscode(db: OurPlanDatabase, userId: string): Promise<void> {
  await db.meta.delete(passcodeKey(userId));
}
