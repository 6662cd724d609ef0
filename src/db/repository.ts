/**
 * Every local write goes through here (DESIGN.md §4): in ONE Dexie transaction it
 * validates the change against the domain schema, writes the record and appends the
 * mutation to the outbox. If anything fails, neither the record nor the outbox entry is
 * written. Validation is synchronous (zod), so nothing foreign is awaited inside the
 * transaction (DESIGN.md §9, "Transactions end at the first foreign await").
 */
import {
  SCHEMA_VERSION,
  ValidationError,
  isAppendOnly,
  uuidv7,
  validateMutation,
  type AnyRecord,
  type Mutation,
} from '../domain';
import type { OurPlanDatabase } from './database';
import { isStoredKind } from './database';
import { ensureDeviceId, nextClock } from './device';
import { StorageError, reportStorageProblem, toStorageError } from './storage-errors';
import type { StoredKind } from './tables';

/** Who is writing: the signed-in person, or this device before anyone signs in. */
export type ActorSource = (deviceId: string) => string;

/** Field clocks the person saw when they started editing, to detect concurrent edits. */
export type SeenClocks = Record<string, string[]>;

export class RecordRepository {
  private deviceId?: Promise<string>;
  /** Once known, read without awaiting: inside together() only IndexedDB may be awaited. */
  private knownDeviceId?: string;

  constructor(
    readonly db: OurPlanDatabase,
    private readonly actor: ActorSource,
    private readonly wallClock: () => number = Date.now,
  ) {}

  device(): Promise<string> {
    this.deviceId ??= ensureDeviceId(this.db).then((id) => (this.knownDeviceId = id));
    return this.deviceId;
  }

  /** Create an editable record, or add an append-only one. Returns the stored record. */
  create(
    kind: StoredKind,
    caseId: string | null,
    data: Record<string, unknown>,
  ): Promise<AnyRecord> {
    return this.write({
      kind,
      recordId: uuidv7(this.wallClock()),
      caseId,
      op: 'create',
      set: data,
    });
  }

  /** Open a new case. A case belongs to itself: its caseId is its own id. */
  createCase(data: Record<string, unknown>): Promise<AnyRecord> {
    const id = uuidv7(this.wallClock());
    return this.write({ kind: 'case', recordId: id, caseId: id, op: 'create', set: data });
  }

  /**
   * Change some fields of an editable record. `seen` says which version of each field the
   * person was looking at; without it, the version now stored is taken as seen.
   */
  async update(
    kind: StoredKind,
    id: string,
    changes: Record<string, unknown>,
    seen?: SeenClocks,
  ): Promise<AnyRecord> {
    this.refuseAppendOnly(kind);
    return this.write({ kind, recordId: id, op: 'update', set: changes, seen });
  }

  /** Mark a record deleted (a tombstone that syncs). */
  remove(kind: StoredKind, id: string): Promise<AnyRecord> {
    this.refuseAppendOnly(kind);
    return this.write({ kind, recordId: id, op: 'delete', set: {} });
  }

  /**
   * Settle a conflict on a field: the chosen (or combined) value replaces the current value
   * and every kept version, so the conflict is gone on every device after sync.
   */
  resolveConflict(kind: StoredKind, id: string, field: string, value: unknown): Promise<AnyRecord> {
    return this.write({
      kind,
      recordId: id,
      op: 'update',
      set: { [field]: value },
      resolveAll: true,
    });
  }

  /**
   * Several writes that stand or fall together: `writes` runs inside one transaction over
   * the tables of `kinds` (and the outbox), so if any write fails (a schema problem, full
   * storage, a crash) none of the records nor their outbox entries are kept. Each write
   * inside is the usual create/update, as a nested transaction of this one. For records
   * that only make sense together, such as a grouping decision and its history entry.
   */
  async together<T>(kinds: readonly StoredKind[], writes: () => Promise<T>): Promise<T> {
    // The device id is read before the transaction: inside, only IndexedDB work may be awaited.
    await this.device();
    const tables = [...new Set(kinds)].map((kind) => this.db.recordTable(kind));
    try {
      return await this.db.transaction('rw', [...tables, this.db.outbox, this.db.meta], writes);
    } catch (error) {
      if (error instanceof ValidationError || error instanceof StorageError) throw error;
      const storageError = toStorageError(error);
      reportStorageProblem(storageError);
      throw storageError;
    }
  }

