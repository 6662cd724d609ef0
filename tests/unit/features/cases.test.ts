// The case screens' pure parts: caseload search and sort, and the case form's mapping.
import { describe, expect, it } from 'vitest';
import type { CaseSummary } from '../../../src/db';
import type { AnyRecord } from '../../../src/domain';
import {
  caseDataFrom,
  caseDetailsFormSchema,
  newCaseFormSchema,
} from '../../../src/features/cases/case-form';
import { needsAttention, viewCaseload } from '../../../src/features/cases/caseload-view';

function summary(fields: Record<string, unknown>, extra: Partial<CaseSummary> = {}): CaseSummary {
  return {
    record: {
      status: 'open',
      updatedAt: '2026-01-01T00:00:00.000Z',
      ...fields,
    } as unknown as AnyRecord,
    conflicts: 0,
    refused: 0,
    ...extra,
  };
}

const query = { search: '', sort: 'name' as const, includeClosed: false, locale: 'en-GB' };

describe('viewCaseload', () => {
  const cases = [
    summary({ id: '1', preferredName: 'Zoë', nextReviewOn: '2026-05-01' }),
    summary({ id: '2', preferredName: 'alex', updatedAt: '2026-03-01T00:00:00.000Z' }),
    summary({ id: '3', preferredName: 'Émile', nextReviewOn: '2026-02-01' }),
    summary({ id: '4', preferredName: 'Bo', status: 'closed' }),
  ];
  const ids = (list: CaseSummary[]) => list.map((c) => c.record.id);

  it('sorts by name in the language’s order, ignoring case and accents, without closed cases', () => {
    expect(ids(viewCaseload(cases, query))).toEqual(['2', '3', '1']);
    expect(ids(viewCaseload(cases, { ...query, includeClosed: true }))).toEqual([
      '2',
      '4',
      '3',
      '1',
    ]);
  });

  it('puts the soonest review first and cases with no review date last', () => {
    expect(ids(viewCaseload(cases, { ...query, sort: 'review' }))).toEqual(['3', '1', '2']);
  });

  it('puts the most recently changed first', () => {
    expect(ids(viewCaseload(cases, { ...query, sort: 'updated' }))[0]).toBe('2');
  });

  it('finds names by any part, in any case', () => {
    expect(ids(viewCaseload(cases, { ...query, search: ' MIL ' }))).toEqual(['3']);
    expect(viewCaseload(cases, { ...query, search: 'nobody' })).toEqual([]);
  });

  it('does not change the list it was given', () => {
    const before = ids(cases);
    viewCaseload(cases, { ...query, sort: 'review' });
    expect(ids(cases)).toEqual(before);
  });
});

describe('needsAttention', () => {
  it('flags conflicts, refused changes and a review date that has passed', () => {
    const today = '2026-04-01';
    expect(needsAttention(summary({ nextReviewOn: '2026-05-01' }), today)).toBe(false);
    expect(needsAttention(summary({ nextReviewOn: '2026-03-31' }), today)).toBe(true);
    expect(needsAttention(summary({}, { conflicts: 1 }), today)).toBe(true);
    expect(needsAttention(summary({}, { refused: 2 }), today)).toBe(true);
  });
});

describe('the case form', () => {
  const form = {
    preferredName: '  Sam ',
    ageBand: '',
    dateOfBirth: '2012-04-03',
    pronouns: ' ',
    involved: [
      { name: 'Chris', relationship: 'Dad' },
      { name: '', relationship: '' },
    ],
  };

  it('accepts a date of birth instead of an age range, and ignores blank rows of people', () => {
    expect(newCaseFormSchema.safeParse({ ...form, consentToRecord: true }).success).toBe(true);
  });

  it('needs an age range or a date of birth, and consent, and reports both at once', () => {
    const result = newCaseFormSchema.safeParse({
      ...form,
      dateOfBirth: '',
      preferredName: '',
      consentToRecord: false,
    });
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map((i) => [i.path.join('.'), i.message]);
    expect(messages).toEqual(
      expect.arrayContaining([
        ['preferredName', 'required'],
        ['consentToRecord', 'consentRequired'],
        ['ageBand', 'ageOrDateOfBirthRequired'],
      ]),
    );
  });

  it('refuses a future date of birth and a half-filled person', () => {
    const result = caseDetailsFormSchema.safeParse({
      ...form,
      dateOfBirth: '2999-01-01',
      involved: [{ name: 'Chris', relationship: '' }],
      nextReviewOn: 'soon',
    });
    const messages = result.error?.issues.map((i) => [i.path.join('.'), i.message]);
    expect(messages).toEqual(
      expect.arrayContaining([
        ['dateOfBirth', 'dateInFuture'],
        ['involved.0.relationship', 'required'],
        ['nextReviewOn', 'invalidDate'],
      ]),
    );
  });

  it('maps the form to record fields: trimmed, blanks cleared, blank rows dropped', () => {
    expect(caseDataFrom({ ...form, nextReviewOn: '' })).toEqual({
      preferredName: 'Sam',
      ageBand: undefined,
      dateOfBirth: '2012-04-03',
      pronouns: undefined,
      involved: [{ name: 'Chris', relationship: 'Dad' }],
      nextReviewOn: undefined,
    });
    expect(caseDataFrom(form)).not.toHaveProperty('nextReviewOn');
  });
});
