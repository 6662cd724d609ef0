/**
 * Escrow keys of device data (issue 10). A device encrypts its case data with a random
 * data key that it wraps twice: with a key from the person's passcode, and with this
 * server-held key for (user, device). Someone who forgets their passcode signs in again
 * online with their password, fetches this key, unwraps the data key and keeps their
 * unsent changes. Without the password the key is out of reach (routes-device-key.ts),
 * so a stolen device with a live cookie does not open its own data.
 *
 * Kept wrapped under a key from the password pepper (escrow-wrap.ts), so a copy of the
 * database alone (a backup) opens nothing even with a stolen device.
 */
import { randomBytes } from 'node:crypto';
import type { Sql } from '../store/store';
import type { EscrowWrap } from './escrow-wrap';

export const DEVICE_KEY_BYTES = 32;

interface KeyRow extends Record<string, unknown> {
  key: Uint8Array;
}

/** The key of (user, device), or null when the device never asked for one. */
export async function findDeviceKey(
  sql: Sql,
  wrap: EscrowWrap,
  userId: string,
  deviceId: string,
): Promise<Buffer | null> {
  const [row] = await sql.query<KeyRow>(
    'SELECT key FROM device_keys WHERE user_id = $1 AND device_id = $2',
    [userId, deviceId],
  );
  if (!row) return null;
  const stored = Buffer.from(row.key);
  if (stored.length !== DEVICE_KEY_BYTES) return wrap.unwrap(userId, deviceId, stored);
  // Stored raw before keys were wrapped (migration 7): wrap it now, keep handing it out.
  await sql.query('UPDATE device_keys SET key = $3 WHERE user_id = $1 AND device_id = $2', [
    userId,
    deviceId,
    wrap.wrap(userId, deviceId, stored),
  ]);
  return stored;
}

/**
 * Makes the key of (user, device) if there is none yet; null when one already exists
 * (e.g. a request racing this one made it), which the caller then treats as existing.
 */
export async function createDeviceKey(
  sql: Sql,
  wrap: EscrowWrap,
  userId: string,
  deviceId: string,
): Promise<Buffer | null> {
  const key = randomBytes(DEVICE_KEY_BYTES);
  const rows = await sql.query(
    `INSERT INTO device_keys (user_id, device_id, key) VALUES ($1, $2, $3)
     ON CONFLICT (user_id, device_id) DO NOTHING
     RETURNING device_id`,
    [userId, deviceId, wrap.wrap(userId, deviceId, key)],
  );
  return rows.length > 0 ? key : null;
}

/**
 * Deletes every escrow key of the person (deactivation). Their sessions are revoked in
 * the same transaction, so each of their devices deletes its data at its next contact; a
 * device that never connects again keeps only what its passcode opens, with no key left
 * on the server to open it another way.
 */
export async function deleteDeviceKeys(sql: Sql, userId: string): Promise<void> {
  await sql.query('DELETE FROM device_keys WHERE user_id = $1', [userId]);
}
