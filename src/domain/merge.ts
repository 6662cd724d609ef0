/**
 * Field-level merge (DESIGN.md §4). Each field of an editable record is a small set CRDT:
 *
 * - every write to a field carries its HLC and `base`, the clocks of the versions the
 *   writer saw and meant to replace;
 * - a version is *superseded* once any known write names it in its base;
 * - the versions not superseded form the field's frontier; the one with the largest clock
 *   holds the field, the others are kept as conflicts for a person to resolve.
 *
 * Merging is a union of versions and of superseded clocks followed by a filter, so it is
 * commutative, associative and idempotent: any order of the same writes gives the same
 * record (tested with fast-check). A concurrent write is never dropped just because its
 * clock is older; only a write that has actually seen it can replace it.
 */
import { compareHlc, hlcToIso, type Hlc } from './hlc';
import { ENVELOPE_KEYS, type AnyRecord, type FieldVersion } from './record';

/** One write to one field. */
export interface FieldWrite {
  value: unknown;
  clock: Hlc;
  by: string;
}

interface FieldState {
  versions: FieldWrite[]; // the frontier: winner first
  superseded: Set<Hlc>;
}

const envelopeKeys = new Set<string>(ENVELOPE_KEYS);

/** The data fields of a record (what the merge works on), including `deleted`. */
export function dataFields(record: AnyRecord): string[] {
  return Object.keys(record.clock).filter((f) => !envelopeKeys.has(f));
}

function fieldStates(record: AnyRecord): Map<string, FieldState> {
  const states = new Map<string, FieldState>();
  for (const field of Object.keys(record.clock)) {
    if (envelopeKeys.has(field)) continue;
    states.set(field, {
      versions: [
        {
          value: record[field],
          clock: record.clock[field]!,
          by: record.writers[field] ?? record.updatedBy,
        },
      ],
      superseded: new Set(record.superseded[field] ?? []),
    });
  }
  for (const c of record.conflicts) {
    const state = states.get(c.field);
    if (state) state.versions.push({ value: c.value, clock: c.clock, by: c.by });
    else
      states.set(c.field, {
        versions: [{ value: c.value, clock: c.clock, by: c.by }],
        superseded: new Set(),
      });
  }
  for (const [field, clocks] of Object.entries(record.superseded)) {
    if (!states.has(field)) states.set(field, { versions: [], superseded: new Set(clocks) });
  }
  return states;
}

function mergeFieldState(a: FieldState | undefined, b: FieldState | undefined): FieldState {
  const superseded = new Set<Hlc>([...(a?.superseded ?? []), ...(b?.superseded ?? [])]);
  const byClock = new Map<Hlc, FieldWrite>();
  for (const v of [...(a?.versions ?? []), ...(b?.versions ?? [])]) byClock.set(v.clock, v);
  const versions = [...byClock.values()]
    .filter((v) => !superseded.has(v.clock))
    .sort((x, y) => compareHlc(y.clock, x.clock));
  return { versions, superseded };
}

function sortedStrings(values: Iterable<string>): string[] {
  return [...values].sort();
}

/**
 * Build a record from merged field states. Envelope fields that are not merged per field
 * (id, kind, caseId, createdAt, createdBy) come from `identity`; updatedAt/updatedBy are
 * derived from the latest write so they too are independent of merge order.
 */
function buildRecord(identity: AnyRecord, states: Map<string, FieldState>): AnyRecord {
  const record: AnyRecord = {
    id: identity.id,
    caseId: identity.caseId,
    kind: identity.kind,
    createdAt: identity.createdAt,
    createdBy: identity.createdBy,
    updatedAt: identity.updatedAt,
    updatedBy: identity.updatedBy,
    clock: {},
    writers: {},
    conflicts: [],
    superseded: {},
    deleted: false,
  };
  let latest: FieldWrite | undefined;
  for (const field of sortedStrings(states.keys())) {
    const state = states.get(field)!;
    if (state.superseded.size > 0) record.superseded[field] = sortedStrings(state.superseded);
    const [winner, ...losers] = state.versions;
    if (!winner) continue;
    record[field] = winner.value;
    record.clock[field] = winner.clock;
    record.writers[field] = winner.by;
    for (const l of losers)
      record.conflicts.push({ field, value: l.value, clock: l.clock, by: l.by });
    if (!latest || compareHlc(winner.clock, latest.clock) > 0) latest = winner;
  }
  if (latest) {
    record.updatedAt = hlcToIso(latest.clock);
    record.updatedBy = latest.by;
  }
  record.conflicts.sort((x, y) =>
    x.field === y.field ? compareHlc(y.clock, x.clock) : x.field < y.field ? -1 : 1,
  );
  return record;
}

/** The identity fields both replicas must agree on; the earlier creation wins a disagreement. */
function pickIdentity(a: AnyRecord, b: AnyRecord): AnyRecord {
  if (a.id !== b.id) throw new Error(`Cannot merge different records ${a.id} and ${b.id}`);
  if (a.kind !== b.kind) throw new Error(`Record ${a.id} has two kinds: ${a.kind} and ${b.kind}`);
  // createdAt may be a placeholder on a replica that saw an update before the creation;
  // a deterministic rule keeps the merge order-independent. updatedAt/updatedBy break
  // ties: they survive into the result when no field has a value (writes that set
  // nothing), and must then not depend on the order of the arguments. JSON keeps the key
  // unambiguous whatever characters the values hold.
  const key = (r: AnyRecord) =>
    JSON.stringify([r.createdAt, r.createdBy, r.caseId, r.updatedAt, r.updatedBy]);
  return key(a) <= key(b) ? a : b;
}

/** Merge two replicas of the same record. */
export function mergeRecords<T extends AnyRecord>(a: T, b: T): T {
  const sa = fieldStates(a);
  const sb = fieldStates(b);
  const merged = new Map<string, FieldState>();
  for (const field of new Set([...sa.keys(), ...sb.keys()])) {
    merged.set(field, mergeFieldState(sa.get(field), sb.get(field)));
  }
  return buildRecord(pickIdentity(a, b), merged) as T;
}

/** The conflicts on a field whose value really differs from the value that holds it. */
export function openConflicts(record: AnyRecord, field?: string): FieldVersion[] {
  return record.conflicts.filter(
    (c) => (field === undefined || c.field === field) && !sameValue(c.value, record[c.field]),
  );
}

/** Structural equality for JSON-like values (order of object keys ignored). */
export function sameValue(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}
