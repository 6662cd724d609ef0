/**
 * Whether OurPlan is locked on this device, for the app frame (issue #10). No Dexie here:
 * the frame is in the first chunk every screen loads. The lock runtime (lock-runtime.ts,
 * loaded on demand when someone is signed in) decides and sets the state.
 *
 * - `checking`: someone is probably signed in and the runtime has not answered yet;
 *   nothing of theirs is shown meanwhile.
 * - `signed-out`: nobody is signed in on this device.
 * - `needs-passcode`: signed in, but no passcode (and so no data key) on this device yet.
 * - `locked`: the data key is not in memory; the passcode (or a fresh sign-in for a
 *   forgotten one) unlocks.
 * - `new-passcode`: signed in again after a forgotten passcode; the server's key has
 *   opened the data, and a new passcode is being chosen.
 * - `unlocked`.
 */
import { useSyncExternalStore } from 'react';
import { probablySignedIn } from '../sync/signed-in-flag';

export type LockState =
  'checking' | 'signed-out' | 'needs-passcode' | 'locked' | 'new-passcode' | 'unlocked';

let state: LockState = probablySignedIn() ? 'checking' : 'signed-out';
const listeners = new Set<() => void>();

export function lockState(): LockState {
  return state;
}

export function setLockState(next: LockState): void {
  if (next === state) return;
  state = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useLockState(): LockState {
  return useSyncExternalStore(subscribe, lockState, lockState);
}

/**
 * Screens reachable whatever the lock says: no account needed (signposting, signing in,
 * joining, first-run setup). The safety plan decides for itself (the young person's
 * choice to keep it open, issue #10 item 3).
 */
const OPEN_PATHS = ['/support', '/sign-in', '/setup', '/activate', '/join'];

export function isOpenPath(pathname: string): boolean {
  return OPEN_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`));
}

export const SAFETY_PLAN_PATH = '/my-plan/safety-plan';

/** Why this device was last emptied, said once on the start screen. */
const WIPED_KEY = 'ourplan.wiped';
export type WipeReason = 'revoked';

export function noteWiped(reason: WipeReason): void {
  try {
    localStorage.setItem(WIPED_KEY, reason);
  } catch {
    // Storage refused: the person is still signed out, only the explanation is lost.
  }
}

export function takeWipedNote(): WipeReason | undefined {
  try {
    const value = localStorage.getItem(WIPED_KEY);
    localStorage.removeItem(WIPED_KEY);
    return value === 'revoked' ? value : undefined;
  } catch {
    return undefined;
  }
}
