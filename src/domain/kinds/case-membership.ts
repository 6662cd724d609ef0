/**
 * Who takes part in a case, and how. The server decides access from these records (which
 * cases a device receives, what each role may write); a young person's and carer's view
 * of their plan starts from here.
 *
 * Design choices:
 * - One record per person per case; ending someone's involvement sets `active: false`
 *   rather than deleting, so the record of who had access stays.
 * - A carer's relationship ("Mum", "Foster carer") is required: the young person and
 *   practitioner need to know who a sharing choice is about.
 */
import { z } from 'zod';
import { defineKind, type DataOf, type RecordOf } from '../kind';
import { NAME_MAX, oneOf, optionalText, ref } from './fields';

export const CASE_ROLES = ['practitioner', 'lead-practitioner', 'young-person', 'carer'] as const;
export type CaseRole = (typeof CASE_ROLES)[number];

export const caseMembershipKind = defineKind({
  kind: 'case-membership',
  family: 'editable',
  scope: 'case',
  description: "A person's role on one case; the basis of access control.",
  data: z
    .strictObject({
      userId: ref,
      role: oneOf(CASE_ROLES),
      relationship: optionalText(NAME_MAX),
      active: z.boolean({ message: 'wrongType' }),
    })
    .refine((m) => m.role !== 'carer' || (m.relationship ?? '').trim() !== '', {
      message: 'required',
      path: ['relationship'],
    }),
});

export type CaseMembershipData = DataOf<typeof caseMembershipKind>;
export type CaseMembershipRecord = RecordOf<typeof caseMembershipKind>;
