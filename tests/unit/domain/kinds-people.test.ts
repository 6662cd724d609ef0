/** organisation, user, case, case-membership. */
import { describe, expect, it } from 'vitest';
import { validateRecord } from '../../../src/domain/registry';
import { latestToday } from '../../../src/domain/kinds/fields';
import { invalid, recordOf } from './helpers';

const long = (n: number) => 'x'.repeat(n);

describe('organisation', () => {
  it('accepts no ODS code', () => {
    expect(() => validateRecord(recordOf('organisation', { odsCode: undefined }))).not.toThrow();
  });
  it('refuses a long name, a lower-case code and an unshipped language', () => {
    expect(invalid('organisation', { name: long(101) })).toEqual(['name:tooLong']);
    expect(invalid('organisation', { name: '   ' })).toEqual(['name:required']);
    expect(invalid('organisation', { odsCode: 'rx4' })).toEqual(['odsCode:invalidFormat']);
    expect(invalid('organisation', { defaultLanguage: 'fr' })).toEqual([
      'defaultLanguage:notAnOption',
    ]);
  });
  it('keeps the weeks before an unrated goal is flagged between 1 and 26, whole', () => {
    expect(() => validateRecord(recordOf('organisation', { goalNotRatedWeeks: 26 }))).not.toThrow();
    expect(invalid('organisation', { goalNotRatedWeeks: 0 })).toEqual([
      'goalNotRatedWeeks:tooSmall',
    ]);
    expect(invalid('organisation', { goalNotRatedWeeks: 27 })).toEqual([
      'goalNotRatedWeeks:tooBig',
    ]);
    expect(invalid('organisation', { goalNotRatedWeeks: 2.5 })).toHaveLength(1);
  });
});

describe('user', () => {
  it('lets a young person have no email', () => {
    expect(() =>
      validateRecord(recordOf('user', { roles: ['young-person'], email: undefined })),
    ).not.toThrow();
  });
  it('needs an email for staff', () => {
    expect(invalid('user', { email: undefined })).toEqual(['email:required']);
    expect(invalid('user', { roles: ['admin'], email: undefined })).toEqual(['email:required']);
  });
  it('refuses a bad email, no roles, unknown or repeated roles, and staff+family roles', () => {
    expect(invalid('user', { email: 'not-an-email' })).toEqual(['email:invalidEmail']);
    expect(invalid('user', { roles: [] })).toEqual(['roles:required']);
    expect(invalid('user', { roles: ['doctor'] })).toEqual(['roles.0:notAnOption']);
    expect(invalid('user', { roles: ['practitioner', 'practitioner'] })).toEqual([
      'roles:duplicateItem',
    ]);
    expect(invalid('user', { roles: ['practitioner', 'carer'] })).toEqual([
      'roles:incompatibleRoles',
    ]);
  });
  it('refuses a password hash: credentials are server-only', () => {
    expect(invalid('user', { passwordHash: '$argon2id$...' })).toEqual([
      'passwordHash:unknownField',
    ]);
  });
  it('needs active to be a boolean', () => {
    expect(invalid('user', { active: 'yes' })).toEqual(['active:wrongType']);
  });
});

describe('case', () => {
  it('needs an age band or a date of birth (the data refinement applies to the record)', () => {
    expect(invalid('case', { ageBand: undefined })).toEqual(['ageBand:ageOrDateOfBirthRequired']);
    expect(() =>
      validateRecord(recordOf('case', { ageBand: undefined, dateOfBirth: '2010-02-03' })),
    ).not.toThrow();
  });
  it('refuses a date of birth in the future, an impossible date and no consent', () => {
    expect(invalid('case', { dateOfBirth: '2999-01-01' })).toEqual(['dateOfBirth:dateInFuture']);
    expect(invalid('case', { dateOfBirth: '2010-02-30' })).toEqual(['dateOfBirth:invalidDate']);
    expect(invalid('case', { consentToRecord: false })).toEqual([
      'consentToRecord:consentRequired',
    ]);
  });
  it('accepts a date of birth that is already today somewhere (no UTC midnight trap)', () => {
    expect(() => validateRecord(recordOf('case', { dateOfBirth: latestToday() }))).not.toThrow();
  });
  it('reports nested problems with their path', () => {
    expect(invalid('case', { involved: [{ name: 'Jo', relationship: long(101) }] })).toEqual([
      'involved.0.relationship:tooLong',
    ]);
  });
});

describe('case-membership', () => {
  it('needs a relationship for a carer only', () => {
    expect(invalid('case-membership', { relationship: undefined })).toEqual([
      'relationship:required',
    ]);
    expect(invalid('case-membership', { relationship: '  ' })).toEqual(['relationship:required']);
    expect(() =>
      validateRecord(
        recordOf('case-membership', { role: 'lead-practitioner', relationship: undefined }),
      ),
    ).not.toThrow();
  });
  it('refuses an unknown role and a bad user id', () => {
    expect(invalid('case-membership', { role: 'admin' })).toEqual(['role:notAnOption']);
    expect(invalid('case-membership', { userId: 'user-1' })).toEqual(['userId:invalidId']);
  });
});
