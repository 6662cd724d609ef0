/**
 * The password pepper: a server secret mixed into every password hash.
 *
 * PASSWORD_PEPPER (configuration) wins. When it is unset, a random pepper is made once and
 * kept in DATA_DIR/password-pepper (mode 0600), so `npm start` works with no setup; the
 * log says that production should set PASSWORD_PEPPER (and keep it apart from database
 * backups, which is the point of a pepper).
 *
 * Decision for PostgreSQL without PASSWORD_PEPPER: keep the file in DATA_DIR anyway
 * (DATA_DIR always has a value, ./data by default), so a single node just works. Several
 * nodes would each make their own pepper and could not verify each other's hashes, so a
 * fingerprint of the pepper (HMAC, which reveals nothing about it) is kept in server_meta
 * on first start and any later start with a different pepper is refused with a message
 * saying to set the same PASSWORD_PEPPER on every node. The same check catches a lost or
 * replaced pepper file before anyone finds they cannot sign in.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config';
import type { Store } from '../store/store';

export const PEPPER_FILE_NAME = 'password-pepper';
const FINGERPRINT_KEY = 'password_pepper_fingerprint';

export interface PepperLog {
  warn(message: string): void;
}

function fromFile(dataDir: string, log: PepperLog): string {
  const file = path.join(dataDir, PEPPER_FILE_NAME);
  if (existsSync(file)) {
    const value = readFileSync(file, 'utf8').trim();
    if (value.length < 32) {
      throw new Error(
        `${file} does not hold a usable password pepper. Restore it from a backup, or set PASSWORD_PEPPER.`,
      );
    }
    log.warn(
      `Using the password pepper kept in ${file}. In production set PASSWORD_PEPPER instead, and keep it out of database backups.`,
    );
    return value;
  }
  mkdirSync(dataDir, { recursive: true });
  const value = randomBytes(32).toString('base64url');
  // 'wx': never overwrite a pepper another process wrote at the same moment.
  try {
    writeFileSync(file, `${value}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return fromFile(dataDir, log);
    throw error;
  }
  chmodSync(file, 0o600); // the umask may have narrowed it further, never widened; be exact
  log.warn(
    `Made a new password pepper and saved it in ${file} (readable only by this user). In production set PASSWORD_PEPPER instead, and keep it out of database backups.`,
  );
  return value;
}

export function fingerprint(pepper: string): string {
  return createHmac('sha256', pepper).update('ourplan password pepper check').digest('hex');
}

async function checkFingerprint(store: Store, pepper: string): Promise<void> {
  const mine = fingerprint(pepper);
  await store.query(
    'INSERT INTO server_meta (key, value) VALUES ($1, to_jsonb($2::text)) ON CONFLICT (key) DO NOTHING',
    [FINGERPRINT_KEY, mine],
  );
  const [row] = await store.query<{ value: unknown }>(
    'SELECT value FROM server_meta WHERE key = $1',
    [FINGERPRINT_KEY],
  );
  if (row?.value !== mine) {
    throw new Error(
      'The password pepper is not the one this database was set up with, so no password would verify. ' +
        'Set PASSWORD_PEPPER to the original value (the same on every server process), or restore the ' +
        `${PEPPER_FILE_NAME} file in DATA_DIR.`,
    );
  }
}

/** The pepper as bytes for argon2's secret input. Throws when it does not match the database. */
export async function loadPepper(
  config: Pick<Config, 'passwordPepper' | 'dataDir'>,
  store: Store,
  log: PepperLog,
): Promise<Uint8Array> {
  const pepper = config.passwordPepper ?? fromFile(config.dataDir, log);
  await checkFingerprint(store, pepper);
  return Buffer.from(pepper, 'utf8');
}
