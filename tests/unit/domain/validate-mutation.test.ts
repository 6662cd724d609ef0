import { describe, expect, it } from 'vitest';
import { applyMutation, SCHEMA_VERSION, type Mutation } from '../../../src/domain/mutation';
import { validateMutation } from '../../../src/domain/registry';
import type { AnyRecord } from '../../../src/domain/record';
import { uuidv7 } from '../../../src/domain/ids';
import { CASE_ID, VALID, keysOf, problemsOf } from './helpers';
import { RECORD_ID, clockAt, mutation } from './mutations';

const c0 = clockAt(0);
const createGoal = mutation({ op: 'create', hlc: c0, set: { ...VALID.goal } });
const goal = () => validateMutation(undefined, createGoal);

/** The problems of a refused write; checks that nothing came back. */
function refused(current: AnyRecord | undefined, m: Mutation): string[] {
  let returned: unknown = 'nothing';
  const keys = keysOf(
    problemsOf(() => {
      returned = validateMutation(current, m);
    }),
  );
  expect(returned).toBe('nothing');
  return keys;
}

describe('validateMutation accepts', () => {
  it('a valid creation, and returns the record it makes', () => {
    const r = goal();
    expect(r).toEqual(applyMutation(undefined, createGoal));
    expect(r).toMatchObject({
      id: RECORD_ID,
      kind: 'goal',
      caseId: CASE_ID,
      deleted: false,
      text: VALID.goal.text,
    });
  });

  it('an update, a deletion and an append-only creation', () => {
    const r = goal();
    const u = validateMutation(
      r,
      mutation({
        op: 'update',
        hlc: clockAt(1000),
        set: { status: 'paused' },
        base: { status: [c0] },
      }),
    );
    expect(u.status).toBe('paused');
    const d = validateMutation(
      u,
      mutation({ op: 'delete', hlc: clockAt(2000), base: { deleted: [c0] } }),
    );
    expect(d.deleted).toBe(true);
    const rating = validateMutation(
      undefined,
      mutation({
        op: 'create',
        kind: 'goal-rating',
        recordId: uuidv7(),
        hlc: clockAt(3000),
        set: { ...VALID['goal-rating'] },
      }),
    );
    expect(rating.kind).toBe('goal-rating');
  });

  it('organisation content with a null caseId, and a case whose caseId is its own id', () => {
    const org = mutation({
      op: 'create',
      kind: 'organisation',
      caseId: null,
      hlc: c0,
      set: { ...VALID.organisation },
    });
    expect(validateMutation(undefined, org).caseId).toBeNull();
    const id = uuidv7();
    const kase = mutation({
      op: 'create',
      kind: 'case',
      recordId: id,
      caseId: id,
      hlc: c0,
      set: { ...VALID.case },
    });
    expect(validateMutation(undefined, kase).caseId).toBe(id);
  });

  it('returns the values as written (validation never rewrites them)', () => {
    const m = mutation({ op: 'create', hlc: c0, set: { ...VALID.goal, text: '  Sleep better  ' } });
    expect(validateMutation(undefined, m).text).toBe('  Sleep better  ');
  });
});

