/**
 * Escrow keys are stored wrapped (issue #10): AES-256-GCM under a key derived from the
 * password pepper, which is kept apart from the database (pepper.ts). A copy of the
 * database, or a backup, together with a stolen device therefore still opens nothing;
 * it would take the pepper too. Each wrap is bound to its person and device (associated
 * data), so a row copied onto another person's device does not unwrap.
 *
 * Stored as nonce (12 bytes) || ciphertext (32) || tag (16).
 */
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

const NONCE_BYTES = 12;
const TAG_BYTES = 16;

export class EscrowWrap {
  readonly #key: Buffer;

  constructor(pepper: string | Uint8Array) {
    // A key of its own, not the pepper itself: the pepper's job is password hashing.
    this.#key = createHmac('sha256', pepper).update('ourplan/device-key-wrap/v1').digest();
  }

  wrap(userId: string, deviceId: string, key: Buffer): Buffer {
    const nonce = randomBytes(NONCE_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.#key, nonce);
    cipher.setAAD(Buffer.from(`${userId}\u0000${deviceId}`));
    const body = Buffer.concat([cipher.update(key), cipher.final()]);
    return Buffer.concat([nonce, body, cipher.getAuthTag()]);
  }

  /** The key, or an error when the row was altered, moved or wrapped under another pepper. */
  unwrap(userId: string, deviceId: string, stored: Buffer): Buffer {
    const nonce = stored.subarray(0, NONCE_BYTES);
    const tag = stored.subarray(stored.length - TAG_BYTES);
    const decipher = createDecipheriv('aes-256-gcm', this.#key, nonce);
    decipher.setAAD(Buffer.from(`${userId}\u0000${deviceId}`));
    decipher.setAuthTag(tag);
    return Buffer.concat([
      decipher.update(stored.subarray(NONCE_BYTES, stored.length - TAG_BYTES)),
      decipher.final(),
    ]);
  }
}
