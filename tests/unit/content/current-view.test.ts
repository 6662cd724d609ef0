// The shipped Current View item list (domain/THRIVE.md §6): valid, the form's counts, its
// flags where the rules expect them, and words for every id in every language.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CURRENT_VIEW_CONTENT } from '../../../src/content';
import {
  CONTEXTUAL_PROBLEM_IDS,
  EDUCATION_ITEM_IDS,
  currentViewContentSchema,
  currentViewKind,
  hasFlag,
} from '../../../src/domain';

type Json = { [key: string]: string | Json };
const words = (language: string) =>
  JSON.parse(
    readFileSync(join(__dirname, `../../../locales/${language}/current-view.json`), 'utf8'),
  ) as Json;
const section = (json: Json, key: string) => json[key] as Record<string, string>;

const C = CURRENT_VIEW_CONTENT;
const flagged = (flag: 'signature' | 'more-help') =>
  C.presentingProblems.filter((p) => hasFlag(p, flag)).map((p) => p.id);

describe('Current View content', () => {
  it('passes the domain schema', () => {
    expect(currentViewContentSchema.safeParse(C).success).toBe(true);
  });

  it('has the form’s 30 presenting problems and 14 complexity factors, with distinct ids', () => {
    expect(C.presentingProblems).toHaveLength(30);
    expect(C.complexityFactors).toHaveLength(14);
    expect(new Set(C.presentingProblems.map((p) => p.id)).size).toBe(30);
    expect(new Set(C.complexityFactors.map((f) => f.id)).size).toBe(14);
    expect(C.presentingProblems[0]!.id).toBe('anxious-away-from-caregivers');
    expect(C.presentingProblems[29]!.id).toBe('adjustment-to-health-issues');
  });

  it('has the 4 contextual problems and 2 education items under the record’s field names', () => {
    expect(C.contextualProblems.map((i) => i.id)).toEqual([...CONTEXTUAL_PROBLEM_IDS]);
    expect(C.contextualProblems.map((i) => i.id)).toEqual(
      Object.keys(currentViewKind.data.shape.contextualProblems.shape),
    );
    expect(C.education.map((i) => i.id)).toEqual([...EDUCATION_ITEM_IDS]);
    expect([...EDUCATION_ITEM_IDS]).toEqual(['attendance', 'attainment']);
  });

  it('flags the problems the payment-systems rules treat specially, each with a source', () => {
    expect(flagged('more-help')).toEqual([
      'delusional-beliefs-and-hallucinations',
      'eating-issues',
      'persistent-difficulties-managing-relationships',
    ]);
    expect(flagged('signature')).toEqual([
      'anxious-in-social-situations',
      'anxious-generally',
      'compelled-to-do-or-think-things',
      'panics',
      'depression-low-mood',
      'self-harm',
      'extremes-of-mood',
      'difficulties-sitting-still-or-concentrating',
      'behavioural-difficulties',
      'disturbed-by-traumatic-event',
    ]);
    const sources = new Set(C.sources.map((s) => s.id));
    for (const p of C.presentingProblems)
      for (const f of p.flags) expect(sources.has(f.sourceId)).toBe(true);
  });

  it('is example content with a review date after publication, and says what was verified', () => {
    expect(C.exampleContent).toBe(true);
    expect(C.reviewBy).toBe('2027-11-23');
    expect(C.reviewBy > C.publishedOn).toBe(true);
    expect(C.sourceNote).toMatch(/licensed|not from the form/);
    expect(C.sources.map((s) => s.id)).toContain('thrive-elaborated-2016');
  });

  it('has its English source text as the en-GB words', () => {
    const en = words('en-GB');
    const textOf = (items: readonly { id: string; text: string }[]) =>
      Object.fromEntries(items.map((i) => [i.id, i.text]));
    expect(section(en, 'presentingProblems')).toEqual(textOf(C.presentingProblems));
    expect(section(en, 'presentingProblemExamples')).toEqual(
      Object.fromEntries(
        C.presentingProblems.flatMap((p) => (p.examples ? [[p.id, p.examples]] : [])),
      ),
    );
    expect(section(en, 'contextualProblems')).toEqual(textOf(C.contextualProblems));
    expect(section(en, 'education')).toEqual(textOf(C.education));
    expect(section(en, 'complexityFactors')).toEqual(textOf(C.complexityFactors));
  });

  for (const language of ['en-GB', 'cy', 'ur']) {
    it(`has words for every id in ${language}`, () => {
      const json = words(language);
      const missing = (key: string, ids: readonly string[]) =>
        ids.filter((id) => !section(json, key)[id]?.trim()).map((id) => `${key}.${id}`);
      expect([
        ...missing(
          'presentingProblems',
          C.presentingProblems.map((p) => p.id),
        ),
        ...missing(
          'presentingProblemExamples',
          C.presentingProblems.filter((p) => p.examples).map((p) => p.id),
        ),
        ...missing('contextualProblems', CONTEXTUAL_PROBLEM_IDS),
        ...missing('education', EDUCATION_ITEM_IDS),
        ...missing(
          'complexityFactors',
          C.complexityFactors.map((f) => f.id),
        ),
      ]).toEqual([]);
    });
  }
});

describe('Current View content schema', () => {
  const base = () => structuredClone(C);
  const keys = (value: unknown) => {
    const r = currentViewContentSchema.safeParse(value);
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
  };

  it('refuses duplicate ids, a flag from an unknown source and a review date before publication', () => {
    const c = base();
    c.complexityFactors[1]!.id = c.complexityFactors[0]!.id;
    expect(keys(c)).toEqual(['complexityFactors.1.id:duplicateId']);
    const d = base();
    d.presentingProblems[1]!.flags[0]!.sourceId = 'hearsay';
    expect(keys(d)).toEqual(['presentingProblems.1.flags.0.sourceId:notAnOption']);
    const e = base();
    e.reviewBy = '2000-01-01';
    expect(keys(e)).toEqual(['reviewBy:reviewDateBeforePublished']);
  });

  it('refuses a contextual list that is not exactly the record’s fields', () => {
    const c = base();
    c.contextualProblems.pop();
    expect(keys(c)).toEqual(['contextualProblems:notAnOption']);
    const d = base() as unknown as { education: { id: string; text: string }[] };
    d.education[0]!.id = 'exams';
    expect(keys(d)).toContain('education.0.id:notAnOption');
  });

  it('refuses a flag pointing at a grouping of the wrong kind', () => {
    const c = base() as unknown as { presentingProblems: { flags: { grouping: string }[] }[] };
    c.presentingProblems[1]!.flags[0]!.grouping = 'psychosis';
    expect(keys(c)).toEqual(['presentingProblems.1.flags.0.grouping:notAnOption']);
  });
});
