/** safety-plan, safety-plan-item, backup-team-action, sharing-settings. */
import { describe, expect, it } from 'vitest';
import { validateRecord } from '../../../src/domain/registry';
import { invalid, recordOf } from './helpers';

describe('safety-plan', () => {
  it('needs the agreement date once agreed, not while a draft', () => {
    expect(invalid('safety-plan', { agreedOn: undefined, reviewBy: undefined })).toEqual([
      'agreedOn:required',
    ]);
    expect(() =>
      validateRecord(
        recordOf('safety-plan', { status: 'draft', agreedOn: undefined, writtenByYoungPerson: [] }),
      ),
    ).not.toThrow();
  });
  it('refuses a review date before the agreement', () => {
    expect(invalid('safety-plan', { reviewBy: '2024-04-01' })).toEqual([
      'reviewBy:reviewDateBeforeAgreed',
    ]);
  });
  it('refuses unknown and repeated sections', () => {
    expect(invalid('safety-plan', { writtenByYoungPerson: ['hobbies'] })).toEqual([
      'writtenByYoungPerson.0:notAnOption',
    ]);
    expect(
      invalid('safety-plan', { writtenByYoungPerson: ['coping-alone', 'coping-alone'] }),
    ).toEqual(['writtenByYoungPerson:duplicateItem']);
  });
});

describe('safety-plan-item', () => {
  it.each(['999', '111', '116 123', '0800 1111', '+44 20 7946 0000', '07700900123'])(
    'accepts the phone number %s',
    (phone) => {
      expect(() => validateRecord(recordOf('safety-plan-item', { phone }))).not.toThrow();
    },
  );
  it.each(['12', 'call mum', '+44-20-7946', '0800 1111 ext 2', '1234567890123456'])(
    'refuses the phone number %s',
    (phone) => {
      expect(invalid('safety-plan-item', { phone })).toEqual(['phone:invalidPhone']);
    },
  );
  it('refuses an unknown section, an empty text and an unknown author role', () => {
    expect(invalid('safety-plan-item', { section: 'backup-team' })).toEqual([
      'section:notAnOption',
    ]);
    expect(invalid('safety-plan-item', { text: '' })).toEqual(['text:required']);
    expect(invalid('safety-plan-item', { addedByRole: 'admin' })).toEqual([
      'addedByRole:notAnOption',
    ]);
  });
});

describe('backup-team-action', () => {
  it('refuses a missing plan, a long action and a bad phone', () => {
    expect(invalid('backup-team-action', { planId: 'plan-1' })).toEqual(['planId:invalidId']);
    expect(invalid('backup-team-action', { action: 'x'.repeat(501) })).toEqual(['action:tooLong']);
    expect(invalid('backup-team-action', { phone: 'ring the office' })).toEqual([
      'phone:invalidPhone',
    ]);
    expect(invalid('backup-team-action', { when: 'Always' })).toEqual(['when:unknownField']);
  });
});

describe('sharing-settings', () => {
  it('needs a reason when a practitioner decides instead of the young person', () => {
    expect(invalid('sharing-settings', { decidedBy: 'practitioner' })).toEqual(['reason:required']);
    expect(() =>
      validateRecord(
        recordOf('sharing-settings', {
          decidedBy: 'practitioner',
          reason: 'Not competent to decide yet',
        }),
      ),
    ).not.toThrow();
  });
  it('needs a yes/no for every section and no others', () => {
    expect(
      invalid('sharing-settings', {
        sections: { goals: true, safetyPlan: true, decisions: false },
      }),
    ).toEqual(['sections.notes:required']);
    expect(
      invalid('sharing-settings', {
        sections: { goals: true, safetyPlan: true, decisions: false, notes: false, diary: true },
      }),
    ).toEqual(['sections.diary:unknownField']);
    expect(invalid('sharing-settings', { decidedBy: 'carer' })).toEqual(['decidedBy:notAnOption']);
  });
});