describe('validateMutation refuses', () => {
  it('a malformed mutation', () => {
    expect(refused(undefined, { ...createGoal, hlc: 'yesterday' })).toEqual(['hlc:invalidClock']);
    expect(refused(undefined, { ...createGoal, op: 'upsert' } as unknown as Mutation)).toEqual([
      'op:notAnOption',
    ]);
    expect(refused(undefined, { ...createGoal, set: undefined } as unknown as Mutation)).toEqual([
      'set:required',
    ]);
  });

  it('a mutation from a newer schema version', () => {
    expect(refused(undefined, { ...createGoal, schemaVersion: SCHEMA_VERSION + 1 })).toEqual([
      'schemaVersion:unsupportedVersion',
    ]);
  });

  it('an unknown kind', () => {
    expect(refused(undefined, { ...createGoal, kind: 'diary' })).toEqual(['kind:unknownKind']);
  });

  it('an update or delete of an append-only kind', () => {
    const create = mutation({ op: 'create', kind: 'note', hlc: c0, set: { ...VALID.note } });
    const note = validateMutation(undefined, create);
    const edit = mutation({
      op: 'update',
      kind: 'note',
      hlc: clockAt(1000),
      set: { body: 'Changed' },
      base: { body: [c0] },
    });
    expect(refused(note, edit)).toEqual(['op:appendOnlyKind']);
    expect(refused(note, { ...edit, op: 'delete', set: {} })).toEqual(['op:appendOnlyKind']);
  });

  it('a creation of a record that exists', () => {
    expect(refused(goal(), { ...createGoal, id: uuidv7() })).toEqual(['recordId:alreadyExists']);
  });

  it('an update or delete of a record that does not exist', () => {
    const u = mutation({ op: 'update', hlc: clockAt(1000), set: { status: 'paused' } });
    expect(refused(undefined, u)).toEqual(['recordId:notFound']);
    expect(refused(undefined, { ...u, op: 'delete', set: {} })).toEqual(['recordId:notFound']);
  });

  it('a write that names another case than the record', () => {
    const u = mutation({
      op: 'update',
      hlc: clockAt(1000),
      set: { status: 'paused' },
      caseId: uuidv7(),
    });
    expect(refused(goal(), u)).toEqual(['caseId:caseMismatch']);
  });

  it('a write for another record or kind than the one given', () => {
    const u = mutation({ op: 'update', hlc: clockAt(1000), set: { status: 'paused' } });
    expect(refused(goal(), { ...u, recordId: uuidv7() })).toEqual(['recordId:recordMismatch']);
    expect(refused(goal(), { ...u, kind: 'session' })).toEqual(['kind:kindMismatch']);
  });

  it('a caseId that does not fit the scope', () => {
    expect(refused(undefined, { ...createGoal, caseId: null })).toEqual(['caseId:caseScope']);
    const org = mutation({
      op: 'create',
      kind: 'organisation',
      hlc: c0,
      set: { ...VALID.organisation },
    });
    expect(refused(undefined, org)).toEqual(['caseId:caseScope']);
    const event = mutation({
      op: 'create',
      kind: 'signposting-event',
      hlc: c0,
      set: { ...VALID['signposting-event'] },
    });
    expect(refused(undefined, event)).toEqual(['caseId:caseScope']);
    const kase = mutation({ op: 'create', kind: 'case', hlc: c0, set: { ...VALID.case } }); // caseId is not its own id
    expect(refused(undefined, kase)).toEqual(['caseId:caseScope']);
  });

  it('a write that sets envelope fields or the tombstone', () => {
    for (const field of ['id', 'caseId', 'kind', 'createdBy', 'clock', 'conflicts', 'deleted']) {
      const u = mutation({ op: 'update', hlc: clockAt(1000), set: { [field]: 'x' } });
      expect(refused(goal(), u), field).toEqual([`set.${field}:envelopeField`]);
    }
  });

  it('a write whose result breaks the schema, including cross-field rules', () => {
    const u = mutation({
      op: 'update',
      hlc: clockAt(1000),
      set: { status: 'ended' },
      base: { status: [c0] },
    });
    expect(refused(goal(), u)).toEqual(['endReason:required']);
    const bad = mutation({
      op: 'update',
      hlc: clockAt(1000),
      set: { baselineRating: 11, colour: 'red' },
    });
    expect(refused(goal(), bad).sort()).toEqual(['baselineRating:tooBig', 'colour:unknownField']);
    const incomplete = mutation({ op: 'create', hlc: c0, set: { text: 'Only words' } });
    expect(refused(undefined, incomplete)).toContain('theme:required');
  });
});
