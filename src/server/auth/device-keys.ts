/**
 * Escrow keys of device data (issue 10). A device encrypts its case data with a random
 * data key that it wraps twice: with a key from the person's passcode, and with this
 * server-held key for (user, device). Someone who forgets their passcode signs in again
 * online with their password, fetches this key, unwraps the data key and keeps their
 * unsent changes. Without the password the key is out of reach (routes-device-key.ts),
 * so a stolen device with a live cookie does not open its own data.
 *
 * Kept as raw bytes in the database: a copy of the database alone opens nothing (the
 * wrapped data keys are on the devices), but database backups deserve the same care as
 * the server itself.
 */
import { randomBytes } from 'node:crypto';
import type { Sql } from '../store/store';

export const DEVICE_KEY_BYTES = 32;

interface KeyRow extends Record<string, unknown> {
  key: Uint8Array;
}

/** The key of (user, device), or null when the device never asked for one. */
export async function findDeviceKey(
  sql: Sql,
  userId: string,
  deviceId: string,
): Promise<Buffer | null> {
  const [row] = await sql.query<KeyRow>(
    'SELECT key FROM device_keys WHERE user_id = $1 AND device_id = $2',
    [userId, deviceId],
  );
  return row ? Buffer.from(row.key) : null;
}

/**
 * Makes the key of (user, device) if there is none yet; null when one already exists
 * (e.g. a request racing this one made it), which the caller then treats as existing.
 */
export async function createDeviceKey(
  sql: Sql,
  userId: string,
  deviceId: string,
): Promise<Buffer | null> {
  const key = randomBytes(DEVICE_KEY_BYTES);
  const rows = await sql.query(
    `INSERT INTO device_keys (user_id, device_id, key) VALUES ($1, $2, $3)
     ON CONFLICT (user_id, device_id) DO NOTHING
     RETURNING device_id`,
    [userId, deviceId, key],
  );
  return rows.length > 0 ? key : null;
}
