/**
 * Who is signed in on this device, kept in the local store so OurPlan knows them after a
 * restart with no connection. The session itself is an httpOnly cookie the app never
 * sees (DESIGN.md §10): this is only the person's name and roles, for the screens.
 */
import { z } from 'zod';
import type { OurPlanDatabase } from './database';

const ACCOUNT_KEY = 'account';

export const signedInAccountSchema = z.object({
  userId: z.string().min(1),
  organisationId: z.string().min(1),
  displayName: z.string(),
  roles: z.array(z.string()),
  signedInAt: z.string(),
});
export type SignedInAccount = z.infer<typeof signedInAccountSchema>;

export async function readAccount(db: OurPlanDatabase): Promise<SignedInAccount | undefined> {
  const entry = await db.meta.get(ACCOUNT_KEY);
  const parsed = signedInAccountSchema.safeParse(entry?.value);
  return parsed.success ? parsed.data : undefined;
}

export async function saveAccount(db: OurPlanDatabase, account: SignedInAccount): Promise<void> {
  await db.meta.put({ key: ACCOUNT_KEY, value: account });
}

export async function forgetAccount(db: OurPlanDatabase): Promise<void> {
  await db.meta.delete(ACCOUNT_KEY);
}
