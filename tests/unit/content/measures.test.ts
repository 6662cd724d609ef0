// The shipped measure catalogue (issue #6; THRIVE Elaborated Table 3): valid, sourced,
// example content, each goal theme pointing to Table 3's measures, and words in locales/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../src/app/languages';
import { MEASURE_CATALOGUE } from '../../../src/content';
import {
  GOAL_THEMES,
  goalsForMeasure,
  measureCatalogueSchema,
  measuresForTheme,
} from '../../../src/domain';

type Json = { [key: string]: string | Json };
const words = (language: string) =>
  JSON.parse(
    readFileSync(join(__dirname, `../../../locales/${language}/measures.json`), 'utf8'),
  ) as { measures: Record<string, { shortName: string; name: string }>; goals: Json; themes: Json };

const issues = (value: unknown) => {
  const r = measureCatalogueSchema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
};
const ids = (theme: (typeof GOAL_THEMES)[number]) =>
  measuresForTheme(MEASURE_CATALOGUE, theme).map((m) => m.id);

describe('measure catalogue', () => {
  it('passes the domain schema', () => {
    expect(issues(MEASURE_CATALOGUE)).toEqual([]);
  });

  it('is example content from THRIVE Elaborated Table 3 and its footnote, with a review date', () => {
    expect(MEASURE_CATALOGUE.exampleContent).toBe(true);
    expect(MEASURE_CATALOGUE.reviewBy).toBe('2027-12-02');
    const [thrive, jacob] = MEASURE_CATALOGUE.sources;
    expect(thrive).toMatchObject({ title: 'THRIVE Elaborated, 2nd edition', year: 2016 });
    expect(thrive?.section).toContain('Table 3');
    expect(jacob).toMatchObject({ year: 2015 });
    expect(jacob?.authors).toMatch(/^Jacob J, Edbrooke-Childs J, Law D/);
  });

  it('suggests Table 3’s relationship measures for relationship goals', () => {
    expect(ids('relationship-enhancement')).toEqual([
      'sdq',
      'cors',
      'score-15',
      'me-and-my-school',
      'bpses',
    ]);
  });

  it('suggests Table 3’s symptom measures for symptom change', () => {
    expect(ids('symptom-change')).toEqual(['sdq', 'ies-r', 'rcads', 'phq-9', 'rcads-ocd']);
  });

  it('suggests attendance and achievement for impact on life, SWEMWBS for wellbeing', () => {
    expect(ids('impact-on-life')).toEqual(['school-attendance', 'academic-achievement']);
    expect(ids('general-wellbeing')).toEqual(['swemwbs']);
  });

  it('suggests nothing for greater understanding: Table 3 names no measure', () => {
    expect(ids('greater-understanding')).toEqual([]);
    expect(MEASURE_CATALOGUE.goals.some((g) => g.theme === 'greater-understanding')).toBe(false);
  });

  it('gives every measure a source, and a range or a flag to confirm one', () => {
    for (const m of MEASURE_CATALOGUE.measures) {
      expect(m.source.developer.length, m.id).toBeGreaterThan(0);
      expect(m.source.citation.length, m.id).toBeGreaterThan(0);
      expect(m.rangeToConfirm, m.id).toBe(m.range === undefined);
      expect(goalsForMeasure(MEASURE_CATALOGUE, m).length, m.id).toBeGreaterThan(0);
    }
  });

  it('gives the ranges that are known for certain, and asks for the others', () => {
    const range = (id: string) => MEASURE_CATALOGUE.measures.find((m) => m.id === id)?.range;
    expect(range('sdq')).toEqual({ min: 0, max: 40, higherIsBetter: false });
    expect(range('swemwbs')).toEqual({ min: 7, max: 35, higherIsBetter: true });
    expect(range('phq-9')).toEqual({ min: 0, max: 27, higherIsBetter: false });
    expect(range('rcads')).toEqual({ min: 0, max: 141, higherIsBetter: false });
    expect(range('cors')).toEqual({ min: 0, max: 40, higherIsBetter: true });
    expect(range('ies-r')).toEqual({ min: 0, max: 88, higherIsBetter: false });
    expect(range('school-attendance')).toEqual({ min: 0, max: 100, higherIsBetter: true });
    const toConfirm = MEASURE_CATALOGUE.measures.filter((m) => m.rangeToConfirm).map((m) => m.id);
    expect(toConfirm).toEqual(['me-and-my-school', 'bpses', 'academic-achievement']);
  });

  it('rejects a measure with neither a range nor the flag, and themes that do not match', () => {
    const [first, ...rest] = MEASURE_CATALOGUE.measures;
    const broken = { ...first!, range: undefined, rangeToConfirm: false };
    expect(issues({ ...MEASURE_CATALOGUE, measures: [broken, ...rest] })).toContain(
      'measures.0.range:required',
    );
    const wrongTheme = { ...first!, themes: ['general-wellbeing'] };
    expect(issues({ ...MEASURE_CATALOGUE, measures: [wrongTheme, ...rest] })).toContain(
      'measures.0.themes:notAnOption',
    );
  });

  it('keeps measure names as published in every language, and English goals as in Table 3', () => {
    const en = words('en-GB');
    for (const g of MEASURE_CATALOGUE.goals) expect(en.goals[g.id]).toBe(g.text);
    for (const { code } of LANGUAGES) {
      const w = words(code);
      for (const m of MEASURE_CATALOGUE.measures) {
        expect(w.measures[m.id], `${code} ${m.id}`).toEqual({
          shortName: m.shortName,
          name: m.name,
        });
      }
      expect(Object.keys(w.measures).sort()).toEqual(
        MEASURE_CATALOGUE.measures.map((m) => m.id).sort(),
      );
      for (const theme of GOAL_THEMES)
        expect(typeof w.themes[theme], `${code} ${theme}`).toBe('string');
    }
  });
});
