// CollaboRATE (CC BY-NC-ND 3.0): the item text is reproduced exactly, and the English
// words people see are the content's text (DESIGN.md §12).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLLABORATE_CONTENT, COLLABORATE_ENABLED } from '../../../src/content';

type Json = { [key: string]: string | Json };
const words = (language: string) =>
  JSON.parse(
    readFileSync(join(__dirname, `../../../locales/${language}/collaborate.json`), 'utf8'),
  ) as Json;
const at = (json: Json, path: string): string | Json | undefined =>
  path
    .split('.')
    .reduce<string | Json | undefined>(
      (node, key) => (typeof node === 'object' ? node[key] : undefined),
      json,
    );

describe('CollaboRATE content', () => {
  it('is the official 10-point wording, patient and parent versions', () => {
    const yp = COLLABORATE_CONTENT.versions['young-person'];
    const parent = COLLABORATE_CONTENT.versions['parent-carer'];
    expect(yp.intro).toBe('Thinking about the appointment you have just had…');
    expect(yp.questions).toEqual([
      'How much effort was made to help you understand your health issues?',
      'How much effort was made to listen to the things that matter most to you about your health issues?',
      'How much effort was made to include what matters most to you in choosing what to do next?',
    ]);
    // The parent version differs only by "your child's" in questions 1 and 2.
    expect(parent.questions.map((q) => q.replace("your child's", 'your'))).toEqual(yp.questions);
    expect(parent.questions[2]).toBe(yp.questions[2]);
    expect(COLLABORATE_CONTENT.anchors).toEqual({
      min: 'No effort was made',
      max: 'Every effort was made',
    });
    expect(COLLABORATE_CONTENT.scale).toEqual({ min: 0, max: 9 });
    expect(COLLABORATE_CONTENT.licence).toBe('CC BY-NC-ND 3.0');
  });

  it('is switched on unless a service switches it off', () => {
    expect(COLLABORATE_ENABLED).toBe(true);
  });

  it('shows exactly the content text in English', () => {
    const en = words('en-GB');
    expect(at(en, 'measure.intro')).toBe(COLLABORATE_CONTENT.versions['young-person'].intro);
    expect(at(en, 'measure.scaleMin')).toBe(COLLABORATE_CONTENT.anchors.min);
    expect(at(en, 'measure.scaleMax')).toBe(COLLABORATE_CONTENT.anchors.max);
    for (const version of ['young-person', 'parent-carer'] as const) {
      COLLABORATE_CONTENT.versions[version].questions.forEach((question, i) => {
        expect(at(en, `measure.${version}.q${i + 1}`)).toBe(question);
      });
    }
  });

  it('has draft wording for every question in Welsh and Urdu', () => {
    for (const language of ['cy', 'ur']) {
      const json = words(language);
      for (const version of ['young-person', 'parent-carer']) {
        for (const q of [1, 2, 3]) {
          const text = at(json, `measure.${version}.q${q}`);
          expect(typeof text === 'string' && text.length > 0).toBe(true);
        }
      }
    }
  });
});
