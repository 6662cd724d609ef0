import type { Migration } from './migration';

/**
 * Escrow keys are kept wrapped under a key from the password pepper (issue #10,
 * src/server/auth/escrow-wrap.ts): 60 bytes (nonce, ciphertext, tag) instead of the raw
 * 32. Keys stored raw by migration 6's first version stay readable and are wrapped the
 * next time they are read (device-keys.ts), so no device loses its way back.
 */
export const wrappedDeviceKeys: Migration = {
  id: 7,
  name: 'wrapped-device-keys',
  sql: `
ALTER TABLE device_keys DROP CONSTRAINT device_keys_key_length;
ALTER TABLE device_keys
  ADD CONSTRAINT device_keys_key_length CHECK (octet_length(key) IN (32, 60));
`,
};
