/**
 * Flesch–Kincaid grade level of a set of short texts (locale strings), and the UK reading
 * age it suggests (US grade + 5). Used by the reading-age check of the young person's
 * screens (issue #8 item 8: "aim for a reading age of about 11–12").
 *
 *   grade = 0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59
 *
 * Syllables are counted with the usual vowel-group heuristic (silent final "e", "-es" and
 * "-ed" endings), which is right for most everyday words and close for the rest; the
 * figure is a guide to keep words plain, not a measure of any one sentence.
 */

export interface Readability {
  texts: number;
  sentences: number;
  words: number;
  syllables: number;
  grade: number;
  readingAge: number;
}

/** Placeholders become a one-syllable word, as a name or a date would read. */
function plain(text: string): string {
  return text
    .replace(/\{\{[^}]+\}\}/g, 'Sam')
    .replace(/<\/?\d+>/g, ' ')
    .replace(/[“”"‘’]/g, "'");
}

export function syllables(word: string): number {
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length === 0) return 0;
  if (w.length <= 3) return 1;
  w = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, (m) => m.charAt(0));
  w = w.replace(/^y/, '');
  const groups = w.match(/[aeiouy]+/g);
  return Math.max(1, groups?.length ?? 1);
}

export function wordsOf(text: string): string[] {
  return plain(text)
    .split(/[\s/–—-]+/)
    .map((w) => w.replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9']+$/g, ''))
    .filter((w) => /[A-Za-z]/.test(w));
}

/** Sentences in one string: each string is at least one (a label, a button). */
function sentencesOf(text: string): number {
  const ends = plain(text).match(/[.!?]+(\s|$)/g)?.length ?? 0;
  const trailing = /[.!?]\s*$/.test(text.trim()) ? 0 : 1;
  return Math.max(1, ends + trailing);
}

export function readability(texts: readonly string[]): Readability {
  let sentences = 0;
  let words = 0;
  let syl = 0;
  for (const text of texts) {
    const w = wordsOf(text);
    if (w.length === 0) continue;
    sentences += sentencesOf(text);
    words += w.length;
    syl += w.reduce((sum, word) => sum + syllables(word), 0);
  }
  const grade = words === 0 ? 0 : 0.39 * (words / sentences) + 11.8 * (syl / words) - 15.59;
  return {
    texts: texts.length,
    sentences,
    words,
    syllables: syl,
    grade,
    readingAge: grade + 5,
  };
}

/** Every string in a locale file (nested objects flattened). */
export function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}
