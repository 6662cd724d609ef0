/**
 * Words (DESIGN.md §7): i18next with one JSON file per language and namespace under
 * locales/. Each file becomes its own lazily loaded chunk through import.meta.glob, so
 * only the languages and namespaces a screen needs are fetched, and the service worker
 * precaches them all for offline use.
 *
 * The chosen language is a device preference kept in localStorage (not case data).
 */
import i18next, { type BackendModule, type ReadCallback } from 'i18next';
import { initReactI18next } from 'react-i18next';
import {
  directionOf,
  isLanguageCode,
  matchLanguage,
  SOURCE_LANGUAGE,
  type LanguageCode,
} from './languages';

type LocaleModule = { default: Record<string, unknown> };

const loaders = import.meta.glob<LocaleModule>('../../locales/*/*.json');

const STORAGE_KEY = 'ourplan.language';

const lazyLocales: BackendModule = {
  type: 'backend',
  init() {},
  read(language: string, namespace: string, callback: ReadCallback) {
    const load = loaders[`../../locales/${language}/${namespace}.json`];
    if (!load) {
      callback(new Error(`No words for ${language}/${namespace}`), false);
      return;
    }
    load().then(
      (module) => callback(null, module.default),
      (error: unknown) =>
        callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

export function savedLanguage(): LanguageCode | undefined {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLanguageCode(value) ? value : undefined;
  } catch {
    return undefined; // storage blocked: fall back to the browser's languages
  }
}

function applyToDocument(language: string): void {
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
}

export async function initI18n(language?: LanguageCode): Promise<typeof i18next> {
  const initial =
    language ?? savedLanguage() ?? matchLanguage(navigator.languages ?? [navigator.language]);
  i18next.on('languageChanged', applyToDocument);
  await i18next
    .use(lazyLocales)
    .use(initReactI18next)
    .init({
      lng: initial,
      fallbackLng: SOURCE_LANGUAGE,
      supportedLngs: ['en-GB', 'cy', 'ur'],
      load: 'currentOnly',
      // The start screen's words load with the shell's, so the first screen renders in one
      // go: a loading message first would shift the layout (Lighthouse CLS).
      ns: ['common', 'start'],
      defaultNS: 'common',
      interpolation: { escapeValue: false }, // React escapes
      react: { useSuspense: true },
      returnNull: false,
    });
  applyToDocument(initial);
  return i18next;
}

/** Change language now and remember it on this device. */
export async function chooseLanguage(language: LanguageCode): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage blocked: the choice lasts for this visit only.
  }
  await i18next.changeLanguage(language);
}
