/**
 * One line of a safety plan: a warning sign, a way of coping, a person or service to
 * contact, a reason for living. Items are separate records so that the young person on
 * their phone and the practitioner on a tablet can both add items offline and both
 * survive the merge (DESIGN.md §4).
 *
 * Design choices:
 * - `phone` is for people and services to contact, checked loosely (UK numbers as people
 *   write them, including 999, 111 and 116 123) so a real number is never refused.
 * - `addedByRole` lets the plan show whose words an item is.
 */
import { z } from 'zod';
import { defineKind, type DataOf, type RecordOf } from '../kind';
import { SHORT_TEXT_MAX, listOrder, phoneNumber, ref, text } from './fields';
import { safetyPlanSectionSchema } from './safety-plan';
import { contributorRoleSchema } from './vocabulary';

export const safetyPlanItemKind = defineKind({
  kind: 'safety-plan-item',
  family: 'editable',
  scope: 'case',
  description: 'One item in one section of a safety plan.',
  data: z.strictObject({
    planId: ref,
    section: safetyPlanSectionSchema,
    text: text(SHORT_TEXT_MAX),
    phone: phoneNumber.optional(),
    order: listOrder,
    addedByRole: contributorRoleSchema,
  }),
});

export type SafetyPlanItemData = DataOf<typeof safetyPlanItemKind>;
export type SafetyPlanItemRecord = RecordOf<typeof safetyPlanItemKind>;