  get(kind: StoredKind, id: string): Promise<AnyRecord | undefined> {
    return this.db.recordTable(kind).get(id);
  }

  private refuseAppendOnly(kind: string): void {
    if (isAppendOnly(kind)) {
      throw new ValidationError([{ path: [], key: 'appendOnlyKind', params: {} }], kind);
    }
  }

  private async write(req: {
    kind: StoredKind;
    recordId: string;
    caseId?: string | null;
    op: Mutation['op'];
    set: Record<string, unknown>;
    seen?: SeenClocks;
    resolveAll?: boolean;
  }): Promise<AnyRecord> {
    if (!isStoredKind(req.kind)) {
      throw new ValidationError([{ path: ['kind'], key: 'unknownKind', params: {} }]);
    }
    const deviceId = this.knownDeviceId ?? (await this.device());
    const by = this.actor(deviceId);
    const table = this.db.recordTable(req.kind);
    try {
      return await this.db.transaction('rw', [table, this.db.outbox, this.db.meta], async () => {
        const current = req.op === 'create' ? undefined : await table.get(req.recordId);
        const hlc = await nextClock(this.db, deviceId, this.wallClock);
        const mutation: Mutation = {
          id: uuidv7(this.wallClock()),
          deviceId,
          schemaVersion: SCHEMA_VERSION,
          recordId: req.recordId,
          kind: req.kind,
          caseId: req.caseId !== undefined ? req.caseId : (current?.caseId ?? null),
          op: req.op,
          hlc,
          by,
          at: new Date(this.wallClock()).toISOString(),
          ...splitCleared(req.set),
          base: baseFor(
            current,
            Object.keys(req.op === 'delete' ? { deleted: true } : req.set),
            req.seen,
            req.resolveAll,
          ),
        };
        // Throws ValidationError (so the transaction aborts) when the result breaks the schema.
        const record = validateMutation(current, mutation);
        await table.put(record);
        await this.db.outbox.add({
          id: mutation.id,
          recordId: mutation.recordId,
          caseId: mutation.caseId,
          mutation,
          queuedAt: mutation.at,
        });
        return record;
      });
    } catch (error) {
      if (error instanceof ValidationError) throw error;
      const storageError = toStorageError(error);
      reportStorageProblem(storageError);
      throw storageError;
    }
  }
}

/**
 * `{ pronouns: undefined }` means "clear pronouns". JSON drops undefined values, so cleared
 * fields travel by name in `unset`.
 */
function splitCleared(changes: Record<string, unknown>): Pick<Mutation, 'set' | 'unset'> {
  const set: Record<string, unknown> = {};
  const unset: string[] = [];
  for (const [field, value] of Object.entries(changes)) {
    if (value === undefined) unset.push(field);
    else set[field] = value;
  }
  return unset.length > 0 ? { set, unset } : { set };
}

/** For each written field, the clocks of the versions this write replaces. */
function baseFor(
  current: AnyRecord | undefined,
  fields: string[],
  seen?: SeenClocks,
  resolveAll?: boolean,
): Record<string, string[]> {
  const base: Record<string, string[]> = {};
  if (!current) return base;
  for (const field of fields) {
    if (seen?.[field]) {
      base[field] = seen[field];
      continue;
    }
    const clocks: string[] = [];
    const winner = current.clock[field];
    if (winner) clocks.push(winner);
    if (resolveAll)
      clocks.push(...current.conflicts.filter((c) => c.field === field).map((c) => c.clock));
    if (clocks.length > 0) base[field] = clocks;
  }
  return base;
}
