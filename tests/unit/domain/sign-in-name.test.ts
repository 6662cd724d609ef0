// Sign-in names of young people and carers (src/domain/account.ts): the readable part made
// from the name they chose, and any way of typing a name back to its one stored form.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  familySignInFormSchema,
  normaliseSignInName,
  PARSE_OPTIONS,
  problemsFrom,
  signInNamePart,
} from '../../../src/domain';

describe('signInNamePart', () => {
  it('takes the first word, lower case, folded to a–z, at most 12 letters', () => {
    expect(signInNamePart('Sam')).toBe('sam');
    expect(signInNamePart('  Siân Jones ')).toBe('sian');
    expect(signInNamePart('Zoë-Ann')).toBe('zoeann');
    expect(signInNamePart('Łukasz')).toBe('lukasz');
    expect(signInNamePart('Gwenllïan')).toBe('gwenllian');
    expect(signInNamePart('Maximilianusz')).toBe('maximilianus');
    expect(signInNamePart("O'Neil")).toBe('oneil');
  });

  it('falls back to "plan" when no letter a–z is left', () => {
    expect(signInNamePart('سام')).toBe('plan');
    expect(signInNamePart('🙂')).toBe('plan');
    expect(signInNamePart('2')).toBe('plan');
  });

  it('always gives a part the database accepts', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 100 }), (name) => {
        expect(signInNamePart(name)).toMatch(/^[a-z]{1,12}$/);
      }),
    );
  });
});

describe('normaliseSignInName', () => {
  it('accepts any case, spacing, dash or not, and Crockford look-alikes', () => {
    for (const typed of ['sam-7KQ2', 'SAM-7kq2', ' sam 7kq2 ', 'sam7KQ2', 'Sam - 7KQ2']) {
      expect(normaliseSignInName(typed)).toBe('sam-7KQ2');
    }
    expect(normaliseSignInName('jo-O1IL')).toBe('jo-0111');
    expect(normaliseSignInName('siân-abcd')).toBe('sian-ABCD');
  });

  it('refuses what cannot be a sign-in name', () => {
    for (const typed of ['', 'sam', 'sam-7KQ', 'sam-7KQ22', 'sam-7KU2', 'a@b.c-1234', '-1234']) {
      expect(normaliseSignInName(typed)).toBeNull();
    }
    expect(normaliseSignInName(`sam-${'1'.repeat(50)}`)).toBeNull();
  });

  it('is idempotent, and its output matches the database’s CHECK', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (typed) => {
        const once = normaliseSignInName(typed);
        if (once === null) return;
        expect(once).toMatch(/^[a-z]{1,12}-[0-9A-HJKMNP-TV-Z]{4}$/);
        expect(normaliseSignInName(once)).toBe(once);
      }),
    );
  });
});

describe('familySignInFormSchema', () => {
  it('gives message keys: required, and invalidSignInName for a wrong shape', () => {
    const keys = (value: unknown) => {
      const result = familySignInFormSchema.safeParse(value, PARSE_OPTIONS);
      return result.success ? [] : problemsFrom(result.error).map((p) => [p.path[0], p.key]);
    };
    expect(keys({ signInName: '', passphrase: '' })).toEqual([
      ['signInName', 'required'],
      ['passphrase', 'required'],
    ]);
    expect(keys({ signInName: 'sam@example.org', passphrase: 'x' })).toEqual([
      ['signInName', 'invalidSignInName'],
    ]);
    expect(keys({ signInName: 'SAM 7kq2', passphrase: 'x' })).toEqual([]);
  });
});
