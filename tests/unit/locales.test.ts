// Every language has every key en-GB has (and no others), with the same placeholders, no
// empty strings, and the plural forms its rules need (DESIGN.md §7 "Words").
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, SOURCE_LANGUAGE } from '../../src/app/languages';

const LOCALES = join(__dirname, '../../locales');
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

type Json = { [key: string]: string | Json };

function flatten(value: Json, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, v] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof v === 'string') out.set(path, v);
    else for (const [k, s] of flatten(v, path)) out.set(k, s);
  }
  return out;
}

function load(language: string): Map<string, Map<string, string>> {
  const byNamespace = new Map<string, Map<string, string>>();
  for (const file of readdirSync(join(LOCALES, language)).filter((f) => f.endsWith('.json'))) {
    const json = JSON.parse(readFileSync(join(LOCALES, language, file), 'utf8')) as Json;
    byNamespace.set(file.replace(/\.json$/, ''), flatten(json));
  }
  return byNamespace;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)].map((m) => m[1]!).sort();
}

/** Keys with plural suffixes folded to their base key, since languages need different forms. */
function baseKeys(keys: Iterable<string>): Set<string> {
  return new Set([...keys].map((k) => k.replace(PLURAL_SUFFIX, '')));
}

const source = load(SOURCE_LANGUAGE);

describe('locales', () => {
  it('ships every language the app offers, and nothing else', () => {
    const dirs = readdirSync(LOCALES, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    expect(dirs).toEqual(LANGUAGES.map((l) => l.code).sort());
  });

  it('has a source language with namespaces and strings', () => {
    expect(source.size).toBeGreaterThan(3);
    for (const [, strings] of source) expect(strings.size).toBeGreaterThan(0);
  });

  for (const { code } of LANGUAGES) {
    describe(code, () => {
      const target = load(code);

      it('has the same namespaces as en-GB', () => {
        expect([...target.keys()].sort()).toEqual([...source.keys()].sort());
      });

      for (const [namespace, sourceStrings] of source) {
        it(`${namespace}: has exactly the keys en-GB has`, () => {
          const strings = target.get(namespace) ?? new Map<string, string>();
          const missing = [...baseKeys(sourceStrings.keys())].filter(
            (k) => !baseKeys(strings.keys()).has(k),
          );
          const extra = [...baseKeys(strings.keys())].filter(
            (k) => !baseKeys(sourceStrings.keys()).has(k),
          );
          expect({ missing, extra }).toEqual({ missing: [], extra: [] });
        });

        it(`${namespace}: uses the same placeholders and no empty strings`, () => {
          const strings = target.get(namespace) ?? new Map<string, string>();
          const problems: string[] = [];
          for (const [key, text] of strings) {
            if (text.trim() === '') problems.push(`${key} is empty`);
            const sourceText =
              sourceStrings.get(key) ?? sourceStrings.get(key.replace(PLURAL_SUFFIX, '_other'));
            if (
              sourceText !== undefined &&
              placeholders(text).join() !== placeholders(sourceText).join()
            ) {
              problems.push(
                `${key}: {{${placeholders(text).join()}}} vs en-GB {{${placeholders(sourceText).join()}}}`,
              );
            }
          }
          expect(problems).toEqual([]);
        });

        it(`${namespace}: has every plural form the language needs`, () => {
          const strings = target.get(namespace) ?? new Map<string, string>();
          const needed = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
          const pluralBases = new Set(
            [...strings.keys()]
              .filter((k) => PLURAL_SUFFIX.test(k))
              .map((k) => k.replace(PLURAL_SUFFIX, '')),
          );
          const missing: string[] = [];
          for (const base of pluralBases)
            for (const form of needed)
              if (!strings.has(`${base}_${form}`)) missing.push(`${base}_${form}`);
          expect(missing).toEqual([]);
        });
      }
    });
  }
});

describe('validation messages', () => {
  it('has a text for every message key the domain can produce, in every language', async () => {
    const { MESSAGE_KEYS } = await import('../../src/domain');
    for (const { code } of LANGUAGES) {
      const strings = load(code).get('validation') ?? new Map<string, string>();
      const missing = [...MESSAGE_KEYS].filter((key) => !strings.has(key));
      expect({ code, missing }).toEqual({ code, missing: [] });
    }
  });
});
