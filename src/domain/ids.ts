/**
 * UUIDv7 identifiers (RFC 9562): made on the device that creates a record, so a device
 * can create records offline with no coordination. The first 48 bits are the Unix time in
 * milliseconds, so ids sort roughly by creation time, which keeps IndexedDB and
 * PostgreSQL b-tree inserts local.
 *
 * Uses Web Crypto's getRandomValues, present in browsers and in Node >= 19 as a global.
 */
import { z } from 'zod';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

export function uuidv7(now: number = Date.now()): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  const ms = Math.max(0, Math.floor(now));
  // 48-bit big-endian timestamp. Division rather than bit shifts: JS bitwise ops are 32-bit.
  for (let i = 5; i >= 0; i--) {
    bytes[i] = (ms / 2 ** (8 * (5 - i))) % 256;
  }
  bytes[6] = (bytes[6]! & 0x0f) | 0x70; // version 7
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // variant 10
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function isUuidV7(value: unknown): value is string {
  return typeof value === 'string' && UUID_V7.test(value);
}

/** A record or mutation id. The message is a key in locales/<lang>/validation.json. */
export const idSchema = z.string().regex(UUID_V7, { message: 'invalidId' });
