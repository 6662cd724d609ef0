/**
 * Vocabulary that several record kinds share: THRIVE's needs-based groupings and the
 * people who take part in shared decisions. Stable kebab-case ids; the words people see
 * are in locales/.
 */
import { z } from 'zod';
import { NAME_MAX, oneOf, optionalText, ref } from './fields';

/** THRIVE's five needs-based groupings (domain/THRIVE.md §1), in the framework's order. */
export const GROUPINGS = [
  'thriving',
  'getting-advice',
  'getting-help',
  'getting-more-help',
  'getting-risk-support',
] as const;
export type Grouping = (typeof GROUPINGS)[number];
export const groupingSchema = oneOf(GROUPINGS);

/** Who can take part in a session or a shared decision. */
export const PARTICIPANT_ROLES = [
  'young-person',
  'carer',
  'practitioner',
  'other-professional',
] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

/**
 * Someone who took part. `userId` when they have an account; a name otherwise (a teacher,
 * a grandparent); neither when the role says enough ("the young person").
 */
export const participantSchema = z.strictObject({
  role: oneOf(PARTICIPANT_ROLES),
  name: optionalText(NAME_MAX),
  userId: ref.optional(),
});
export type Participant = z.infer<typeof participantSchema>;

/** Who wrote or rated something on the young person's plan. */
export const CONTRIBUTOR_ROLES = ['young-person', 'carer', 'practitioner'] as const;
export type ContributorRole = (typeof CONTRIBUTOR_ROLES)[number];
export const contributorRoleSchema = oneOf(CONTRIBUTOR_ROLES);
