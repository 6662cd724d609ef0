// The record kinds "no wrong door" signposting uses (issue #9): the new optional fields of
// directory-resource, counts that name bundled entries and wishes, and the national
// entries an organisation switched off. Older records must stay valid.
import { describe, expect, it } from 'vitest';
import { validateRecord } from '../../../src/domain/registry';
import { OTHER_ID, invalid, recordOf } from './helpers';

const SIGNPOSTING_FIELDS = {
  offers: ['someone-to-talk-to', 'specialist-help'],
  selfReferral: false,
  howToRefer: 'Ask your GP or the school nurse to refer.',
  walkIn: true,
  languages: ['English', 'Welsh', 'BSL'],
  status: 'active',
};

describe('directory-resource for signposting', () => {
  it('keeps records written before the new fields valid', () => {
    expect(() => validateRecord(recordOf('directory-resource'))).not.toThrow();
  });

  it('accepts what kind of help, referral, walk-in, languages and a status', () => {
    expect(() => validateRecord(recordOf('directory-resource', SIGNPOSTING_FIELDS))).not.toThrow();
    expect(() =>
      validateRecord(recordOf('directory-resource', { ...SIGNPOSTING_FIELDS, status: 'retired' })),
    ).not.toThrow();
  });

  it('refuses a bad phone number and a missing review date, with message keys', () => {
    expect(invalid('directory-resource', { contact: { phone: '0800 CALL NOW' } })).toEqual([
      'contact.phone:invalidPhone',
    ]);
    expect(invalid('directory-resource', { contact: { phone: '12' } })).toEqual([
      'contact.phone:invalidPhone',
    ]);
    expect(invalid('directory-resource', { reviewBy: undefined })).toEqual(['reviewBy:required']);
    expect(invalid('directory-resource', { reviewBy: '2027-02-30' })).toEqual([
      'reviewBy:invalidDate',
    ]);
  });

  it('refuses unknown kinds of help and statuses, and repeats', () => {
    expect(invalid('directory-resource', { offers: ['money'] })).toEqual(['offers.0:notAnOption']);
    expect(invalid('directory-resource', { offers: ['activities', 'activities'] })).toEqual([
      'offers:duplicateItem',
    ]);
    expect(invalid('directory-resource', { status: 'paused' })).toEqual(['status:notAnOption']);
    expect(invalid('directory-resource', { selfReferral: 'yes' })).toEqual([
      'selfReferral:wrongType',
    ]);
  });

  it('bounds the languages list and each language', () => {
    const many = Array.from({ length: 21 }, (_, i) => `Language ${i}`);
    expect(invalid('directory-resource', { languages: many })).toEqual(['languages:tooMany']);
    expect(invalid('directory-resource', { languages: ['  '] })).toEqual(['languages.0:required']);
    expect(invalid('directory-resource', { languages: ['Urdu', 'Urdu'] })).toEqual([
      'languages:duplicateItem',
    ]);
    expect(invalid('directory-resource', { howToRefer: 'x'.repeat(501) })).toEqual([
      'howToRefer:tooLong',
    ]);
  });
});

describe('signposting-event naming bundled entries', () => {
  it('accepts record ids and bundled entry ids side by side, and the wishes chosen', () => {
    expect(() =>
      validateRecord(
        recordOf('signposting-event', {
          resourceIds: [OTHER_ID, 'national-childline', 'example-youth-club'],
          wishes: ['someone-to-talk-to', 'activities'],
        }),
      ),
    ).not.toThrow();
  });

  it('keeps counts without wishes valid', () => {
    expect(() =>
      validateRecord(recordOf('signposting-event', { wishes: undefined })),
    ).not.toThrow();
  });

  it('refuses ids that could carry words someone typed, and unknown wishes', () => {
    expect(invalid('signposting-event', { resourceIds: ['sam-smith-year-9'] })).toEqual([
      'resourceIds.0:invalidId',
    ]);
    expect(invalid('signposting-event', { resourceIds: ['National-Childline'] })).toEqual([
      'resourceIds.0:invalidId',
    ]);
    expect(
      invalid('signposting-event', { resourceIds: ['national-childline', 'national-childline'] }),
    ).toEqual(['resourceIds:duplicateItem']);
    expect(invalid('signposting-event', { wishes: ['a-hug'] })).toEqual(['wishes.0:notAnOption']);
  });
});

describe('organisation switching national entries off', () => {
  it('accepts a list of bundled ids, and no list', () => {
    expect(() =>
      validateRecord(
        recordOf('organisation', { disabledDirectoryIds: ['national-kooth', 'national-shout'] }),
      ),
    ).not.toThrow();
    expect(() => validateRecord(recordOf('organisation'))).not.toThrow();
  });

  it('refuses repeats and ids that are not ids', () => {
    expect(
      invalid('organisation', { disabledDirectoryIds: ['national-kooth', 'national-kooth'] }),
    ).toEqual(['disabledDirectoryIds:duplicateItem']);
    expect(invalid('organisation', { disabledDirectoryIds: ['Kooth!'] })).toEqual([
      'disabledDirectoryIds.0:invalidFormat',
    ]);
  });
});
