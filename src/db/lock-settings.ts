/**
 * This device's lock settings for the signed-in person (issue #10), kept in `meta` (in
 * clear: they are needed before unlocking, and say nothing about anyone's care).
 *
 * - Lock after: minutes without use before OurPlan locks. Default 5 for staff, who
 *   leave shared tablets in clinic rooms; 15 for young people and carers, whose phone has
 *   its own lock and who may read a plan slowly. Choices from 1 to 30 minutes.
 * - Safety plan open: the one exception to the lock, for young people only. When on,
 *   a copy of their safety plan (what the plan screen shows, nothing else) is kept
 *   unencrypted so that a crisis never meets a lock screen (open-safety-plan.ts).
 */
import { z } from 'zod';
import type { OurPlanDatabase } from './database';

export const LOCK_AFTER_CHOICES = [1, 2, 5, 10, 15, 30] as const;
export type LockAfterMinutes = (typeof LOCK_AFTER_CHOICES)[number];

const lockAfterSchema = z.union(LOCK_AFTER_CHOICES.map((m) => z.literal(m)));

const lockAfterKey = (userId: string) => `lock-after:${userId}`;
const safetyPlanOpenKey = (userId: string) => `safety-plan-open:${userId}`;

export function isFamilyRole(roles: readonly string[]): boolean {
  return roles.includes('young-person') || roles.includes('carer');
}

export function defaultLockAfter(roles: readonly string[]): LockAfterMinutes {
  return isFamilyRole(roles) && !roles.includes('practitioner') ? 15 : 5;
}

export async function readLockAfter(
  db: OurPlanDatabase,
  userId: string,
  roles: readonly string[],
): Promise<LockAfterMinutes> {
  const parsed = lockAfterSchema.safeParse((await db.meta.get(lockAfterKey(userId)))?.value);
  return parsed.success ? parsed.data : defaultLockAfter(roles);
}

export async function saveLockAfter(
  db: OurPlanDatabase,
  userId: string,
  minutes: LockAfterMinutes,
): Promise<void> {
  await db.meta.put({ key: lockAfterKey(userId), value: minutes });
}

/** Whether the young person chose to keep their safety plan readable without the passcode. */
export async function readSafetyPlanOpen(db: OurPlanDatabase, userId: string): Promise<boolean> {
  return (await db.meta.get(safetyPlanOpenKey(userId)))?.value === true;
}

export async function saveSafetyPlanOpen(
  db: OurPlanDatabase,
  userId: string,
  open: boolean,
): Promise<void> {
  await db.meta.put({ key: safetyPlanOpenKey(userId), value: open });
}
