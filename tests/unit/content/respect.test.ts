// The shipped RESPECT agenda (domain/THRIVE.md §3): valid, seven headings in order, and
// its English words in locales/ match the content's source text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RESPECT_CONTENT } from '../../../src/content';
import { respectContentSchema } from '../../../src/domain';

type Json = { [key: string]: string | Json };
const words = (language: string) =>
  JSON.parse(
    readFileSync(join(__dirname, `../../../locales/${language}/respect.json`), 'utf8'),
  ) as Json;

describe('RESPECT content', () => {
  it('passes the domain schema', () => {
    expect(respectContentSchema.safeParse(RESPECT_CONTENT).success).toBe(true);
  });

  it('has the seven headings of R-E-S-P-E-C-T, in order', () => {
    expect(RESPECT_CONTENT.headings.map((h) => h.letter).join('')).toBe('RESPECT');
    expect(RESPECT_CONTENT.headings.map((h) => h.id)).toEqual([
      'review',
      'effective-help',
      'select',
      'progress',
      'expression',
      'clarity',
      'transition-support',
    ]);
  });

  it('has the statements of Figure 3 under their headings', () => {
    const count = (id: string) => RESPECT_CONTENT.items.filter((i) => i.headingId === id).length;
    expect(RESPECT_CONTENT.headings.map((h) => count(h.id))).toEqual([2, 3, 1, 3, 1, 2, 1]);
    // The id the record kinds' examples use is a real item.
    expect(RESPECT_CONTENT.items.map((i) => i.id)).toContain('review-options');
  });

  it('links each heading to where the app fulfils it (THRIVE.md §3)', () => {
    const areas = (id: string) => [
      ...new Set(
        RESPECT_CONTENT.items.filter((i) => i.headingId === id).flatMap((i) => i.fulfilledIn),
      ),
    ];
    expect(areas('review')).toEqual(['decisions']);
    expect(areas('effective-help')).toEqual(['decisions']);
    expect(areas('select')).toEqual(['decisions']);
    expect(areas('progress').sort()).toEqual(['ending-plan', 'goals']);
    expect(areas('expression')).toEqual(['young-person-views']);
    expect(areas('clarity').sort()).toEqual(['access-record', 'formulation']);
    expect(areas('transition-support').sort()).toEqual(['ending-plan', 'signposting']);
  });

  it('names its source, has a review date and is marked as example content', () => {
    expect(RESPECT_CONTENT.exampleContent).toBe(true);
    expect(RESPECT_CONTENT.sources[0]).toMatchObject({
      title: 'THRIVE Elaborated, 2nd edition',
      year: 2016,
      section: 'Figure 3: Respect agenda',
    });
    expect(RESPECT_CONTENT.reviewBy > RESPECT_CONTENT.publishedOn).toBe(true);
  });

  it('has its English source text as the en-GB words, and a key for every id', () => {
    const en = words('en-GB');
    expect(en.intro).toBe(RESPECT_CONTENT.intro);
    expect(en.headings).toEqual(
      Object.fromEntries(RESPECT_CONTENT.headings.map((h) => [h.id, h.text])),
    );
    expect(en.items).toEqual(Object.fromEntries(RESPECT_CONTENT.items.map((i) => [i.id, i.text])));
  });
});

describe('RESPECT content schema', () => {
  const base = () => structuredClone(RESPECT_CONTENT);
  const keys = (value: unknown) => {
    const r = respectContentSchema.safeParse(value);
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
  };

  it('refuses duplicate ids, an item under an unknown heading and an empty heading', () => {
    const c = base();
    c.items[1]!.id = c.items[0]!.id;
    expect(keys(c)).toEqual(['items.1.id:duplicateId']);
    const d = base();
    d.items[12]!.headingId = 'travel';
    expect(keys(d)).toEqual(['items.12.headingId:notAnOption', 'headings.6:tooFew']);
  });

  it('refuses an unknown app area and a review date before publication', () => {
    const c = base() as unknown as { items: { fulfilledIn: string[] }[]; reviewBy: string };
    c.items[0]!.fulfilledIn = ['timetable'];
    c.reviewBy = '2000-01-01';
    expect(keys(c)).toEqual(['items.0.fulfilledIn.0:notAnOption']);
    const d = base();
    d.reviewBy = '2000-01-01';
    expect(keys(d)).toEqual(['reviewBy:reviewDateBeforePublished']);
  });
});
