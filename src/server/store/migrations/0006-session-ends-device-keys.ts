import type { Migration } from './migration';

/**
 * Safe devices (issue 10): why a session ended, and the escrow keys of device data.
 *
 * - auth_sessions.ended_by says who ended a session, so a device can be told apart:
 *   'revoke' (the person from another device, an administrator, or the account being
 *   deactivated) means "wipe this device's case data"; 'sign-out' (the person on this
 *   device) and 'rotation' (a new sign-in on this device replaced it) must not, since the
 *   device may still hold unsent changes that its own sign-out flow is looking after.
 *   Sessions ended before this migration keep NULL: we cannot tell a sign-out from a
 *   revocation after the fact, and wrongly wiping a device is the worse mistake.
 * - device_keys: a random 32-byte key per (user, device) that the device uses to wrap its
 *   local data key, so a person who forgets their passcode can sign in again with their
 *   password and recover their unsent changes (src/server/auth/device-keys.ts).
 *   The device id's form is checked here too, so no caller can store a malformed one.
 */
export const sessionEndsDeviceKeys: Migration = {
  id: 6,
  name: 'session-ends-device-keys',
  sql: `
ALTER TABLE auth_sessions ADD COLUMN ended_by text;
ALTER TABLE auth_sessions ADD CONSTRAINT auth_sessions_ended_by_known
  CHECK (ended_by IN ('sign-out', 'rotation', 'revoke'));
ALTER TABLE auth_sessions ADD CONSTRAINT auth_sessions_ended_by_revoked
  CHECK (ended_by IS NULL OR revoked_at IS NOT NULL);

CREATE TABLE device_keys (
  user_id    text NOT NULL REFERENCES users (id),
  device_id  text NOT NULL,
  key        bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, device_id),
  CONSTRAINT device_keys_device_id_form CHECK (device_id ~ '^[A-Za-z0-9_-]{8,64}$'),
  CONSTRAINT device_keys_key_length CHECK (octet_length(key) = 32)
);
`,
};
