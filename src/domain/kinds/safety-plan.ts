/**
 * The agreed written safety plan (THRIVE Getting Risk Support, domain/THRIVE.md §1): drawn
 * up with the young person and family, reachable on their phone with no signal. This
 * record is the plan's header; its contents are `safety-plan-item` and
 * `backup-team-action` records, so additions made on different devices both survive.
 *
 * Design choices:
 * - `draft` while it is being written; `agreed` needs the date it was agreed.
 * - A named trusted person coordinates the backup team (`coordinatorName`, how to reach
 *   them in `coordinatorContact`, free text since it may be a phone, a desk or a rota).
 * - `writtenByYoungPerson` lists the sections the young person wrote in their own words,
 *   so the plan can show whose words they are.
 */
import { z } from 'zod';
import { defineKind, type DataOf, type RecordOf } from '../kind';
import {
  NAME_MAX,
  SHORT_TEXT_MAX,
  allDifferent,
  calendarDate,
  oneOf,
  optionalText,
  pastOrTodayDate,
} from './fields';

/** The sections of the plan, in the order the plan shows them. */
export const SAFETY_PLAN_SECTIONS = [
  'warning-signs',
  'coping-alone',
  'distractions',
  'people-to-ask',
  'professionals',
  'safer-surroundings',
  'reasons-for-living',
] as const;
export type SafetyPlanSection = (typeof SAFETY_PLAN_SECTIONS)[number];
export const safetyPlanSectionSchema = oneOf(SAFETY_PLAN_SECTIONS);

export const SAFETY_PLAN_STATUSES = ['draft', 'agreed'] as const;

export const safetyPlanKind = defineKind({
  kind: 'safety-plan',
  family: 'editable',
  scope: 'case',
  description: "The young person's agreed written safety plan (its header; items are records).",
  data: z
    .strictObject({
      status: oneOf(SAFETY_PLAN_STATUSES),
      agreedOn: pastOrTodayDate.optional(),
      reviewBy: calendarDate.optional(),
      coordinatorName: optionalText(NAME_MAX),
      coordinatorContact: optionalText(SHORT_TEXT_MAX),
      writtenByYoungPerson: z
        .array(safetyPlanSectionSchema)
        .max(SAFETY_PLAN_SECTIONS.length, { message: 'tooMany' })
        .refine(allDifferent, { message: 'duplicateItem' }),
    })
    .superRefine((p, ctx) => {
      if (p.status === 'agreed' && p.agreedOn === undefined) {
        ctx.addIssue({ code: 'custom', message: 'required', path: ['agreedOn'] });
      }
      if (p.agreedOn !== undefined && p.reviewBy !== undefined && p.reviewBy < p.agreedOn) {
        ctx.addIssue({ code: 'custom', message: 'reviewDateBeforeAgreed', path: ['reviewBy'] });
      }
    }),
});

export type SafetyPlanData = DataOf<typeof safetyPlanKind>;
export type SafetyPlanRecord = RecordOf<typeof safetyPlanKind>;
