/**
 * The app lock (issue #10 item 2), loaded on demand once someone is signed in. It decides
 * the lock state at start, unlocks, locks (on demand, after idle time, from another tab),
 * and carries the forgotten-passcode and remote-wipe paths. The frame only reads the state
 * (lock-state.ts).
 *
 * Idle: any press, key or scroll counts as use. The unlock's end is kept in the database
 * (key-store.ts), moved on at most every 15 seconds of use, so a reload or another tab
 * knows it; each tab checks every 5 seconds and locks once both its own last use and the
 * stored end are past. A lock in one tab reaches the others at once (BroadcastChannel),
 * and by the stored end being gone.
 */
import {
  addServerWrap,
  createDataKey,
  deleteOpenPlans,
  ensureDeviceId,
  extendUnlock,
  forgetAccount,
  hasDataKey,
  hasServerWrap,
  localStore,
  lockNow,
  readAccount,
  readLockAfter,
  recoverWithServerKey,
  rememberUnlock,
  restoreUnlock,
  saveSafetyPlanOpen,
  setActor,
  unlockEndsAt,
  unlockWithPasscode,
  type PasscodeVerdict,
  type SignedInAccount,
} from '../../db';
import { endHandOver } from '../../db/hand-over';
import { markSignedIn } from '../sync/signed-in-flag';
import { fetchEscrowKey } from './escrow';
import { noteWiped, setLockState, type WipeReason } from './lock-state';

const CHECK_EVERY_MS = 5_000;
const EXTEND_EVERY_MS = 15_000;
const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'touchstart', 'wheel', 'scroll'] as const;

let idleMs = 5 * 60_000;
let lastUse = Date.now();
let lastExtend = 0;
let timer: ReturnType<typeof setInterval> | undefined;
let channel: BroadcastChannel | undefined;
/** The server's key, between a fresh sign-in and choosing a new passcode. */
let recovery: { userId: string; key: Uint8Array<ArrayBuffer> } | undefined;

const db = () => localStore().db;

async function syncRuntime() {
  return import('../sync/sync-runtime');
}

function lockChannel(): BroadcastChannel | undefined {
  if (channel || typeof BroadcastChannel === 'undefined') return channel;
  channel = new BroadcastChannel('ourplan-lock');
  channel.onmessage = (event: MessageEvent) => {
    if (event.data === 'lock') void lockHere();
    if (event.data === 'wipe') window.location.assign('/');
  };
  return channel;
}

function noteUse(): void {
  lastUse = Date.now();
  if (lastUse - lastExtend >= EXTEND_EVERY_MS) {
    lastExtend = lastUse;
    void extendUnlock(db(), lastUse + idleMs).catch(() => undefined);
  }
}

async function checkIdle(): Promise<void> {
  const now = Date.now();
  if (now - lastUse < idleMs) return;
  const storedEnd = await unlockEndsAt(db()).catch(() => undefined);
  if (storedEnd !== undefined && storedEnd > now) return; // used in another tab
  await lock();
}

function watchIdle(): void {
  lastUse = Date.now();
  if (timer) return;
  for (const event of ACTIVITY_EVENTS) {
    window.addEventListener(event, noteUse, { passive: true, capture: true });
  }
  timer = setInterval(() => void checkIdle(), CHECK_EVERY_MS);
}

function stopWatchingIdle(): void {
  if (!timer) return;
  clearInterval(timer);
  timer = undefined;
  for (const event of ACTIVITY_EVENTS) {
    window.removeEventListener(event, noteUse, { capture: true });
  }
}

async function account(): Promise<SignedInAccount | undefined> {
  return readAccount(db());
}

/** Now unlocked: keep it for reloads and tabs, watch for idleness, sync, add escrow. */
async function becomeUnlocked(who: SignedInAccount): Promise<void> {
  lockChannel();
  idleMs = (await readLockAfter(db(), who.userId, who.roles)) * 60_000;
  await rememberUnlock(db(), who.userId, Date.now() + idleMs);
  setActor(who.userId);
  watchIdle();
  setLockState('unlocked');
  const runtime = await syncRuntime();
  await runtime.startSyncIfSignedIn();
  // A device whose first sign-in could not reach the escrow (or an upgraded one) gets it now.
  if (!(await hasServerWrap(db(), who.userId))) {
    const escrow = await fetchEscrowKey(await ensureDeviceId(db()));
    if (escrow.ok) await addServerWrap(db(), who.userId, escrow.key).catch(() => undefined);
  }
}

