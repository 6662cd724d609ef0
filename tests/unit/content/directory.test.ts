// The bundled directory (issue #9): the national services the issue names, each citing
// its own page and claiming no more; example local entries clearly marked; every entry
// accepted by the domain schema; words for every entry in every language.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BUNDLED_DIRECTORY,
  DIRECTORY_META,
  enabledBundledEntries,
} from '../../../src/content/directory';
import {
  GROUPINGS,
  SIGNPOSTING_TOPICS,
  directoryResourceKind,
  recordSchema,
  suggestResources,
} from '../../../src/domain';
import { envelope } from '../domain/helpers';

type EntryWords = { name: string; description: string; openingHours?: string; howToRefer?: string };
type Words = { exampleNotice: string; entries: Record<string, EntryWords> };
const words = (language: string) =>
  JSON.parse(
    readFileSync(join(__dirname, `../../../locales/${language}/directory.json`), 'utf8'),
  ) as Words;
const byId = (id: string) => BUNDLED_DIRECTORY.find((e) => e.id === id)!;

describe('bundled directory', () => {
  it('holds the national services the issue names, then example local entries', () => {
    expect(BUNDLED_DIRECTORY.map((e) => [e.id, e.source])).toEqual([
      ['national-childline', 'national'],
      ['national-shout', 'national'],
      ['national-youngminds', 'national'],
      ['national-kooth', 'national'],
      ['example-school-counselling', 'example'],
      ['example-mental-health-support-team', 'example'],
      ['example-camhs-referral', 'example'],
      ['example-youth-club', 'example'],
    ]);
  });

  it('is accepted, entry by entry, by the directory-resource schema', () => {
    const schema = recordSchema(directoryResourceKind.kind)!;
    for (const entry of BUNDLED_DIRECTORY) {
      const result = schema.safeParse({ ...envelope('directory-resource'), ...entry.data });
      expect(result.success, `${entry.id}: ${JSON.stringify(result.error?.issues)}`).toBe(true);
    }
  });

  it('says only what the services say: numbers, who for, cost and the Kooth caveat', () => {
    const childline = byId('national-childline').data;
    expect(childline.contact.phone).toBe('0800 1111');
    expect(childline.description).toMatch(/under 19/);
    expect(childline.ageRange).toEqual({ minAge: 0, maxAge: 18 });
    // Shout is a text line: no number to call, and the words say how to text it.
    const shout = byId('national-shout').data;
    expect(shout.contact.phone).toBeUndefined();
    expect(shout.description).toContain('Text SHOUT to 85258');
    // YoungMinds: information and advice; no helpline is claimed.
    const youngMinds = byId('national-youngminds').data;
    expect(youngMinds.contact.phone).toBeUndefined();
    expect(youngMinds.offers).toEqual(['things-to-try']);
    expect(`${youngMinds.description} ${youngMinds.openingHours ?? ''}`).not.toMatch(/helpline/i);
    // Kooth is free only where the area funds it, and ages vary by area.
    const kooth = byId('national-kooth').data;
    expect(kooth.description).toMatch(/where your area funds it/);
    expect(kooth.ageRange).toEqual({ minAge: 10, maxAge: 25 });
    for (const entry of BUNDLED_DIRECTORY) expect(entry.data.cost).toBe('free');
  });

  it("cites each national organisation's own page", () => {
    const hosts = (id: string) =>
      DIRECTORY_META.sources.filter((s) => s.entryId === id).map((s) => new URL(s.url).hostname);
    expect(hosts('national-childline')).toEqual(['www.childline.org.uk']);
    expect(hosts('national-shout')).toEqual(['giveusashout.org']);
    expect(hosts('national-youngminds')).toEqual(['www.youngminds.org.uk']);
    expect(hosts('national-kooth')).toEqual(['www.kooth.com', 'koothplc.com']);
    // And each entry links to that organisation, not to anyone else.
    for (const entry of BUNDLED_DIRECTORY.filter((e) => e.source === 'national')) {
      const own = hosts(entry.id)[0]!;
      expect(new URL(entry.data.contact.url!).hostname).toBe(own);
    }
  });

  it('is example content with a review date; made-up entries are marked on screen', () => {
    expect(DIRECTORY_META.exampleContent).toBe(true);
    expect(DIRECTORY_META.reviewBy > DIRECTORY_META.publishedOn).toBe(true);
    expect(DIRECTORY_META.exampleNotice).toMatch(/^Example content/);
    for (const entry of BUNDLED_DIRECTORY) {
      expect(entry.data.reviewBy).toBe(DIRECTORY_META.reviewBy);
      expect(entry.data.status).toBe('active');
      expect(entry.data.exampleContent).toBe(entry.source === 'example');
      if (entry.source === 'example') {
        expect(entry.id).toMatch(/^example-/);
        expect(entry.data.name).toMatch(/^Example: /);
        // Made-up contact details only: example.org, and Ofcom's numbers for drama.
        if (entry.data.contact.url)
          expect(entry.data.contact.url).toMatch(/^https:\/\/www\.example\.org\//);
        if (entry.data.contact.phone) expect(entry.data.contact.phone).toMatch(/^0113 496 0\d{3}$/);
      } else {
        expect(entry.id).toMatch(/^national-/);
      }
    }
  });

  it('includes the example entries the issue asks for, in their groupings', () => {
    expect(byId('example-camhs-referral').data.groupings).toContain('getting-help');
    expect(byId('example-camhs-referral').data.howToRefer).toBeTruthy();
    expect(byId('example-mental-health-support-team').data.howToRefer).toBeTruthy();
    expect(byId('example-youth-club').data.groupings).toEqual(['thriving']);
    expect(byId('example-youth-club').data.walkIn).toBe(true);
  });

  it('tags entries with signposting topics only', () => {
    for (const entry of BUNDLED_DIRECTORY) {
      for (const topic of entry.data.topics) expect(SIGNPOSTING_TOPICS).toContain(topic);
    }
  });

  it('has the same words for every entry in every language, English matching the data', () => {
    const english = words('en-GB');
    for (const entry of BUNDLED_DIRECTORY) {
      const own = english.entries[entry.id]!;
      expect(own.name).toBe(entry.data.name);
      expect(own.description).toBe(entry.data.description);
      expect(own.openingHours).toBe(entry.data.openingHours);
      expect(own.howToRefer).toBe(entry.data.howToRefer);
    }
    const shape = (w: Words) =>
      Object.entries(w.entries)
        .map(([id, e]) => `${id}:${Object.keys(e).sort().join(',')}`)
        .sort();
    for (const language of ['cy', 'ur']) {
      const own = words(language);
      expect(shape(own)).toEqual(shape(english));
      expect(own.exampleNotice).toBeTruthy();
      // Numbers are not translated.
      expect(own.entries['national-shout']!.description).toContain('85258');
    }
  });

  it('leaves out the national entries a service switched off', () => {
    expect(enabledBundledEntries(['national-kooth']).map((e) => e.id)).not.toContain(
      'national-kooth',
    );
    expect(enabledBundledEntries()).toHaveLength(BUNDLED_DIRECTORY.length);
  });

  it('always gives somewhere to go, whatever is chosen, for every age band', () => {
    for (const topic of SIGNPOSTING_TOPICS) {
      for (const ageBand of ['under-5', '11-13', '18-25', 'not-known'] as const) {
        const groups = suggestResources(
          BUNDLED_DIRECTORY,
          { topics: [topic], wishes: [], ageBand },
          DIRECTORY_META.publishedOn,
        );
        expect(groups.length, `${topic} ${ageBand}`).toBeGreaterThan(0);
        expect(GROUPINGS).toContain(groups[0]!.grouping);
      }
    }
  });
});
