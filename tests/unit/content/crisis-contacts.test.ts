// The bundled crisis lines (issue #7 item 2): the numbers the issue lists, each with its
// organisation's page as source, example content with a review date, words in every
// language, and links that can only ever dial or text a number.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BUNDLED_CRISIS_LINES,
  CRISIS_CONTACTS_META,
  bundledCrisisContactList,
  bundledCrisisContacts,
  dialString,
  smsHref,
  telHref,
  type CrisisLineWords,
} from '../../../src/content/crisis-contacts';
import { crisisContactListKind, recordSchema } from '../../../src/domain';
import { envelope } from '../domain/helpers';

type Words = { contacts: Record<string, CrisisLineWords>; exampleNotice: string };
const words = (language: string) =>
  JSON.parse(
    readFileSync(join(__dirname, `../../../locales/${language}/crisis-contacts.json`), 'utf8'),
  ) as Words;
const english = words('en-GB');
const inEnglish = (id: string) => english.contacts[id]!;

describe('bundled crisis lines', () => {
  it('are the UK lines the issue lists, emergency first', () => {
    const contacts = bundledCrisisContacts(inEnglish);
    expect(contacts.map((c) => [c.id, c.call ?? c.text?.number])).toEqual([
      ['emergency', '999'],
      ['nhs-111', '111'],
      ['childline', '0800 1111'],
      ['samaritans', '116 123'],
      ['shout', '85258'],
      ['papyrus', '0800 068 4141'],
    ]);
    expect(contacts[0]?.when).toBe('emergency');
    // Shout is a text line: SHOUT to 85258.
    expect(contacts.find((c) => c.id === 'shout')).toMatchObject({
      text: { number: '85258', body: 'SHOUT' },
    });
    expect(contacts.find((c) => c.id === 'shout')?.call).toBeUndefined();
  });

  it('say only what the services say: 24 hours, who they are for, 111 in England', () => {
    for (const line of BUNDLED_CRISIS_LINES) expect(inEnglish(line.id).hours).toMatch(/24 hours/);
    expect(inEnglish('childline').description).toMatch(/under 19/);
    expect(inEnglish('papyrus').description).toMatch(/under 35/);
    expect(inEnglish('nhs-111').description).toMatch(/In England/);
  });

  it("cite each organisation's own page and are example content with a review date", () => {
    const hosts = BUNDLED_CRISIS_LINES.map((l) => new URL(l.source.url).hostname);
    expect(hosts).toEqual([
      'www.nhs.uk',
      'www.nhs.uk',
      'www.childline.org.uk',
      'www.samaritans.org',
      'giveusashout.org',
      'www.papyrus-uk.org',
    ]);
    expect(CRISIS_CONTACTS_META.exampleContent).toBe(true);
    expect(CRISIS_CONTACTS_META.reviewBy).toBe('2027-06-01');
    expect(CRISIS_CONTACTS_META.reviewBy > CRISIS_CONTACTS_META.publishedOn).toBe(true);
  });

  it('make a crisis-contact-list the schema accepts, in every language', () => {
    for (const language of ['en-GB', 'cy', 'ur']) {
      const own = words(language);
      const body = bundledCrisisContactList((id) => own.contacts[id]!);
      const record = { ...envelope('crisis-contact-list'), ...body };
      const result = recordSchema(crisisContactListKind.kind)!.safeParse(record);
      expect(result.success, `${language}: ${JSON.stringify(result.error?.issues)}`).toBe(true);
      expect(body.sources).toHaveLength(BUNDLED_CRISIS_LINES.length);
      expect(body.exampleContent).toBe(true);
    }
  });

  it('have words for every line in every language', () => {
    for (const language of ['en-GB', 'cy', 'ur']) {
      const own = words(language);
      expect(Object.keys(own.contacts).sort()).toEqual(
        BUNDLED_CRISIS_LINES.map((l) => l.id).sort(),
      );
      // Numbers are not translated: each description that names a number keeps it.
      expect(own.contacts['shout']?.description).toContain('85258');
    }
  });
});

describe('call and text links', () => {
  it.each([
    ['999', 'tel:999'],
    ['0800 1111', 'tel:08001111'],
    ['116 123', 'tel:116123'],
    ['0800 068 4141', 'tel:08000684141'],
    ['+44 20 7946 0000', 'tel:+442079460000'],
    [' 07700 900123 ', 'tel:07700900123'],
  ])('dials %s as %s', (number, href) => {
    expect(telHref(number)).toBe(href);
  });

  it('keeps nothing but digits and a leading +, whatever is stored', () => {
    for (const hostile of [
      'javascript:alert(1)//0800',
      '0800;ext=1',
      '0800 1111?body=x',
      '+44+20#1',
      '111\n222',
    ]) {
      expect(telHref(hostile)).toMatch(/^tel:\+?[0-9]*$/);
      expect(smsHref(hostile)).toMatch(/^sms:\+?[0-9]*$/);
    }
    expect(dialString('+')).toBe('');
    expect(dialString('0800 1111')).toBe('08001111');
  });

  it('adds the first message, encoded, to a text link', () => {
    expect(smsHref('85258', 'SHOUT')).toBe('sms:85258?body=SHOUT');
    expect(smsHref('85258')).toBe('sms:85258');
    expect(smsHref('85258', '  ')).toBe('sms:85258');
    expect(smsHref('85258', 'help me&x=1')).toBe('sms:85258?body=help%20me%26x%3D1');
  });
});