/** At start: who is signed in, and whether an unlock from before a reload still holds. */
export async function initLock(): Promise<void> {
  const who = await account();
  if (!who) {
    markSignedIn(false);
    setLockState('signed-out');
    return;
  }
  lockChannel();
  if (!(await hasDataKey(db(), who.userId))) {
    setLockState('needs-passcode');
    return;
  }
  if (db().keys.unlocked || (await restoreUnlock(db(), who.userId))) {
    await becomeUnlocked(who);
    return;
  }
  setLockState('locked');
  void checkStillSignedIn();
}

/** First passcode on this device: the data key is made, wrapped and escrowed. */
export async function choosePasscode(
  passcode: string,
  options: { safetyPlanOpen?: boolean } = {},
): Promise<void> {
  const who = await account();
  if (!who) throw new Error('Nobody is signed in on this device.');
  const escrow = await fetchEscrowKey(await ensureDeviceId(db()));
  await createDataKey(db(), who.userId, passcode, escrow.ok ? { escrowKey: escrow.key } : {});
  if (options.safetyPlanOpen !== undefined) {
    await saveSafetyPlanOpen(db(), who.userId, options.safetyPlanOpen);
  }
  await becomeUnlocked(who);
}

export async function unlock(passcode: string): Promise<PasscodeVerdict> {
  const who = await account();
  if (!who) return { ok: false, retryAfterMs: 0 };
  const verdict = await unlockWithPasscode(db(), who.userId, passcode);
  if (verdict.ok) await becomeUnlocked(who);
  return verdict;
}

/** Lock this tab only (another tab locked, or the stored unlock went). */
async function lockHere(): Promise<void> {
  stopWatchingIdle();
  (await syncRuntime()).stopSync();
  db().keys.forget();
  setLockState('locked');
}

/** Lock now, in every tab. */
export async function lock(): Promise<void> {
  await lockHere();
  await lockNow(db());
  lockChannel()?.postMessage('lock');
}

/**
 * After a fresh online sign-in (the sign-in forms call this). The first on this device:
 * choose a passcode. Again, with data already here (a forgotten passcode): the server's
 * key opens it and a new passcode is chosen; if it cannot, the device stays locked and
 * the lock screen says what can be done.
 */
export async function afterSignIn(who: SignedInAccount): Promise<void> {
  if (!(await hasDataKey(db(), who.userId))) {
    setLockState('needs-passcode');
    return;
  }
  if (db().keys.unlocked) {
    await becomeUnlocked(who);
    return;
  }
  const escrow = await fetchEscrowKey(await ensureDeviceId(db()));
  if (escrow.ok) {
    recovery = { userId: who.userId, key: escrow.key };
    setLockState('new-passcode');
  } else {
    setLockState('locked');
  }
}

/** The new passcode after a forgotten one. False if the server's key did not open the data. */
export async function chooseNewPasscode(passcode: string): Promise<boolean> {
  const who = await account();
  if (!who || !recovery || recovery.userId !== who.userId) return false;
  const opened = await recoverWithServerKey(db(), who.userId, recovery.key, passcode);
  recovery.key.fill(0);
  recovery = undefined;
  if (!opened) {
    setLockState('locked');
    return false;
  }
  await becomeUnlocked(who);
  return true;
}

/**
 * Remove everything this device holds for the person: the whole local database, the
 * hand-over and signed-in marks. For a revoked device session (an admin or the person
 * from elsewhere), at its next contact with the server.
 */
export async function wipeDevice(reason: WipeReason): Promise<void> {
  stopWatchingIdle();
  (await syncRuntime()).stopSync();
  const database = db();
  database.keys.forget();
  await deleteOpenPlans(database).catch(() => undefined);
  await forgetAccount(database).catch(() => undefined);
  setActor(undefined);
  endHandOver();
  markSignedIn(false);
  noteWiped(reason);
  await database.delete();
  setLockState('signed-out');
  lockChannel()?.postMessage('wipe');
  // A fresh start screen, which says why (lock-state.ts takeWipedNote), not the screen
  // that was open, whose data has just gone.
  window.location.assign('/');
}

/**
 * While locked nothing syncs, so the lock screen asks the server once whether this
 * device's session still stands: a revoked one wipes the device now rather than at the
 * next unlock.
 */
export async function checkStillSignedIn(): Promise<void> {
  let response: Response;
  try {
    response = await fetch('/api/auth/me', { credentials: 'same-origin' });
  } catch {
    return; // offline: the next contact decides
  }
  if (response.status !== 401) return;
  const body = (await response.json().catch(() => ({}))) as { error?: unknown };
  if (body.error === 'session_revoked') await wipeDevice('revoked');
}

/** The idle time now in force (settings changed it), for the running timer. */
export function setIdleMinutes(minutes: number): void {
  idleMs = minutes * 60_000;
  noteUse();
}
