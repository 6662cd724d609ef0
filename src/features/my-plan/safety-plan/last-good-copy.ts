/**
 * The last safety plan this visit showed, per case, kept in memory (issue #7 item 6: "if
 * something fails, the last good copy still shows").
 *
 * Design choices:
 * - Memory only, for this page load: nothing about the plan is written anywhere new (the
 *   plan is already on the device in IndexedDB, which is what is normally read). If a
 *   later read throws, the screen's error boundary shows this copy instead of nothing.
 * - It holds what the screen needs to show the plan, not the records.
 */
import type { PlanView } from '../../../domain/safety-plan';

export interface ShownPlan {
  caseId: string;
  name: string;
  view: PlanView;
  status: 'draft' | 'agreed';
  agreedOn?: string;
  reviewBy?: string;
}

const copies = new Map<string, ShownPlan>();

export function rememberShownPlan(plan: ShownPlan): void {
  copies.set(plan.caseId, plan);
}

export function lastShownPlans(): ShownPlan[] {
  return [...copies.values()];
}

/** For tests: forget every copy. */
export function forgetShownPlans(): void {
  copies.clear();
}
