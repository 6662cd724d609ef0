/**
 * A mutation is one local write, as it sits in the outbox and travels to the server
 * (DESIGN.md §4–§5). Applying it is merging a one-write record into the current one, so
 * the server and every device reach the same record whatever order writes arrive in.
 */
import { z } from 'zod';
import { hlcSchema, parseHlc, type Hlc } from './hlc';
import { idSchema } from './ids';
import { mergeRecords } from './merge';
import { actorIdSchema, isoDateTimeSchema, type AnyRecord } from './record';

/**
 * The version of the record schemas a mutation was written against. Raise it when a
 * kind's fields change, and add an upgrader to MUTATION_UPGRADERS so outboxes written by
 * an older app are migrated rather than refused (DESIGN.md §9).
 */
export const SCHEMA_VERSION = 1;

/** Marks a replica that has seen an update to a record but not yet its creation. */
export const CREATION_NOT_SEEN = '9999-12-31T23:59:59.999Z';

export const mutationOpSchema = z.enum(['create', 'update', 'delete']);

export const mutationSchema = z.object({
  /** Unique per mutation: replaying a push is harmless because of it. */
  id: idSchema,
  deviceId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, { message: 'invalidFormat' }),
  schemaVersion: z.number().int().min(1),
  recordId: idSchema,
  kind: z.string().min(1).max(64),
  caseId: idSchema.nullable(),
  op: mutationOpSchema,
  hlc: hlcSchema,
  by: actorIdSchema,
  /** The device's wall time when the person made the change (informational). */
  at: isoDateTimeSchema,
  /** Data fields written by this change. */
  set: z.record(z.string(), z.unknown()),
  /**
   * Optional fields this change clears. A cleared field is a write like any other (it has
   * a clock and can conflict); it travels as a name because JSON cannot carry `undefined`.
   */
  unset: z.array(z.string().min(1).max(64)).max(200).optional(),
  /** Per field, the clocks of the versions this write replaces (what the writer saw). */
  base: z.record(z.string(), z.array(hlcSchema)),
});
export type Mutation = z.infer<typeof mutationSchema>;

type Upgrader = (m: Mutation) => Mutation;

/** schemaVersion N -> N+1. Empty while only version 1 exists. */
export const MUTATION_UPGRADERS: Record<number, Upgrader> = {};

export function upgradeMutation(m: Mutation): Mutation {
  let current = m;
  while (current.schemaVersion < SCHEMA_VERSION) {
    const up = MUTATION_UPGRADERS[current.schemaVersion];
    if (!up) throw new Error(`No upgrade from schema version ${current.schemaVersion}`);
    current = up(current);
  }
  return current;
}

/** The record that holds exactly this one write. */
export function recordFromMutation(m: Mutation): AnyRecord {
  const record: AnyRecord = {
    id: m.recordId,
    caseId: m.caseId,
    kind: m.kind,
    createdAt: m.op === 'create' ? m.at : CREATION_NOT_SEEN,
    createdBy: m.by,
    updatedAt: new Date(parseHlc(m.hlc).wall).toISOString(),
    updatedBy: m.by,
    clock: {},
    writers: {},
    conflicts: [],
    superseded: {},
    deleted: false,
  };
  const fields =
    m.op === 'delete'
      ? { deleted: true }
      : m.op === 'create'
        ? { deleted: false, ...m.set }
        : m.set;
  for (const [field, value] of Object.entries(fields)) {
    record[field] = value;
    record.clock[field] = m.hlc;
    record.writers[field] = m.by;
  }
  if (m.op === 'update') {
    for (const field of m.unset ?? []) {
      if (Object.hasOwn(m.set, field)) continue; // a field both set and cleared keeps the value
      record[field] = undefined;
      record.clock[field] = m.hlc;
      record.writers[field] = m.by;
    }
  }
  for (const [field, clocks] of Object.entries(m.base)) {
    const others = clocks.filter((c: Hlc) => c !== m.hlc);
    if (others.length > 0) record.superseded[field] = [...new Set(others)].sort();
  }
  return record;
}

export function applyMutation<T extends AnyRecord>(current: T | undefined, m: Mutation): T {
  const incoming = recordFromMutation(m) as T;
  return current ? mergeRecords(current, incoming) : mergeRecords(incoming, incoming);
}
