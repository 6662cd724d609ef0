/**
 * Signing in, first-run setup, activation and signing out, as the screens use them. After
 * each, the account is read back from GET /api/auth/me (the server is the authority) and
 * kept on the device so OurPlan knows who is signed in with no connection.
 */
import { z } from 'zod';
import type { ActivateForm, FamilySignInForm, JoinForm, SetupForm, SignInForm } from '../../domain';
import {
  deleteOpenPlans,
  forgetAccount,
  hasDataKey,
  localStore,
  readAccount,
  saveAccount,
  setActor,
  type SignedInAccount,
} from '../../db';
import { setLockState } from '../lock/lock-state';
import { markSignedIn } from '../sync/signed-in-flag';
import { callApi, type ApiResult } from './api';

/** GET /api/auth/me: the signed-in user and this session. */
const meSchema = z.object({
  user: z.object({
    id: z.string().min(1),
    organisationId: z.string().min(1),
    displayName: z.string(),
    roles: z.array(z.string()),
    /** Young people and carers: their name for signing in on another device. */
    signInName: z.string().min(1).optional(),
  }),
});

/**
 * Who is now signed in, and (for young people and carers) their sign-in name, to show
 * them. The name is not kept on the device: the account page asks the server for it.
 */
export type SignedIn = SignedInAccount & { signInName?: string };

/** A short, non-identifying name for this device in the person's list of sessions. */
function deviceLabel(): string {
  const ua = navigator.userAgent;
  const platform = /Android/i.test(ua)
    ? 'Android'
    : /iPhone|iPad|iPod/i.test(ua)
      ? 'iOS'
      : /Windows/i.test(ua)
        ? 'Windows'
        : /Mac OS/i.test(ua)
          ? 'Mac'
          : /Linux/i.test(ua)
            ? 'Linux'
            : 'Browser';
  const browser = /Edg\//.test(ua)
    ? 'Edge'
    : /Firefox\//.test(ua)
      ? 'Firefox'
      : /Chrome\//.test(ua)
        ? 'Chrome'
        : /Safari\//.test(ua)
          ? 'Safari'
          : 'browser';
  return `${browser} on ${platform}`;
}

async function rememberMe(): Promise<ApiResult<SignedIn>> {
  const me = await callApi('GET', '/api/auth/me', undefined, (json) => meSchema.parse(json));
  if (!me.ok) return me;
  const account: SignedInAccount = {
    userId: me.value.user.id,
    organisationId: me.value.user.organisationId,
    displayName: me.value.user.displayName,
    roles: me.value.user.roles,
    signedInAt: new Date().toISOString(),
  };
  const { db } = localStore();
  // A device holding someone else's locked data is theirs until they sign out (or an
  // admin signs the device out): it cannot be opened for a second person, and their
  // unsent changes must not be lost. End the new session and say so.
  const previous = await readAccount(db);
  if (previous && previous.userId !== account.userId && (await hasDataKey(db, previous.userId))) {
    await callApi('POST', '/api/auth/sign-out', {}, () => undefined);
    return { ok: false, failure: { kind: 'invalid', problems: [], key: 'deviceInUse' } };
  }
  await saveAccount(db, account);
  setActor(account.userId);
  markSignedIn(true);
  // Next: a passcode for this device (the first time) or a new one (forgotten), then sync.
  const { afterSignIn } = await import('../lock/lock-runtime');
  await afterSignIn(account);
  const { signInName } = me.value.user;
  return { ok: true, value: signInName === undefined ? account : { ...account, signInName } };
}

/** The signed-in person's sign-in name (undefined for staff, who have none). */
export async function fetchSignInName(): Promise<ApiResult<string | undefined>> {
  return callApi('GET', '/api/auth/me', undefined, (json) => meSchema.parse(json).user.signInName);
}

/**
 * Every way of signing in ends the same: the server sets the session cookie, then the
 * device learns who it is (/api/auth/me) and starts syncing.
 */
async function signInThrough(
  path: string,
  body: Record<string, unknown>,
): Promise<ApiResult<SignedIn>> {
  const result = await callApi('POST', path, body, () => undefined);
  return result.ok ? rememberMe() : result;
}

export function signIn(form: SignInForm): Promise<ApiResult<SignedIn>> {
  return signInThrough('/api/auth/sign-in', { ...form, deviceLabel: deviceLabel() });
}

export function completeSetup(token: string, form: SetupForm): Promise<ApiResult<SignedIn>> {
  return signInThrough('/api/setup', { token, ...form, deviceLabel: deviceLabel() });
}

export function activateAccount(code: string, form: ActivateForm): Promise<ApiResult<SignedIn>> {
  return signInThrough('/api/accounts/activate', { code, ...form });
}

/**
 * A young person or carer joins their plan with the code their practitioner gave them.
 * The result carries the sign-in name the server gave them, to show them once joined.
 */
export function joinWithCode(form: JoinForm): Promise<ApiResult<SignedIn>> {
  return signInThrough('/api/invitations/redeem', { ...form, deviceLabel: deviceLabel() });
}

/**
 * A young person or carer signs in on another device with their sign-in name and
 * passphrase (the same route as staff sign-in, with the family body).
 */
export function signInWithName(form: FamilySignInForm): Promise<ApiResult<SignedIn>> {
  return signInThrough('/api/auth/sign-in', { ...form, deviceLabel: deviceLabel() });
}

/** How many changes on this device have not reached the server. */
export function unsentCount(): Promise<number> {
  return localStore().db.outbox.count();
}

export type SignOutOutcome = 'signedOut' | 'unsentChanges' | 'signedOutOffline';

/**
 * Sign out: end the session on the server, then remove this device's copy of the data
 * (DESIGN.md §6). Refuses while changes are unsent unless the person chose to discard
 * them (after exporting them, if they wanted). Offline, the device copy is still removed
 * and the person is told the server session ends when it expires or is revoked.
 */
export async function signOut(options: { discardUnsent: boolean }): Promise<SignOutOutcome> {
  const runtime = await import('../sync/sync-runtime');
  // Send what is waiting first, if there is a connection.
  if ((await unsentCount()) > 0) await runtime.syncNow().catch(() => undefined);
  if (!options.discardUnsent && (await unsentCount()) > 0) return 'unsentChanges';
  runtime.stopSync();
  const result = await callApi('POST', '/api/auth/sign-out', {}, () => undefined);
  const { db } = localStore();
  await deleteOpenPlans(db);
  await forgetAccount(db);
  setActor(undefined);
  markSignedIn(false);
  await db.delete();
  // The key goes last: the screen still open reads nothing in between.
  db.keys.forget();
  setLockState('signed-out');
  return result.ok || result.failure.kind === 'unauthorised' ? 'signedOut' : 'signedOutOffline';
}
