/**
 * Password hashing: argon2id above OWASP's minimum (64 MiB, 3 passes, 1 lane) with the
 * server pepper as argon2's secret input (DESIGN.md §10), so a hash verifies only on a
 * server that has the pepper.
 *
 * Passwords are normalised to Unicode NFC first: the same password typed on two systems
 * can arrive composed on one and decomposed on the other (é vs e + ◌́), and people should
 * not be locked out by their keyboard. Nothing else is changed (no trimming): any
 * character is allowed, and paste and password managers are welcome (WCAG 3.3.8).
 */
import { hash, verify, type Algorithm, type Options } from '@node-rs/argon2';
import { randomBytes } from 'node:crypto';

/** Staff accounts (admins, practitioners). */
export const STAFF_PASSWORD_MIN = 12;
/** Young people's and carers' passphrases (invitations, a later part of issue #3). */
export const PASSPHRASE_MIN = 8;
/** Long enough for any passphrase or manager; short enough that hashing stays cheap. */
export const PASSWORD_MAX = 256;

// @node-rs/argon2 declares Algorithm as a const enum, which isolatedModules cannot
// inline: 2 is Algorithm.Argon2id.
const ARGON2ID: Algorithm = 2;

export const ARGON2_PARAMETERS = {
  algorithm: ARGON2ID,
  memoryCost: 65_536,
  timeCost: 3,
  parallelism: 1,
} as const;

export class PasswordHasher {
  private readonly options: Options;
  private readonly dummy: Promise<string>;

  constructor(pepper: Uint8Array) {
    this.options = { ...ARGON2_PARAMETERS, secret: pepper };
    // Made now, not at the first unknown address: that request would otherwise take twice
    // as long as a real one and give the game away.
    this.dummy = this.hash(randomBytes(16).toString('base64url'));
    this.dummy.catch(() => undefined);
  }

  hash(password: string): Promise<string> {
    return hash(password.normalize('NFC'), this.options);
  }

  /** False for a wrong password and for a hash that cannot be read (never throws). */
  async verify(passwordHash: string, password: string): Promise<boolean> {
    try {
      return await verify(passwordHash, password.normalize('NFC'), this.options);
    } catch {
      return false;
    }
  }

  /**
   * Spends the same time as a real check when there is no account or no password yet, so
   * response time does not tell whether an email address has an account.
   */
  async verifyDummy(password: string): Promise<false> {
    await this.verify(await this.dummy, password);
    return false;
  }
}
