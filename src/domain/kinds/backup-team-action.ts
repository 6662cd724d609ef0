/**
 * What one member of the backup team has agreed to do, and when (THRIVE Getting Risk
 * Support: "lists the actions everyone, including the backup team, has agreed to take").
 * One record per action, so actions added on different devices all survive.
 *
 * Design choices:
 * - `who` names the person or team ("Duty social worker"); `role` is their role or
 *   agency, since the backup team crosses agencies (school, social care, health).
 * - `appliesWhen` says when the action applies ("If Sam does not come home by 10 p.m.").
 */
import { z } from 'zod';
import { defineKind, type DataOf, type RecordOf } from '../kind';
import { NAME_MAX, SHORT_TEXT_MAX, listOrder, phoneNumber, ref, text } from './fields';

export const backupTeamActionKind = defineKind({
  kind: 'backup-team-action',
  family: 'editable',
  scope: 'case',
  description: 'An action a member of the backup team has agreed to take, and when.',
  data: z.strictObject({
    planId: ref,
    who: text(NAME_MAX),
    role: text(NAME_MAX),
    action: text(SHORT_TEXT_MAX),
    appliesWhen: text(SHORT_TEXT_MAX),
    phone: phoneNumber.optional(),
    order: listOrder,
  }),
});

export type BackupTeamActionData = DataOf<typeof backupTeamActionKind>;
export type BackupTeamActionRecord = RecordOf<typeof backupTeamActionKind>;
