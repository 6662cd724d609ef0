// The bundled option grids (issue #5 item 2): each one valid, sourced, marked as example
// content, due for review after it was written, and with words for every cell in every
// language the app ships (the English words ARE the grid's text).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_GRIDS, GRIDS, gridNamespace } from '../../../src/content/option-grids';
import { isUuidV7, optionGridKind, type GridVersion } from '../../../src/domain';

const LANGUAGES = ['en-GB', 'cy', 'ur'] as const;
type GridJson = {
  topic: string;
  options: Record<string, string>;
  questions: Record<string, string>;
  cells: Record<string, Record<string, string>>;
};
const words = (language: string, slug: string) =>
  JSON.parse(
    readFileSync(
      join(__dirname, `../../../locales/${language}/${gridNamespace(slug)}.json`),
      'utf8',
    ),
  ) as GridJson;

/** The keys a grid's words file must have: every option, question and answered cell. */
function expectedKeys(grid: GridVersion): string[] {
  const { data } = grid;
  return [
    'topic',
    ...data.options.map((o) => `options.${o.id}`),
    ...data.questions.map((q) => `questions.${q.id}`),
    ...data.cells
      .filter((c) => c.notKnown !== true)
      .map((c) => `cells.${c.questionId}.${c.optionId}`),
  ].sort();
}

function keysOf(json: GridJson): string[] {
  return [
    'topic',
    ...Object.keys(json.options).map((k) => `options.${k}`),
    ...Object.keys(json.questions).map((k) => `questions.${k}`),
    ...Object.entries(json.cells).flatMap(([q, row]) =>
      Object.keys(row).map((o) => `cells.${q}.${o}`),
    ),
  ].sort();
}

describe('bundled option grids', () => {
  it('ships the eight grids the issue asks for, each once, with fixed ids', () => {
    expect(BUNDLED_GRIDS.map((g) => g.data.slug).sort()).toEqual([
      'adhd',
      'getting-advice',
      'low-mood',
      'ocd',
      'post-traumatic-stress',
      'self-harm',
      'social-anxiety',
      'worry-and-panic',
    ]);
    expect(new Set(GRIDS.map((g) => g.id)).size).toBe(GRIDS.length);
    for (const g of GRIDS) expect(isUuidV7(g.id), g.data.slug).toBe(true);
  });

  describe.each(BUNDLED_GRIDS.map((g) => [g.data.slug, g] as const))('%s', (_slug, grid) => {
    it('passes the record schema and is marked as example content in English', () => {
      expect(optionGridKind.data.safeParse(grid.data).success).toBe(true);
      expect(grid.data.exampleContent).toBe(true);
      expect(grid.data.language).toBe('en-GB');
      expect(grid.bundled).toBe(true);
    });

    it('lists its sources, and every cell source is one of them', () => {
      expect(grid.data.sources.length).toBeGreaterThan(0);
      for (const s of grid.data.sources) {
        expect(s.title.trim()).not.toBe('');
        expect(s.publisher.trim()).not.toBe('');
      }
      const ids = new Set(grid.data.sources.map((s) => s.id));
      for (const c of grid.data.cells) for (const s of c.sourceIds ?? []) expect(ids).toContain(s);
    });

    it('is due for review within two years of being written', () => {
      const published = Date.parse(grid.data.publishedOn);
      const review = Date.parse(grid.data.reviewBy);
      expect(review).toBeGreaterThan(published);
      expect(review - published).toBeLessThanOrEqual(2 * 366 * 24 * 3600 * 1000);
    });

    it('asks the questions young people ask, and offers at least two options', () => {
      expect(grid.data.questions.map((q) => q.id)).toEqual(
        expect.arrayContaining(['what-is-it', 'how-long', 'what-might-be-hard']),
      );
      expect(grid.data.options.length).toBeGreaterThanOrEqual(2);
    });

    it.each(LANGUAGES)('has words for every option, question and answer in %s', (language) => {
      const json = words(language, grid.data.slug);
      expect(keysOf(json)).toEqual(expectedKeys(grid));
      for (const key of keysOf(json)) {
        const value = key
          .split('.')
          .reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], json);
        expect(typeof value === 'string' && value.trim() !== '', `${language} ${key}`).toBe(true);
      }
    });

    it('takes its English text from the English words file', () => {
      const en = words('en-GB', grid.data.slug);
      expect(grid.data.topic).toBe(en.topic);
      for (const o of grid.data.options) expect(o.title).toBe(en.options[o.id]);
      for (const c of grid.data.cells) {
        expect(c.answer).toBe(c.notKnown ? undefined : en.cells[c.questionId]?.[c.optionId]);
      }
    });
  });
});
