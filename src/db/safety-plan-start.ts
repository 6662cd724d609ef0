/**
 * "My safety plan on the start screen" (issue #7 item 3), a setting of this device only:
 * kept in the local `meta` table (never synced, like the signed-in account and the
 * passcode), per signed-in person.
 *
 * - `show`: a "My safety plan" link on the start screen opens the plan in one tap,
 *   protected by the phone's own lock.
 * - `pin`: the link shows, and the plan asks for a PIN of the person's choosing first
 *   (the crisis lines never wait for it). The PIN is a passcode (src/db/passcode.ts: its
 *   rules, slow hash and growing waits) under its own id, `safety-plan:<userId>` (meta key `passcode:safety-plan:<userId>`), so it is
 *   never the same secret as an app-lock passcode.
 * - `hide`: no link on the start screen; the plan is still on My plan.
 *
 * Default: `show`. A safety plan is a crisis tool and must be reachable in one tap when it
 * is needed; a young person who worries about someone else picking up the phone can
 * choose a PIN or to hide the link, and their worker can talk this through with them.
 * An unreadable or unknown value also counts as `show`, for the same reason.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { readAccount } from './account';
import type { OurPlanDatabase } from './database';
import { localStore } from './local-store';

export const START_SETTINGS = ['show', 'pin', 'hide'] as const;
export type StartSetting = (typeof START_SETTINGS)[number];
export const DEFAULT_START_SETTING: StartSetting = 'show';

/** The `meta` key of a person's setting. */
export function startSettingKey(userId: string): string {
  return `safety-plan-start:${userId}`;
}

/** The id the safety plan PIN is kept under as a passcode (its meta key is passcode:<this>). */
export function safetyPlanPinId(userId: string): string {
  return `safety-plan:${userId}`;
}

function isStartSetting(value: unknown): value is StartSetting {
  return typeof value === 'string' && (START_SETTINGS as readonly string[]).includes(value);
}

export async function readStartSetting(db: OurPlanDatabase, userId: string): Promise<StartSetting> {
  const entry = await db.meta.get(startSettingKey(userId));
  return isStartSetting(entry?.value) ? entry.value : DEFAULT_START_SETTING;
}

export async function saveStartSetting(
  db: OurPlanDatabase,
  userId: string,
  setting: StartSetting,
): Promise<void> {
  await db.meta.put({ key: startSettingKey(userId), value: setting });
}

/** Whether the start screen offers the plan to someone with these account roles. */
export function offersPlanOnStart(roles: readonly string[]): boolean {
  return roles.includes('young-person') || roles.includes('carer');
}

/**
 * Whether the start screen shows "My safety plan": someone who is a young person or carer
 * is signed in, their setting does not hide it, and this device holds a live plan. Reads
 * a count, not the plan. Undefined while reading; a failed read counts as false (the
 * start screen must never break; My plan still leads to the plan).
 */
export async function readSafetyPlanOnStart(db: OurPlanDatabase): Promise<boolean> {
  try {
    const account = await readAccount(db);
    if (!account || !offersPlanOnStart(account.roles)) return false;
    if ((await readStartSetting(db, account.userId)) === 'hide') return false;
    const plans = await db
      .recordTable('safety-plan')
      .filter((p) => !p.deleted)
      .count();
    return plans > 0;
  } catch {
    return false;
  }
}

export function useSafetyPlanOnStart(): boolean | undefined {
  return useLiveQuery(() => readSafetyPlanOnStart(localStore().db), []);
}
