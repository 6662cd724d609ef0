/**
 * What one carer may see of the young person's plan. The young person chooses where they
 * are competent to (DESIGN.md §1); the server enforces it when deciding what reaches the
 * carer's phone (DESIGN.md §5, Scope).
 *
 * Design choices:
 * - One record per carer per case, with a yes/no per section; every section starts
 *   hidden (the feature creates it with all false) so nothing is shared by default.
 * - When a practitioner decides instead of the young person (e.g. the young person is not
 *   competent to decide, or for safeguarding), the reason must be written down.
 */
import { z } from 'zod';
import { defineKind, type DataOf, type RecordOf } from '../kind';
import { SHORT_TEXT_MAX, oneOf, optionalText, ref } from './fields';

export const SHARING_DECIDERS = ['young-person', 'practitioner'] as const;

const shared = z.boolean({ message: 'wrongType' });

export const sharingSettingsKind = defineKind({
  kind: 'sharing-settings',
  family: 'editable',
  scope: 'case',
  description: 'Which sections of the plan one carer may see, and who decided.',
  data: z
    .strictObject({
      carerUserId: ref,
      sections: z.strictObject({
        goals: shared,
        safetyPlan: shared,
        decisions: shared,
        notes: shared,
      }),
      decidedBy: oneOf(SHARING_DECIDERS),
      reason: optionalText(SHORT_TEXT_MAX),
    })
    .refine((s) => s.decidedBy !== 'practitioner' || (s.reason ?? '').trim() !== '', {
      message: 'required',
      path: ['reason'],
    }),
});

export type SharingSettingsData = DataOf<typeof sharingSettingsKind>;
export type SharingSettingsRecord = RecordOf<typeof sharingSettingsKind>;
