/**
 * Random secrets (session tokens, setup tokens, activation codes) and how they are kept:
 * the value goes to the person once; the database keeps only its SHA-256, so a copy of
 * the database (a backup, a leaked dump) cannot be used to sign in or set up.
 * 256 bits of randomness: far above the 128-bit floor in DESIGN.md §10.
 */
import { createHash, randomBytes } from 'node:crypto';

export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function sha256Hex(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}

/** A secret as it may arrive (base64url, 43 characters); anything else cannot match one. */
export const SECRET_PATTERN = /^[A-Za-z0-9_-]{43}$/;
