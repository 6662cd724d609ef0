/**
 * Whether a carer's phone keeps a plan to itself. A carer sees (and prints) the young
 * person's safety plan only while the young person shares it with them: their
 * `sharing-settings` record (one per carer per case, the record the server's read policy
 * goes by, src/server/access/case-access.ts) has `sections.safetyPlan` on; with two such
 * records, the current one as src/domain/carer-sharing.ts chooses it. The server
 * decides what reaches the phone; this check keeps the screens from showing more than the
 * young person now allows, e.g. plan records still on the phone after sharing stopped.
 *
 * (The plan's `safety-plan-share` consents are for the young person and the care team;
 * they do not reach a carer's phone, so they are not what this reads.)
 */
import type { AnyRecord } from '../../../domain';
import { currentSettings, sectionsOf } from '../../../domain/carer-sharing';
import type { Rater } from '../goals/goal-view';

export function hiddenFromCarer(
  role: Rater | null,
  sharingSettings: readonly AnyRecord[],
  userId: string,
): boolean {
  if (role !== 'carer') return false;
  const current = currentSettings(sharingSettings, userId);
  return !(current && sectionsOf(current).safetyPlan);
}
