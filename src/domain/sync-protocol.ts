/**
 * The sync protocol (DESIGN.md §5): one round trip, `POST /api/sync`, pushes the device's
 * outbox and pulls what changed since its checkpoint. Shared by the client engine
 * (src/sync) and the server (src/server/sync), so both validate the same shapes.
 *
 * Partitions: every record belongs to one partition, its case (caseId) or, for
 * organisation content, ORG_PARTITION. The server keeps a version counter per partition,
 * bumped under a row lock in the transaction that applies a change; a checkpoint is the
 * map partition -> last version the device has seen. A change committed late can never
 * slip behind a checkpoint, and there is no global sequence to contend on.
 */
import { z } from 'zod';
import { hlcSchema } from './hlc';
import { isoDateTimeSchema, type AnyRecord } from './record';

/** The partition of organisation content (option grids, directory, users, …). */
export const ORG_PARTITION = 'org';

/** At most this many mutations in one push; the engine sends the rest next round. */
export const MAX_MUTATIONS_PER_PUSH = 200;

/** At most this many records in one response; `more: true` says pull again. */
export const MAX_CHANGES_PER_PULL = 2000;

export const checkpointSchema = z.record(z.string().min(1).max(64), z.number().int().min(0));
export type Checkpoint = z.infer<typeof checkpointSchema>;

export const syncRequestSchema = z.strictObject({
  deviceId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, { message: 'invalidFormat' }),
  /**
   * Mutations are checked one by one on the server (mutationSchema), so one bad mutation
   * is rejected with its reason and never takes the others down with it.
   */
  mutations: z.array(z.unknown()).max(MAX_MUTATIONS_PER_PUSH, { message: 'tooMany' }),
  checkpoint: checkpointSchema,
});
export type SyncRequest = z.infer<typeof syncRequestSchema>;

/** Why the server refused a mutation: a message key (locales/<lang>/validation.json) and its details. */
export const rejectionSchema = z.object({
  id: z.string(),
  key: z.string(),
  path: z.array(z.union([z.string(), z.number()])),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type Rejection = z.infer<typeof rejectionSchema>;

export const syncResponseSchema = z.object({
  /** Mutation ids now safely applied (or applied before: a replay). Leave the outbox. */
  accepted: z.array(z.string()),
  /** Refused mutations with their reasons. Leave the outbox, and stay visible to the person. */
  rejected: z.array(rejectionSchema),
  /** Records changed since the checkpoint that this user may see, as this user may see them. */
  changes: z.array(z.record(z.string(), z.unknown())),
  /** Partitions (cases) this user can no longer see: remove them from the device. */
  removed: z.array(z.string()),
  checkpoint: checkpointSchema,
  /** More changes are waiting: pull again straight away. */
  more: z.boolean(),
  /** The server's clock, folded into the device's HLC (and its wall time, to spot a wrong device clock). */
  serverClock: hlcSchema,
  serverTime: isoDateTimeSchema,
});
export type SyncResponse = Omit<z.infer<typeof syncResponseSchema>, 'changes'> & {
  changes: AnyRecord[];
};

/** Message keys the sync and access layers add to the validation keys. */
export const SYNC_REJECTION_KEYS = [
  'forbidden', // the user may not write this kind, field or case
  'clockAhead', // the device clock is too far ahead (MAX_CLOCK_AHEAD_MS)
  'duplicateMutation', // same mutation id, different content
] as const;
