/**
 * A one-bit hint in localStorage that someone is signed in on this device, so the shell
 * loads the sync runtime (Dexie, the engine: ~65 KB) only when there is someone to sync
 * for. It holds no identity; who is signed in is in the local store. Losing it (storage
 * blocked or cleared) only delays sync until the next sign-in.
 */
const KEY = 'ourplan.signedIn';

export function markSignedIn(signedIn: boolean): void {
  try {
    if (signedIn) localStorage.setItem(KEY, '1');
    else localStorage.removeItem(KEY);
  } catch {
    // Storage blocked: see above.
  }
}

export function probablySignedIn(): boolean {
  try {
    return localStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}
