/** safety-plan-version, safety-plan-share and crisis-contact-list: the schemas (issue #7). */
import { describe, expect, it } from 'vitest';
import { validateMutation, validateRecord } from '../../../src/domain/registry';
import { SCHEMA_VERSION, uuidv7, type Mutation } from '../../../src/domain';
import { CASE_ID, USER_ID, VALID, invalid, keysOf, problemsOf, recordOf } from './helpers';

const contact = (patch: Record<string, unknown> = {}) => ({
  id: 'childline',
  name: 'Childline',
  description: 'Talk to a counsellor.',
  call: '0800 1111',
  hours: '24 hours a day',
  ...patch,
});

describe('safety-plan-version', () => {
  it('needs at least one person who was there', () => {
    expect(invalid('safety-plan-version', { present: [] })).toEqual(['present:required']);
    expect(invalid('safety-plan-version', { present: [{ role: 'teacher' }] })).toEqual([
      'present.0.role:notAnOption',
    ]);
  });

  it('needs a version number from 1 and an agreement date not in the future', () => {
    expect(invalid('safety-plan-version', { version: 0 })).toEqual(['version:tooSmall']);
    expect(invalid('safety-plan-version', { version: 1.5 })).toEqual(['version:wrongType']);
    expect(invalid('safety-plan-version', { agreedOn: '2999-01-01', reviewBy: undefined })).toEqual(
      ['agreedOn:dateInFuture'],
    );
    expect(invalid('safety-plan-version', { reviewBy: '2024-04-01' })).toEqual([
      'reviewBy:reviewDateBeforeAgreed',
    ]);
  });

  it('checks phone numbers in the snapshot loosely, as people write them', () => {
    const items = (phone: string) => [
      { ...(VALID['safety-plan-version'].items as object[])[0], phone },
    ];
    for (const phone of ['999', '116 123', '+44 20 7946 0000'])
      expect(() =>
        validateRecord(recordOf('safety-plan-version', { items: items(phone) })),
      ).not.toThrow();
    expect(invalid('safety-plan-version', { items: items('call mum') })).toEqual([
      'items.0.phone:invalidPhone',
    ]);
  });

  it('refuses repeated item ids and items in unknown sections', () => {
    const [first] = VALID['safety-plan-version'].items as { id: string }[];
    expect(invalid('safety-plan-version', { items: [first, first] })).toEqual([
      'items.1.id:duplicateId',
    ]);
    expect(invalid('safety-plan-version', { items: [{ ...first, section: 'hobbies' }] })).toEqual([
      'items.0.section:notAnOption',
    ]);
  });

  it('is never changed once agreed: a new agreement is a new version', () => {
    const current = recordOf('safety-plan-version');
    const update: Mutation = {
      id: uuidv7(),
      deviceId: 'd',
      schemaVersion: SCHEMA_VERSION,
      recordId: current.id,
      kind: 'safety-plan-version',
      caseId: CASE_ID,
      op: 'update',
      hlc: '000000000000002:00000:d',
      by: USER_ID,
      at: '2024-05-01T10:00:00.000Z',
      set: { version: 2 },
      base: {},
    };
    expect(keysOf(problemsOf(() => validateMutation(current, update)))).toEqual([
      'op:appendOnlyKind',
    ]);
  });
});

describe('safety-plan-share', () => {
  it('needs a reason when the practitioner decides instead of the young person', () => {
    expect(invalid('safety-plan-share', { consentGivenBy: 'practitioner' })).toEqual([
      'reason:required',
    ]);
    expect(invalid('safety-plan-share', { consentGivenBy: 'practitioner', reason: '   ' })).toEqual(
      ['reason:required'],
    );
    expect(() =>
      validateRecord(
        recordOf('safety-plan-share', {
          consentGivenBy: 'practitioner',
          reason: 'Safeguarding: Sam is not safe at home tonight',
        }),
      ),
    ).not.toThrow();
  });

  it('records the day consent was given and, once withdrawn, the day it was withdrawn', () => {
    expect(() =>
      validateRecord(recordOf('safety-plan-share', { withdrawnOn: '2024-05-01' })),
    ).not.toThrow();
    expect(invalid('safety-plan-share', { withdrawnOn: '2024-04-01' })).toEqual([
      'withdrawnOn:withdrawnBeforeConsent',
    ]);
    expect(invalid('safety-plan-share', { consentOn: '2999-01-01' })).toEqual([
      'consentOn:dateInFuture',
    ]);
  });

  it('names the person and one of the relationships', () => {
    expect(invalid('safety-plan-share', { personName: ' ' })).toEqual(['personName:required']);
    expect(invalid('safety-plan-share', { relationship: 'neighbour' })).toEqual([
      'relationship:notAnOption',
    ]);
    expect(invalid('safety-plan-share', { consentGivenBy: 'carer' })).toEqual([
      'consentGivenBy:notAnOption',
    ]);
  });
});

describe('crisis-contact-list', () => {
  it('needs a way to reach each line: a number to call or to text', () => {
    expect(invalid('crisis-contact-list', { contacts: [contact({ call: undefined })] })).toEqual([
      'contacts.0.call:required',
    ]);
    expect(() =>
      validateRecord(
        recordOf('crisis-contact-list', {
          contacts: [contact({ call: undefined, text: { number: '85258' } })],
        }),
      ),
    ).not.toThrow();
  });

  it('checks numbers loosely, as people write them', () => {
    for (const call of ['999', '111', '116 123', '0800 068 4141', '+44 20 7946 0000'])
      expect(() =>
        validateRecord(recordOf('crisis-contact-list', { contacts: [contact({ call })] })),
      ).not.toThrow();
    expect(invalid('crisis-contact-list', { contacts: [contact({ call: 'tel:999' })] })).toEqual([
      'contacts.0.call:invalidPhone',
    ]);
    expect(
      invalid('crisis-contact-list', {
        contacts: [contact({ text: { number: 'SHOUT', body: 'SHOUT' } })],
      }),
    ).toEqual(['contacts.0.text.number:invalidPhone']);
  });

  it('holds 1 to 20 lines with different ids', () => {
    expect(invalid('crisis-contact-list', { contacts: [] })).toEqual(['contacts:tooFew']);
    const many = Array.from({ length: 21 }, (_, i) => contact({ id: `line-${i + 1}` }));
    expect(invalid('crisis-contact-list', { contacts: many })).toEqual(['contacts:tooMany']);
    expect(invalid('crisis-contact-list', { contacts: [contact(), contact()] })).toEqual([
      'contacts.1.id:duplicateId',
    ]);
  });

  it('needs a source, a review date and says whether it is example content', () => {
    expect(invalid('crisis-contact-list', { sources: [] })).toEqual(['sources:needsSource']);
    expect(
      invalid('crisis-contact-list', { sources: [{ title: 'x', url: 'javascript:alert(1)' }] }),
    ).toEqual(['sources.0.url:invalidUrl']);
    expect(invalid('crisis-contact-list', { reviewBy: undefined })).toEqual(['reviewBy:required']);
    expect(invalid('crisis-contact-list', { exampleContent: 'yes' })).toEqual([
      'exampleContent:wrongType',
    ]);
  });

  it('belongs to the organisation, not a case', () => {
    expect(invalid('crisis-contact-list', { caseId: CASE_ID })).toEqual(['caseId:caseScope']);
  });
});
