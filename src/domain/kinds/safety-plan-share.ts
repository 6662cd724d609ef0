/**
 * Consent, recorded, to share the young person's safety plan with a named person (issue
 * #7 item 4): a carer, a school contact, another professional. The plan is shared only
 * while a live, not withdrawn consent says so.
 *
 * Design choices:
 * - Editable, so a consent can be withdrawn (`withdrawnOn`) on the record that gave it;
 *   the record is kept, so the history of who could see the plan stays visible.
 * - Usually the young person decides. When the practitioner decides instead (a
 *   safeguarding concern, or the young person cannot decide), the reason is required:
 *   overriding a young person's choice must always be explained.
 * - `carerUserId` links a carer's account, so the carer's phone can be given the plan.
 */
import { z } from 'zod';
import { defineKind, type DataOf, type RecordOf } from '../kind';
import {
  NAME_MAX,
  SHORT_TEXT_MAX,
  oneOf,
  optionalText,
  pastOrTodayDate,
  ref,
  text,
} from './fields';

/** Who the plan is shared with, as a relationship to the young person. */
export const SHARE_RELATIONSHIPS = [
  'carer',
  'school',
  'other-professional',
  'other-family',
  'other',
] as const;
export type ShareRelationship = (typeof SHARE_RELATIONSHIPS)[number];

/** Who gave consent: the young person, or the practitioner with a reason. */
export const CONSENT_GIVERS = ['young-person', 'practitioner'] as const;
export type ConsentGiver = (typeof CONSENT_GIVERS)[number];

export const safetyPlanShareKind = defineKind({
  kind: 'safety-plan-share',
  family: 'editable',
  scope: 'case',
  description: 'Recorded consent to share the safety plan with a named person.',
  data: z
    .strictObject({
      planId: ref,
      personName: text(NAME_MAX),
      relationship: oneOf(SHARE_RELATIONSHIPS),
      carerUserId: ref.optional(),
      consentGivenBy: oneOf(CONSENT_GIVERS),
      reason: optionalText(SHORT_TEXT_MAX),
      consentOn: pastOrTodayDate,
      withdrawnOn: pastOrTodayDate.optional(),
    })
    .superRefine((s, ctx) => {
      if (s.consentGivenBy === 'practitioner' && (s.reason ?? '').trim() === '') {
        ctx.addIssue({ code: 'custom', message: 'required', path: ['reason'] });
      }
      if (s.withdrawnOn !== undefined && s.withdrawnOn < s.consentOn) {
        ctx.addIssue({ code: 'custom', message: 'withdrawnBeforeConsent', path: ['withdrawnOn'] });
      }
    }),
});

export type SafetyPlanShareData = DataOf<typeof safetyPlanShareKind>;
export type SafetyPlanShareRecord = RecordOf<typeof safetyPlanShareKind>;
