import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataFields, mergeRecords, openConflicts, sameValue } from '../../../src/domain/merge';
import { applyMutation, CREATION_NOT_SEEN, type Mutation } from '../../../src/domain/mutation';
import type { AnyRecord } from '../../../src/domain/record';
import { formatHlc, type Hlc } from '../../../src/domain/hlc';
import { clockAt, mutation } from './mutations';

const applyAll = (ms: Mutation[], start?: AnyRecord) =>
  ms.reduce<AnyRecord | undefined>((r, m) => applyMutation(r, m), start)!;

const c0 = clockAt(0);
const create = mutation({
  op: 'create',
  hlc: c0,
  set: { text: 'Sleep better', status: 'active', order: 1 },
});

describe('mergeRecords', () => {
  it('lets a sequential edit (base = the previous clock) replace the value with no conflict', () => {
    const c1 = clockAt(1000, 'dev-b');
    const c2 = clockAt(2000, 'dev-a');
    const r = applyAll([
      create,
      mutation({ op: 'update', hlc: c1, set: { text: 'Sleep 8 hours' }, base: { text: [c0] } }),
      mutation({ op: 'update', hlc: c2, set: { text: 'Sleep 7 hours' }, base: { text: [c1] } }),
    ]);
    expect(r.text).toBe('Sleep 7 hours');
    expect(r.clock.text).toBe(c2);
    expect(r.conflicts).toEqual([]);
    expect(r.superseded.text).toEqual([c0, c1]);
    expect(r.updatedAt).toBe('2024-05-01T10:00:02.000Z');
  });

  it('keeps the losing value of concurrent edits to the same field as a conflict', () => {
    const mine = mutation({
      op: 'update',
      hlc: clockAt(1000, 'dev-a'),
      set: { text: 'Mine' },
      base: { text: [c0] },
      by: 'user-a',
    });
    const theirs = mutation({
      op: 'update',
      hlc: clockAt(500, 'dev-b'),
      set: { text: 'Theirs' },
      base: { text: [c0] },
      by: 'user-b',
    });
    const r = applyAll([create, mine, theirs]);
    expect(r.text).toBe('Mine'); // later clock holds the field
    expect(openConflicts(r)).toEqual([
      { field: 'text', value: 'Theirs', clock: clockAt(500, 'dev-b'), by: 'user-b' },
    ]);
    expect(openConflicts(r, 'status')).toEqual([]);
    // and the other order agrees
    expect(applyAll([create, theirs, mine])).toEqual(r);
  });

  it('does not count a concurrent edit to the same value as an open conflict', () => {
    const a = mutation({
      op: 'update',
      hlc: clockAt(1000, 'dev-a'),
      set: { text: 'Same' },
      base: { text: [c0] },
    });
    const b = mutation({
      op: 'update',
      hlc: clockAt(900, 'dev-b'),
      set: { text: 'Same' },
      base: { text: [c0] },
    });
    const r = applyAll([create, a, b]);
    expect(r.conflicts).toHaveLength(1);
    expect(openConflicts(r)).toEqual([]);
  });

  it('clears the conflict when a write names every version on the frontier in its base', () => {
    const a = mutation({
      op: 'update',
      hlc: clockAt(1000, 'dev-a'),
      set: { text: 'A' },
      base: { text: [c0] },
    });
    const b = mutation({
      op: 'update',
      hlc: clockAt(900, 'dev-b'),
      set: { text: 'B' },
      base: { text: [c0] },
    });
    const resolve = mutation({
      op: 'update',
      hlc: clockAt(3000, 'dev-c'),
      set: { text: 'A and B' },
      base: { text: [clockAt(1000, 'dev-a'), clockAt(900, 'dev-b')] },
    });
    const r = applyAll([create, a, b, resolve]);
    expect(r.text).toBe('A and B');
    expect(r.conflicts).toEqual([]);
    // a write that saw only the winner leaves the other version standing
    const partial = mutation({
      op: 'update',
      hlc: clockAt(3000, 'dev-c'),
      set: { text: 'C' },
      base: { text: [clockAt(1000, 'dev-a')] },
    });
    expect(openConflicts(applyAll([create, a, b, partial])).map((c) => c.value)).toEqual(['B']);
  });

  it('keeps a concurrent older write that the newer one had not seen', () => {
    // The newer write's base is the creation only, so it cannot replace B, which it never saw.
    const b = mutation({
      op: 'update',
      hlc: clockAt(900, 'dev-b'),
      set: { text: 'B' },
      base: { text: [c0] },
    });
    const late = mutation({
      op: 'update',
      hlc: clockAt(5000, 'dev-a'),
      set: { text: 'A' },
      base: { text: [c0] },
    });
    expect(openConflicts(applyAll([create, late, b])).map((c) => c.value)).toEqual(['B']);
  });

  it('keeps concurrent edits to different fields, both', () => {
    const a = mutation({
      op: 'update',
      hlc: clockAt(1000, 'dev-a'),
      set: { text: 'New words' },
      base: { text: [c0] },
    });
    const b = mutation({
      op: 'update',
      hlc: clockAt(900, 'dev-b'),
      set: { status: 'paused' },
      base: { status: [c0] },
    });
    const r = applyAll([create, b, a]);
    expect(r).toMatchObject({ text: 'New words', status: 'paused', order: 1 });
    expect(r.conflicts).toEqual([]);
    expect(applyAll([create, a, b])).toEqual(r);
  });

  it('marks a deleted record with a tombstone that keeps its fields', () => {
    const del = mutation({ op: 'delete', hlc: clockAt(2000), base: { deleted: [c0] } });
    const r = applyAll([create, del]);
    expect(r.deleted).toBe(true);
    expect(r.text).toBe('Sleep better');
    expect(r.conflicts).toEqual([]);
    expect(dataFields(r)).toContain('deleted');
    // a concurrent edit is not lost by the delete, and the record stays deleted
    const edit = mutation({
      op: 'update',
      hlc: clockAt(1000, 'dev-b'),
      set: { text: 'Edited' },
      base: { text: [c0] },
    });
    const both = applyAll([create, edit, del]);
    expect(both).toMatchObject({ deleted: true, text: 'Edited' });
    expect(applyAll([create, del, edit])).toEqual(both);
  });

  it('is idempotent: merging a replica with itself, or applying a write twice, changes nothing', () => {
    const a = mutation({
      op: 'update',
      hlc: clockAt(1000, 'dev-a'),
      set: { text: 'A' },
      base: { text: [c0] },
    });
    const b = mutation({
      op: 'update',
      hlc: clockAt(900, 'dev-b'),
      set: { text: 'B' },
      base: { text: [c0] },
    });
    const r = applyAll([create, a, b]);
    expect(mergeRecords(r, r)).toEqual(r);
    expect(applyMutation(r, a)).toEqual(r);
    expect(applyMutation(r, b)).toEqual(r);
  });

  it('builds a record from an update seen before its creation, and settles identity when the creation arrives', () => {
    const u = mutation({
      op: 'update',
      hlc: clockAt(1000, 'dev-b'),
      set: { text: 'Early' },
      base: { text: [c0] },
      by: 'someone',
    });
    const early = applyMutation(undefined, u);
    expect(early.createdAt).toBe(CREATION_NOT_SEEN);
    const r = applyMutation(early, create);
    expect(r.createdAt).toBe(create.at);
    expect(r.createdBy).toBe(create.by);
    expect(r).toEqual(applyAll([create, u]));
  });

  it('refuses to merge two different records', () => {
    const other = applyMutation(undefined, {
      ...create,
      recordId: '01900000-0000-7000-8000-000000000000',
    });
    expect(() => mergeRecords(applyMutation(undefined, create), other)).toThrow(
      /different records/,
    );
  });

  it('compares values structurally', () => {
    expect(sameValue({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 })).toBe(true);
    expect(sameValue({ a: 1 }, { a: 1, b: undefined })).toBe(true);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
  });
});

