/**
 * The invitation form: who is invited, and for a carer how they are related (the server
 * requires it, so the care team can tell carers apart when setting what they may see).
 */
import { z } from 'zod';
import { NAME_MAX, optionalText } from '../../domain';

export const inviteFormSchema = z
  .strictObject({
    role: z.enum(['young-person', 'carer'], { message: 'notAnOption' }),
    displayName: optionalText(NAME_MAX),
    relationship: optionalText(NAME_MAX),
  })
  .refine((f) => f.role !== 'carer' || (f.relationship ?? '').trim() !== '', {
    message: 'required',
    path: ['relationship'],
  });

export interface InviteFormValues {
  role: 'young-person' | 'carer' | '';
  displayName: string;
  relationship: string;
}

export const INVITE_FIELDS = ['role', 'displayName', 'relationship'] as const;
