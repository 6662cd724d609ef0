/** note, directory-resource, signposting-event, audit-event. */
import { describe, expect, it } from 'vitest';
import { auditHashInput } from '../../../src/domain/kinds/audit-event';
import { validateRecord } from '../../../src/domain/registry';
import { CASE_ID, HEX_A, envelope, invalid, keysOf, problemsOf, recordOf } from './helpers';

describe('note', () => {
  it('refuses an empty body, a long one, and unknown audiences or purposes', () => {
    expect(invalid('note', { body: '' })).toEqual(['body:required']);
    expect(invalid('note', { body: 'x'.repeat(5001) })).toEqual(['body:tooLong']);
    expect(invalid('note', { audience: 'everyone' })).toEqual(['audience:notAnOption']);
    expect(invalid('note', { purpose: 'gossip' })).toEqual(['purpose:notAnOption']);
  });
  it('accepts a note that supersedes another', () => {
    expect(() =>
      validateRecord(recordOf('note', { supersedesNoteId: envelope('note').id })),
    ).not.toThrow();
  });
});

describe('directory-resource', () => {
  it('needs at least one way to get in touch', () => {
    expect(invalid('directory-resource', { contact: {} })).toEqual(['contact:contactRequired']);
    expect(invalid('directory-resource', { contact: { address: '  ' } })).toEqual([
      'contact:contactRequired',
    ]);
    expect(() =>
      validateRecord(recordOf('directory-resource', { contact: { phone: '0800 1111' } })),
    ).not.toThrow();
  });
  it('checks the contact details', () => {
    expect(invalid('directory-resource', { contact: { url: 'ftp://example.org' } })).toEqual([
      'contact.url:invalidUrl',
    ]);
    expect(invalid('directory-resource', { contact: { email: 'help@' } })).toEqual([
      'contact.email:invalidEmail',
    ]);
    expect(invalid('directory-resource', { contact: { phone: 'none' } })).toEqual([
      'contact.phone:invalidPhone',
    ]);
  });
  it('refuses an impossible age range, no groupings and an unknown cost', () => {
    expect(invalid('directory-resource', { ageRange: { minAge: 18, maxAge: 11 } })).toEqual([
      'ageRange.minAge:minAgeAboveMax',
    ]);
    expect(invalid('directory-resource', { groupings: [] })).toEqual(['groupings:required']);
    expect(invalid('directory-resource', { cost: 'cheap' })).toEqual(['cost:notAnOption']);
  });
});

describe('signposting-event', () => {
  it('is never attached to a case', () => {
    const record = { ...recordOf('signposting-event'), caseId: CASE_ID };
    expect(keysOf(problemsOf(() => validateRecord(record)))).toEqual(['caseId:caseScope']);
  });
  it('has no place for anything identifying', () => {
    expect(invalid('signposting-event', { name: 'Sam' })).toEqual(['name:unknownField']);
    expect(invalid('signposting-event', { age: 14 })).toEqual(['age:unknownField']);
    expect(invalid('signposting-event', { topicIds: ['Sam Smith, 14'] })).toEqual([
      'topicIds.0:invalidFormat',
    ]);
    expect(invalid('signposting-event', { ageBand: '14' })).toEqual(['ageBand:notAnOption']);
    expect(invalid('signposting-event', { occurredOn: AT_TIME })).toEqual([
      'occurredOn:invalidDate',
    ]);
  });
  it('accepts an unknown age band', () => {
    expect(() =>
      validateRecord(recordOf('signposting-event', { ageBand: 'not-known' })),
    ).not.toThrow();
  });
});

const AT_TIME = '2024-04-30T10:00:00Z';

describe('audit-event', () => {
  it('refuses hashes that are not 64 hex characters', () => {
    expect(invalid('audit-event', { hash: 'abc' })).toEqual(['hash:invalidFormat']);
    expect(invalid('audit-event', { prevHash: HEX_A.toUpperCase() })).toEqual([
      'prevHash:invalidFormat',
    ]);
  });
  it('needs the kind of a target it names, and a known action', () => {
    expect(invalid('audit-event', { targetKind: undefined })).toEqual(['targetKind:required']);
    expect(invalid('audit-event', { action: 'hack' })).toEqual(['action:notAnOption']);
    expect(() =>
      validateRecord(
        recordOf('audit-event', { action: 'sign-in', targetKind: undefined, targetId: undefined }),
      ),
    ).not.toThrow();
  });
  it('hashes the same content the same way whatever the key order, and every field counts', () => {
    const r = recordOf('audit-event') as unknown as Parameters<typeof auditHashInput>[0];
    const reordered = Object.fromEntries(Object.entries(r).reverse()) as typeof r;
    expect(auditHashInput(reordered)).toBe(auditHashInput(r));
    expect(auditHashInput({ ...r, action: 'update' })).not.toBe(auditHashInput(r));
    expect(auditHashInput({ ...r, prevHash: '1'.repeat(64) })).not.toBe(auditHashInput(r));
  });
});
