/**
 * Request bodies and parameters of the invitation routes. Strict, like the auth routes':
 * an unknown field is refused. Messages are keys the screens translate.
 */
import { z } from 'zod';
import { PASSPHRASE_MIN, PASSWORD_MAX } from '../auth/passwords';
import { DEVICE_LABEL_MAX } from '../auth/sessions';

const text = (max: number) => z.string().trim().min(1).max(max);

export const createInvitationBody = z
  .strictObject({
    role: z.enum(['young-person', 'carer']),
    relationship: text(100).optional(),
    displayName: text(100).optional(),
  })
  .refine((body) => body.role !== 'carer' || body.relationship !== undefined, {
    message: 'required',
    path: ['relationship'],
  });

export const redeemBody = z.strictObject({
  /** As typed; its form is checked when it is looked up (codes.ts). */
  code: z.string().min(1).max(64),
  displayName: text(100),
  /** Not trimmed or restricted: any character (auth/passwords.ts). */
  passphrase: z.string().min(PASSPHRASE_MIN).max(PASSWORD_MAX),
  deviceLabel: z.string().max(DEVICE_LABEL_MAX).optional(),
});

/** Case ids are record ids; anything else cannot name a case (answered as forbidden). */
export const caseParam = z.object({ caseId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/) });

export const invitationParam = z.strictObject({
  caseId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  id: z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/),
});
