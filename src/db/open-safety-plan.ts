/**
 * The young person's safety plan kept readable without the passcode, when they choose
 * it (issue #10 item 3, the only exception to the lock): a copy of what the plan screen
 * shows (name, status, dates, the plan's sections) in `meta`, which is not encrypted.
 * Refreshed whenever the unlocked app shows or syncs the plan; deleted when they turn the
 * choice off, and with everything else at sign-out or a remote wipe.
 *
 * Only the plan: no goals, notes, case details or anyone else's words beyond what the
 * plan itself holds. The crisis lines need no copy: they are the organisation's content
 * and stay in clear anyway.
 */
import { z } from 'zod';
import type { OurPlanDatabase } from './database';

const OPEN_PLAN_KEY = 'open-safety-plan';

/** What the screen shows of one plan (features/my-plan/safety-plan/last-good-copy.ts). */
export interface OpenPlanCopy {
  caseId: string;
  name: string;
  /** PlanView from src/domain/safety-plan, kept as the screen shaped it. */
  view: unknown;
  status: 'draft' | 'agreed';
  agreedOn?: string;
  reviewBy?: string;
}

const copySchema = z.object({
  userId: z.string(),
  savedAt: z.string(),
  plans: z.array(
    z.object({
      caseId: z.string(),
      name: z.string(),
      view: z.unknown(),
      status: z.enum(['draft', 'agreed']),
      agreedOn: z.string().optional(),
      reviewBy: z.string().optional(),
    }),
  ),
});

export interface OpenPlans {
  savedAt: string;
  plans: OpenPlanCopy[];
}

export async function saveOpenPlan(
  db: OurPlanDatabase,
  userId: string,
  plan: OpenPlanCopy,
): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const current = await readOpenPlans(db, userId);
    const plans = [...(current?.plans ?? []).filter((p) => p.caseId !== plan.caseId), plan];
    await db.meta.put({
      key: OPEN_PLAN_KEY,
      value: { userId, savedAt: new Date().toISOString(), plans },
    });
  });
}

export async function readOpenPlans(
  db: OurPlanDatabase,
  userId: string,
): Promise<OpenPlans | undefined> {
  const parsed = copySchema.safeParse((await db.meta.get(OPEN_PLAN_KEY))?.value);
  if (!parsed.success || parsed.data.userId !== userId) return undefined;
  return { savedAt: parsed.data.savedAt, plans: parsed.data.plans as OpenPlanCopy[] };
}

export async function deleteOpenPlans(db: OurPlanDatabase): Promise<void> {
  await db.meta.delete(OPEN_PLAN_KEY);
}
