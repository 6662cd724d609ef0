/**
 * A safety plan as agreed (issue #7 item 4): a snapshot of every section, the backup team
 * and the coordinator on the day it was agreed, with who was there. Every agreed version
 * is kept, so anyone can see "what changed since last time".
 *
 * Design choices:
 * - Append-only: an agreement happened or it did not; a new agreement is a new version.
 *   The live plan (`safety-plan` and its items) goes on changing; the version does not.
 * - A snapshot, not references: items may later be edited or removed, and the version
 *   must still say what was agreed. Item ids are kept so versions can be compared item by
 *   item (domain/safety-plan.ts planChanges).
 * - `version` counts agreements (1, 2, …); two devices agreeing offline at once could
 *   both write the same number, so screens order by number and then by creation.
 * - At least one person present: an agreement is made with people.
 */
import { z } from 'zod';
import { defineKind, type DataOf, type RecordOf } from '../kind';
import {
  NAME_MAX,
  SHORT_TEXT_MAX,
  allDifferent,
  calendarDate,
  checkDistinctIds,
  intBetween,
  optionalText,
  pastOrTodayDate,
  phoneNumber,
  ref,
  text,
} from './fields';
import { SAFETY_PLAN_SECTIONS, safetyPlanSectionSchema } from './safety-plan';
import { contributorRoleSchema } from './vocabulary';

/** Upper bounds, far above any real plan, so a record stays a sensible size. */
export const SAFETY_PLAN_VERSION_ITEMS_MAX = 500;
export const SAFETY_PLAN_VERSION_TEAM_MAX = 100;
export const SAFETY_PLAN_PRESENT_MAX = 20;

/** Someone who was there when the plan was agreed. */
export const planPresentSchema = z.strictObject({
  role: contributorRoleSchema,
  name: optionalText(NAME_MAX),
});
export type PlanPresent = z.infer<typeof planPresentSchema>;

export const versionItemSchema = z.strictObject({
  id: ref,
  section: safetyPlanSectionSchema,
  text: text(SHORT_TEXT_MAX),
  phone: phoneNumber.optional(),
  addedByRole: contributorRoleSchema,
});

export const versionBackupEntrySchema = z.strictObject({
  id: ref,
  who: text(NAME_MAX),
  role: text(NAME_MAX),
  action: text(SHORT_TEXT_MAX),
  appliesWhen: text(SHORT_TEXT_MAX),
  phone: phoneNumber.optional(),
});

export const safetyPlanVersionKind = defineKind({
  kind: 'safety-plan-version',
  family: 'append-only',
  scope: 'case',
  description: 'A safety plan as agreed on a date, with who was there (a snapshot).',
  data: z
    .strictObject({
      planId: ref,
      version: intBetween(1, 1_000_000),
      agreedOn: pastOrTodayDate,
      reviewBy: calendarDate.optional(),
      present: z
        .array(planPresentSchema)
        .min(1, { message: 'required' })
        .max(SAFETY_PLAN_PRESENT_MAX, { message: 'tooMany' }),
      coordinatorName: optionalText(NAME_MAX),
      coordinatorContact: optionalText(SHORT_TEXT_MAX),
      writtenByYoungPerson: z
        .array(safetyPlanSectionSchema)
        .max(SAFETY_PLAN_SECTIONS.length, { message: 'tooMany' })
        .refine(allDifferent, { message: 'duplicateItem' }),
      items: z.array(versionItemSchema).max(SAFETY_PLAN_VERSION_ITEMS_MAX, { message: 'tooMany' }),
      backupTeam: z
        .array(versionBackupEntrySchema)
        .max(SAFETY_PLAN_VERSION_TEAM_MAX, { message: 'tooMany' }),
    })
    .superRefine((v, ctx) => {
      if (v.reviewBy !== undefined && v.reviewBy < v.agreedOn) {
        ctx.addIssue({ code: 'custom', message: 'reviewDateBeforeAgreed', path: ['reviewBy'] });
      }
      checkDistinctIds('items', v.items, ctx);
      checkDistinctIds('backupTeam', v.backupTeam, ctx);
    }),
});

export type SafetyPlanVersionData = DataOf<typeof safetyPlanVersionKind>;
export type SafetyPlanVersionRecord = RecordOf<typeof safetyPlanVersionKind>;