/**
 * Random histories of writes on one record: a creation, then updates and deletes from
 * three devices, each with a unique clock, writing random fields with random values, and
 * each naming as its base some clocks of earlier writes (what that device had seen).
 */
const FIELDS = ['text', 'status', 'order', 'carerText'] as const;
const NODES = ['dev-a', 'dev-b', 'dev-c'] as const;

const historyArb = fc
  .uniqueArray(
    fc.record({
      wall: fc.integer({ min: 0, max: 50 }),
      counter: fc.integer({ min: 0, max: 3 }),
      node: fc.constantFrom(...NODES),
    }),
    { minLength: 1, maxLength: 12, selector: (c) => `${c.wall}:${c.counter}:${c.node}` },
  )
  .chain((clocks) =>
    fc.tuple(
      ...clocks.map((c, i) =>
        fc.record({
          op:
            i === 0
              ? fc.constant<'create'>('create')
              : fc.constantFrom<'update' | 'delete'>('update', 'update', 'update', 'delete'),
          clock: fc.constant(
            formatHlc({ wall: Date.UTC(2024, 4, 1) + c.wall, counter: c.counter, node: c.node }),
          ),
          by: fc.constantFrom('user-a', 'user-b'),
          set: fc.dictionary(
            fc.constantFrom(...FIELDS),
            fc.oneof(fc.integer({ min: 0, max: 3 }), fc.constantFrom('x', 'y', '')),
            {
              minKeys: 0,
              maxKeys: 3,
            },
          ),
          baseIndexes: fc.subarray(
            Array.from({ length: i }, (_, j) => j),
            { maxLength: Math.min(3, i) },
          ),
          atOffset: fc.integer({ min: 0, max: 10_000 }),
        }),
      ),
    ),
  )
  .map((steps) => {
    const clocks = steps.map((s) => s.clock);
    return steps.map((s, i): Mutation => {
      const written = s.op === 'delete' ? ['deleted'] : Object.keys(s.set);
      const seen: Hlc[] = s.baseIndexes.map((j) => clocks[j]!);
      const base =
        seen.length === 0 || i === 0 ? {} : Object.fromEntries(written.map((f) => [f, seen]));
      return mutation({
        op: s.op,
        hlc: s.clock,
        by: s.by,
        set: s.op === 'delete' ? {} : s.set,
        base,
        deviceId: s.clock.split(':')[2]!,
        at: new Date(Date.UTC(2024, 4, 1) + s.atOffset).toISOString(),
      });
    });
  });

