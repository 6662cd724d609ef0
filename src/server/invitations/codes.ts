/**
 * Invitation codes: short enough to type from a practitioner's screen onto a phone.
 *
 * - 10 characters of Crockford base32 (0-9 and A-Z without I, L, O, U): 50 bits, shown
 *   grouped as `K7QM-3XPA-9T`. Each character is drawn with randomInt, so uniformly.
 * - Accepted with or without dashes and spaces, in any case; as in Crockford's scheme,
 *   O reads as 0 and I or L as 1, so a misread character still works.
 * - 50 bits cannot be guessed online (redemption is rate limited per address and per
 *   code, and a code lives 72 hours), but a plain SHA-256 of so few bits could be
 *   brute-forced offline from a leaked database. So the database keeps an HMAC-SHA-256
 *   keyed with a key derived from the server pepper (kept apart from database backups,
 *   auth/pepper.ts): without the pepper a leaked hash says nothing.
 */
import { createHmac, randomInt } from 'node:crypto';

export const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE_LENGTH = 10;

/** A new code, normalised (no dashes). */
export function newInvitationCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** `K7QM3XPA9T` → `K7QM-3XPA-9T`. */
export function groupCode(code: string): string {
  return [code.slice(0, 4), code.slice(4, 8), code.slice(8)].filter((p) => p !== '').join('-');
}

const CODE_PATTERN = new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`);

/** The code as typed, normalised; null when it cannot be a code at all. */
export function normaliseCode(typed: string): string | null {
  const code = typed.replace(/[\s-]/g, '').toUpperCase().replace(/O/g, '0').replace(/[IL]/g, '1');
  return CODE_PATTERN.test(code) ? code : null;
}

export class CodeHasher {
  private readonly key: Buffer;

  constructor(pepper: Uint8Array) {
    // Its own key, so an invitation hash can never be confused with any other use of the pepper.
    this.key = createHmac('sha256', pepper).update('ourplan invitation codes v1').digest();
  }

  hash(normalisedCode: string): string {
    return createHmac('sha256', this.key).update(normalisedCode, 'utf8').digest('hex');
  }
}
