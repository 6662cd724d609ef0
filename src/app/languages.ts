/**
 * The languages OurPlan ships (locales/<code>/). Each is named in its own language in the
 * switcher, whatever language is showing (an endonym is data about the language, not a
 * string to translate), and carries its writing direction for <html dir>.
 */
export const LANGUAGES = [
  { code: 'en-GB', endonym: 'English', dir: 'ltr' },
  { code: 'cy', endonym: 'Cymraeg', dir: 'ltr' },
  { code: 'ur', endonym: 'اردو', dir: 'rtl' },
] as const;

export type LanguageCode = (typeof LANGUAGES)[number]['code'];

export const SOURCE_LANGUAGE: LanguageCode = 'en-GB';

export function isLanguageCode(value: unknown): value is LanguageCode {
  return LANGUAGES.some((l) => l.code === value);
}

export function directionOf(code: string): 'ltr' | 'rtl' {
  return LANGUAGES.find((l) => l.code === code)?.dir ?? 'ltr';
}

/** Best match for the browser's preferred languages, e.g. "cy-GB" -> "cy", "en-US" -> "en-GB". */
export function matchLanguage(preferred: readonly string[]): LanguageCode {
  for (const tag of preferred) {
    const exact = LANGUAGES.find((l) => l.code.toLowerCase() === tag.toLowerCase());
    if (exact) return exact.code;
    const base = tag.split('-')[0]?.toLowerCase();
    const byBase = LANGUAGES.find((l) => l.code.split('-')[0]!.toLowerCase() === base);
    if (byBase) return byBase.code;
  }
  return SOURCE_LANGUAGE;
}
