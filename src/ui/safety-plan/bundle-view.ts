/**
 * From the local store's records to the `PlanView` every safety plan screen reads: the
 * case's live plan (`readSafetyPlan`/`useSafetyPlan` in src/db/safety-plans.ts) through
 * the domain's `planView`.
 *
 * Design choice: records in the local store passed their kind's schema when they were
 * written (the repository validates every write, local or synced), so their fields are
 * read as the kinds define them, with no second check here.
 */
import type { AnyRecord, SafetyPlanSection } from '../../domain';
import {
  planView,
  type BackupTeamInput,
  type PlanItemInput,
  type PlanView,
} from '../../domain/safety-plan';

export interface PlanRecords {
  plan: AnyRecord | undefined;
  items: readonly AnyRecord[];
  actions: readonly AnyRecord[];
}

const optionalText = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;

/** The live plan as people read it. */
export function viewOfRecords({ plan, items, actions }: PlanRecords): PlanView {
  const header = plan
    ? {
        coordinatorName: optionalText(plan['coordinatorName']),
        coordinatorContact: optionalText(plan['coordinatorContact']),
        writtenByYoungPerson: Array.isArray(plan['writtenByYoungPerson'])
          ? (plan['writtenByYoungPerson'] as SafetyPlanSection[])
          : [],
      }
    : undefined;
  return planView(
    header,
    items as unknown as readonly PlanItemInput[],
    actions as unknown as readonly BackupTeamInput[],
  );
}

/** The plan's status and dates, as the header records them. */
export interface PlanDates {
  status: 'draft' | 'agreed';
  agreedOn?: string;
  reviewBy?: string;
}

export function datesOfPlan(plan: AnyRecord): PlanDates {
  const dates: PlanDates = { status: plan['status'] === 'agreed' ? 'agreed' : 'draft' };
  const agreedOn = optionalText(plan['agreedOn']);
  const reviewBy = optionalText(plan['reviewBy']);
  if (agreedOn !== undefined) dates.agreedOn = agreedOn;
  if (reviewBy !== undefined) dates.reviewBy = reviewBy;
  return dates;
}
