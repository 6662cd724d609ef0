// The shipped explanations of THRIVE's five groupings (domain/THRIVE.md §1): one for each
// grouping records can name, valid, sourced, marked as example content, with their English
// words in locales/ equal to the content's source text and words in every language.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../src/app/languages';
import { GROUPING_CONTENT } from '../../../src/content';
import { GROUPINGS, groupingContentSchema } from '../../../src/domain';

type Json = { [key: string]: string | Json };
const words = (language: string) =>
  JSON.parse(
    readFileSync(join(__dirname, `../../../locales/${language}/grouping.json`), 'utf8'),
  ) as Json;

const issues = (value: unknown) => {
  const r = groupingContentSchema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
};

describe('grouping content', () => {
  it('passes the domain schema', () => {
    expect(issues(GROUPING_CONTENT)).toEqual([]);
  });

  it('explains exactly the five groupings, in the framework’s order', () => {
    expect(GROUPING_CONTENT.groupings.map((g) => g.id)).toEqual([...GROUPINGS]);
  });

  it('is example content from THRIVE Elaborated (2016), to be reviewed by 2027-11-23', () => {
    expect(GROUPING_CONTENT.exampleContent).toBe(true);
    expect(GROUPING_CONTENT.reviewBy).toBe('2027-11-23');
    for (const source of GROUPING_CONTENT.sources) {
      expect(source).toMatchObject({ title: 'THRIVE Elaborated, 2nd edition', year: 2016 });
    }
    // Every grouping rests on its own section of the framework.
    const section = {
      thriving: 'Thriving',
      'getting-advice': 'Getting advice',
      'getting-help': 'Getting help',
      'getting-more-help': 'Getting more help',
      'getting-risk-support': 'Getting risk support',
    };
    for (const g of GROUPING_CONTENT.groupings) {
      const sections = g.sourceIds.map(
        (id) => GROUPING_CONTENT.sources.find((s) => s.id === id)?.section ?? '',
      );
      expect(sections.some((s) => s.startsWith(`${section[g.id]} (p`))).toBe(true);
    }
  });

  it('says who usually leads as THRIVE.md §1 does', () => {
    const lead = (id: string) => GROUPING_CONTENT.groupings.find((g) => g.id === id)?.lead;
    expect(lead('thriving')).toMatch(/school/i);
    expect(lead('getting-advice')).toMatch(/school|community/i);
    expect(lead('getting-help')).toMatch(/health/i);
    expect(lead('getting-more-help')).toMatch(/health/i);
    expect(lead('getting-risk-support')).toMatch(/social care/i);
  });

  it('has its English source text as the en-GB words', () => {
    const en = words('en-GB');
    expect(en.groupings).toEqual(
      Object.fromEntries(
        GROUPING_CONTENT.groupings.map((g) => [g.id, { name: g.name, help: g.help, lead: g.lead }]),
      ),
    );
  });

  for (const { code } of LANGUAGES) {
    it(`has a name, an explanation and who leads for every grouping in ${code}`, () => {
      const groupings = words(code).groupings as Record<string, Record<string, string>>;
      expect(Object.keys(groupings)).toEqual([...GROUPINGS]);
      for (const id of GROUPINGS) {
        for (const part of ['name', 'help', 'lead']) {
          expect(groupings[id]?.[part]?.trim(), `${code} ${id}.${part}`).toBeTruthy();
        }
      }
    });
  }
});

describe('grouping content schema', () => {
  const base = () => structuredClone(GROUPING_CONTENT);

  it('refuses a grouping that is not one of the five, a repeat and a missing one', () => {
    const c = base() as unknown as { groupings: { id: string }[] };
    c.groupings[0]!.id = 'tier-3';
    expect(issues(c)).toEqual(['groupings.0.id:notAnOption']);
    const d = base();
    d.groupings[1]!.id = d.groupings[0]!.id;
    expect(issues(d)).toEqual(['groupings.1.id:duplicateId']);
    const e = base();
    e.groupings.pop();
    expect(issues(e)).toEqual(['groupings:tooFew']);
  });

  it('refuses an explanation without a listed source, and a review date before publication', () => {
    const c = base();
    c.groupings[2]!.sourceIds = ['a-blog-post'];
    expect(issues(c)).toEqual(['groupings.2.sourceIds.0:unknownSource']);
    const d = base();
    d.groupings[2]!.sourceIds = [];
    expect(issues(d)).toEqual(['groupings.2.sourceIds:required']);
    const e = base();
    e.reviewBy = '2000-01-01';
    expect(issues(e)).toEqual(['reviewBy:reviewDateBeforePublished']);
  });
});
