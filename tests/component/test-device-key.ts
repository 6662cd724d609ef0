// The data key of the local store in component tests (issue #10: case data is encrypted
// at rest, so the store must be unlocked to be used). One per test file, as a device
// keeps one: a write a previous test left in flight (a draft saved after its screen
// closed) must still open in the next test.
import { localStore } from '../../src/db/local-store';

export const TEST_DEVICE_KEY = globalThis.crypto.getRandomValues(new Uint8Array(32));

/** Unlock the app's store with the file's key, as after the passcode. */
export function unlockTestStore(): void {
  const { keys } = localStore().db;
  if (!keys.unlocked) keys.useDataKey(TEST_DEVICE_KEY);
}
