// The reading-age check of the young person's screens (issue #8 item 8): every English
// string of the namespaces their phone shows, scored with Flesch–Kincaid, should read at
// about 11–12 (US grade 6–7). It prints the figure per namespace and in all, and fails
// when the whole goes above 12 or one namespace above 13, so a hard new screen is caught.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readability, stringsOf, syllables, wordsOf } from './flesch-kincaid';

const LOCALES = join(import.meta.dirname, '../../../locales/en-GB');

/** The young person's and family's namespaces, and the part of a shared file that is theirs. */
const YOUNG_PERSON: Record<string, (json: Record<string, unknown>) => unknown> = {
  homes: (json) => json['myPlan'],
  'my-goals': (json) => json,
  'my-safety-plan': (json) => json,
  'my-notes': (json) => json,
  'my-sharing': (json) => json,
  'my-rights': (json) => json,
  'my-information': (json) => json,
  // The lock (issue #10): the passcode, the safety plan's choice, a forgotten passcode.
  lock: (json) => json,
  passcode: (json) => ({ set: json['set'], enter: json['enter'], problems: json['problems'] }),
};

function strings(namespace: string): string[] {
  const json = JSON.parse(readFileSync(join(LOCALES, `${namespace}.json`), 'utf8')) as Record<
    string,
    unknown
  >;
  return stringsOf(YOUNG_PERSON[namespace]!(json));
}

describe('reading age of the young person’s screens', () => {
  it('counts syllables and scores texts as Flesch–Kincaid does', () => {
    expect([syllables('plan'), syllables('rating'), syllables('practitioner')]).toEqual([1, 2, 4]);
    expect(syllables('shared')).toBe(1);
    // Plain and hard text score far apart, so the check below can fail.
    const easy = readability(['You can see your plan.', 'Mum can see it too.']);
    const hard = readability([
      'Interdisciplinary professionals systematically collaborate regarding individualised therapeutic interventions and organisational accountability.',
    ]);
    expect(easy.readingAge).toBeLessThan(8);
    expect(hard.readingAge).toBeGreaterThan(20);
  });

  it('reads at about 11–12 years in English', () => {
    const all: string[] = [];
    const rows: string[] = [];
    for (const namespace of Object.keys(YOUNG_PERSON)) {
      const texts = strings(namespace);
      all.push(...texts);
      const r = readability(texts);
      rows.push(
        `  ${namespace.padEnd(16)} reading age ${r.readingAge.toFixed(1)} (grade ${r.grade.toFixed(1)}; ${r.texts} strings, ${r.words} words)`,
      );
      expect(r.readingAge, `${namespace} reads at ${r.readingAge.toFixed(1)}`).toBeLessThanOrEqual(
        13,
      );
    }
    const total = readability(all);
    // Buttons and headings are short "sentences" that pull the score down; the prose
    // (explanations of 8 words or more) is what a reader has to work at, so it is scored
    // on its own too, and held to the same aim.
    const prose = readability(all.filter((text) => wordsOf(text).length >= 8));
    console.log(
      [
        `Reading age of the young person's screens (Flesch–Kincaid, en-GB): ${total.readingAge.toFixed(1)} years over all ${total.texts} strings; ${prose.readingAge.toFixed(1)} years over the ${prose.texts} strings of 8 words or more`,
        ...rows,
      ].join('\n'),
    );
    expect(total.readingAge).toBeLessThanOrEqual(12);
    expect(prose.readingAge).toBeLessThanOrEqual(12);
  });
});