/** Fold a list of writes into a record (undefined for no writes). */
function replica(ms: Mutation[]): AnyRecord | undefined {
  return ms.length === 0 ? undefined : applyAll(ms);
}

describe('merge properties (fast-check)', () => {
  it('gives the same record whatever order the writes arrive in', () => {
    fc.assert(
      fc.property(
        historyArb.chain((ms) =>
          fc.tuple(fc.constant(ms), fc.shuffledSubarray(ms, { minLength: ms.length })),
        ),
        ([ms, shuffled]) => {
          expect(applyAll(shuffled)).toEqual(applyAll(ms));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('merging replicas built from any partition of the writes, in any grouping, equals applying them all', () => {
    fc.assert(
      fc.property(
        historyArb.chain((ms) =>
          fc.tuple(
            fc.constant(ms),
            fc.array(fc.integer({ min: 0, max: 3 }), {
              minLength: ms.length,
              maxLength: ms.length,
            }),
            fc.array(fc.nat(), { minLength: 3, maxLength: 3 }),
          ),
        ),
        ([ms, assignment, picks]) => {
          const parts = [0, 1, 2, 3]
            .map((p) => replica(ms.filter((_, i) => assignment[i] === p)))
            .filter((r): r is AnyRecord => r !== undefined);
          const all = applyAll(ms);
          // left fold, right fold, and a random pairing order
          expect(parts.reduce((a, b) => mergeRecords(a, b))).toEqual(all);
          expect(parts.reduceRight((a, b) => mergeRecords(b, a))).toEqual(all);
          const pool = [...parts];
          let k = 0;
          while (pool.length > 1) {
            const i = picks[k++ % picks.length]! % pool.length;
            const [x] = pool.splice(i, 1);
            const j = picks[k++ % picks.length]! % pool.length;
            pool[j] = mergeRecords(x!, pool[j]!);
          }
          expect(pool[0]).toEqual(all);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is commutative and idempotent on any two replicas', () => {
    fc.assert(
      fc.property(
        historyArb.chain((ms) =>
          fc.tuple(fc.subarray(ms, { minLength: 1 }), fc.subarray(ms, { minLength: 1 })),
        ),
        ([xs, ys]) => {
          const a = applyAll(xs);
          const b = applyAll(ys);
          expect(mergeRecords(a, b)).toEqual(mergeRecords(b, a));
          expect(mergeRecords(a, a)).toEqual(a);
          const ab = mergeRecords(a, b);
          expect(mergeRecords(ab, b)).toEqual(ab);
        },
      ),
      { numRuns: 300 },
    );
  });
});
