/**
 * A person with an account in the organisation: staff, young people and carers. Holds
 * what every device may know about them. Credentials (password hash, passphrase,
 * sessions, invite codes) are server-only and never a synced record.
 *
 * Design choices:
 * - Staff sign in with an email address, so admins and practitioners need one; young
 *   people and carers are invited by code and need not give one (data minimisation).
 * - A young person's or carer's account cannot also be a staff account: one account
 *   holding both would let a family member reach other families' cases.
 * - `active: false` switches an account off without losing who wrote what.
 */
import { z } from 'zod';
import { defineKind, type DataOf, type RecordOf } from '../kind';
import { NAME_MAX, allDifferent, emailAddress, oneOf, text } from './fields';

export const USER_ROLES = ['admin', 'practitioner', 'young-person', 'carer'] as const;
export type UserRole = (typeof USER_ROLES)[number];

const STAFF_ROLES: readonly UserRole[] = ['admin', 'practitioner'];
const FAMILY_ROLES: readonly UserRole[] = ['young-person', 'carer'];

export const userKind = defineKind({
  kind: 'user',
  family: 'editable',
  scope: 'organisation',
  description: 'An account: staff, young person or carer (no credentials).',
  data: z
    .strictObject({
      displayName: text(NAME_MAX),
      email: emailAddress.optional(),
      roles: z
        .array(oneOf(USER_ROLES))
        .min(1, { message: 'required' })
        .max(USER_ROLES.length, { message: 'tooMany' })
        .refine(allDifferent, { message: 'duplicateItem' }),
      active: z.boolean({ message: 'wrongType' }),
    })
    .superRefine((u, ctx) => {
      const staff = u.roles.some((r) => STAFF_ROLES.includes(r));
      const family = u.roles.some((r) => FAMILY_ROLES.includes(r));
      if (staff && family)
        ctx.addIssue({ code: 'custom', message: 'incompatibleRoles', path: ['roles'] });
      if (staff && u.email === undefined)
        ctx.addIssue({ code: 'custom', message: 'required', path: ['email'] });
    }),
});

export type UserData = DataOf<typeof userKind>;
export type UserRecord = RecordOf<typeof userKind>;
