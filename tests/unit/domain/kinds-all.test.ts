/** Rules every kind shares: a valid example passes; unknown fields and missing required fields are refused. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  KINDS,
  KIND_NAMES,
  kindDefinition,
  recordSchema,
  validateRecord,
} from '../../../src/domain/registry';
import { CUSTOM_KEYS, KNOWN_KEYS } from '../../../src/domain/validation';
import { VALID, envelope, invalid, keysOf, problemsOf, recordOf } from './helpers';

describe.each(KIND_NAMES)('kind %s', (kind) => {
  it('accepts its valid example and returns it unchanged', () => {
    const record = recordOf(kind);
    expect(validateRecord(record)).toBe(record);
  });

  it('refuses an unknown extra field', () => {
    expect(invalid(kind, { favouriteColour: 'blue' })).toEqual(['favouriteColour:unknownField']);
  });

  it('refuses a record with each required field missing', () => {
    const shape = kindDefinition(kind)!.data.shape;
    for (const field of Object.keys(VALID[kind])) {
      if (z.safeParse(shape[field]!, undefined).success) continue; // optional
      const keys = invalid(kind, { [field]: undefined });
      // consentToRecord keeps its own key: "Confirm that … agreed to a record being kept".
      const expected = field === 'consentToRecord' ? 'consentRequired' : 'required';
      expect(keys, field).toContain(`${field}:${expected}`);
    }
  });

  it('refuses a record without its envelope', () => {
    const keys = keysOf(problemsOf(() => validateRecord({ kind, ...VALID[kind] })));
    expect(keys).toContain('id:required');
    expect(keys).toContain('clock:required');
  });
});

describe('registry', () => {
  it('lists every kind once, with stable kebab-case names', () => {
    expect(new Set(KIND_NAMES).size).toBe(KINDS.length);
    for (const name of KIND_NAMES) expect(name).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(KIND_NAMES).toHaveLength(26);
  });

  it('caches each record schema', () => {
    expect(recordSchema('goal')).toBe(recordSchema('goal'));
    expect(recordSchema('no-such-kind')).toBeUndefined();
    expect(kindDefinition('no-such-kind')).toBeUndefined();
  });

  it('refuses an unknown kind, a missing kind and a non-object', () => {
    expect(
      keysOf(problemsOf(() => validateRecord({ ...envelope('goal'), kind: 'diary' }))),
    ).toEqual(['kind:unknownKind']);
    expect(keysOf(problemsOf(() => validateRecord({ id: 'x' })))).toEqual(['kind:unknownKind']);
    expect(keysOf(problemsOf(() => validateRecord(null)))).toEqual([':wrongType']);
    expect(keysOf(problemsOf(() => validateRecord([])))).toEqual([':wrongType']);
  });

  it('refuses a caseId that does not fit the scope', () => {
    expect(keysOf(problemsOf(() => validateRecord({ ...recordOf('goal'), caseId: null })))).toEqual(
      ['caseId:caseScope'],
    );
    expect(
      keysOf(
        problemsOf(() =>
          validateRecord({ ...recordOf('organisation'), caseId: envelope('case').id }),
        ),
      ),
    ).toEqual(['caseId:caseScope']);
    // a case belongs to itself
    expect(
      keysOf(
        problemsOf(() => validateRecord({ ...recordOf('case'), caseId: envelope('goal').caseId })),
      ),
    ).toEqual(['caseId:caseScope']);
    // audit events may or may not be about a case
    expect(validateRecord({ ...recordOf('audit-event'), caseId: null }).caseId).toBeNull();
  });

  it('uses only message keys the locales know about', () => {
    // Every problem key a schema can produce must be in KNOWN_KEYS or CUSTOM_KEYS, which
    // the locale tests check against locales/*/validation.json.
    expect([...KNOWN_KEYS].filter((k) => CUSTOM_KEYS.includes(k))).toEqual([]);
  });
});
