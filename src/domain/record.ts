/**
 * The envelope every synced record carries (DESIGN.md §4), and the bookkeeping the
 * field-level merge needs. A record's own data fields sit beside these at the top level,
 * so a record reads naturally (`goal.text`, `goal.theme`) and Dexie can index them.
 */
import { z } from 'zod';
import { hlcSchema } from './hlc';
import { idSchema } from './ids';

export const isoDateTimeSchema = z.iso.datetime({ offset: true, message: 'invalidDateTime' });

/** Who wrote something: a user id, or a device id for anonymous records. */
export const actorIdSchema = z
  .string()
  .min(1, { message: 'required' })
  .max(100, { message: 'tooLong' });

/** A value that lost a concurrent write but is kept so nothing typed is lost. */
export const fieldVersionSchema = z.object({
  field: z.string(),
  value: z.unknown(),
  clock: hlcSchema,
  by: actorIdSchema,
});
export type FieldVersion = z.infer<typeof fieldVersionSchema>;

/** Envelope keys: everything else on a record is a data field, merged field by field. */
export const ENVELOPE_KEYS = [
  'id',
  'caseId',
  'kind',
  'createdAt',
  'createdBy',
  'updatedAt',
  'updatedBy',
  'clock',
  'writers',
  'conflicts',
  'superseded',
] as const;

export const envelopeShape = {
  id: idSchema,
  /** The case it belongs to; null for organisation content and anonymous records. */
  caseId: idSchema.nullable(),
  createdAt: isoDateTimeSchema,
  createdBy: actorIdSchema,
  updatedAt: isoDateTimeSchema,
  updatedBy: actorIdSchema,
  /** Per field: the HLC of the write that currently holds the field. */
  clock: z.record(z.string(), hlcSchema),
  /** Per field: who made that write. */
  writers: z.record(z.string(), actorIdSchema),
  /** Concurrent writes that lost to the current value, kept for the person to resolve. */
  conflicts: z.array(fieldVersionSchema),
  /** Per field: the clocks of writes that a later write has seen and replaced. */
  superseded: z.record(z.string(), z.array(hlcSchema)),
  /** Tombstone: records are never hard-deleted by sync. */
  deleted: z.boolean(),
};

export type Envelope = z.infer<z.ZodObject<typeof envelopeShape>>;

/** A record of any kind as the merge sees it: envelope plus data fields. */
export type AnyRecord = Envelope & { kind: string } & Record<string, unknown>;
