// The signposting card travels in a link's fragment: it must round-trip, stay within five
// resources, refuse anything damaged or changed, and carry only what a resource says
// about itself (never who the young person is or what they said).
import { describe, expect, it } from 'vitest';
import {
  CARD_FRAGMENT_MAX,
  CARD_MAX_RESOURCES,
  CardTooLongError,
  decodeCard,
  encodeCard,
  type CardResource,
} from '../../src/features/signposting/card-code';

const CHILDLINE: CardResource = {
  name: 'Childline',
  description: 'Free, private and confidential support for anyone under 19.',
  phone: '0800 1111',
  url: 'https://www.childline.org.uk',
  openingHours: 'Any time, day or night',
  cost: 'free',
  selfReferral: true,
  walkIn: false,
};

const COUNSELLING: CardResource = {
  name: 'Gwasanaeth cwnsela’r ysgol — سکول کونسلنگ',
  description: 'Talk to a counsellor at school.',
  address: 'Room 4, main building',
  howToRefer: 'Ask your head of year.',
  cost: 'free',
  selfReferral: false,
  walkIn: true,
  example: true,
};

function payloadOf(fragment: string): unknown {
  const data = fragment.split('.')[1]!;
  const binary = atob(data.replace(/-/g, '+').replace(/_/g, '/'));
  return JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0))));
}

describe('signposting card code', () => {
  it('round-trips resources, including Welsh and Urdu text, in a URL-safe fragment', () => {
    const fragment = encodeCard([CHILDLINE, COUNSELLING]);
    expect(fragment).toMatch(/^v1\.[A-Za-z0-9_-]+\.[0-9a-z]+$/);
    expect(decodeCard(`#${fragment}`)).toEqual({ ok: true, resources: [CHILDLINE, COUNSELLING] });
  });

  it('cuts long texts so the QR code stays readable', () => {
    const long = { ...CHILDLINE, description: 'word '.repeat(100) };
    const decoded = decodeCard(encodeCard([long]));
    expect(decoded.ok && decoded.resources[0]!.description!.length).toBeLessThanOrEqual(160);
    expect(decoded.ok && decoded.resources[0]!.description).toMatch(/…$/);
  });

  it('holds at most five resources', () => {
    const five = Array.from({ length: CARD_MAX_RESOURCES }, (_, i) => ({
      ...CHILDLINE,
      name: `Service ${i + 1}`,
    }));
    expect(decodeCard(encodeCard(five))).toMatchObject({ ok: true });
    expect(() => encodeCard([...five, CHILDLINE])).toThrow();
    expect(() => encodeCard([])).toThrow();
  });

  it('refuses a fragment with six resources even when its check value is right', () => {
    // Build a well-formed fragment by hand, as someone editing the link would.
    const six = { r: Array.from({ length: 6 }, (_, i) => ({ n: `Service ${i}` })) };
    const json = JSON.stringify(six);
    const data = btoa(json).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    let hash = 0x811c9dc5;
    for (let i = 0; i < data.length; i++) {
      hash ^= data.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    expect(decodeCard(`v1.${data}.${hash.toString(36)}`)).toEqual({ ok: false, problem: 'broken' });
  });

  it('says "empty" for a link with no card and "broken" for a damaged or changed one', () => {
    const fragment = encodeCard([CHILDLINE]);
    expect(decodeCard('')).toEqual({ ok: false, problem: 'empty' });
    expect(decodeCard('#')).toEqual({ ok: false, problem: 'empty' });
    const broken = [
      fragment.slice(0, -10), // cut short by a chat app
      fragment.replace('v1.', 'v9.'),
      fragment.replace(/\.(\w)/, (_, c: string) => `.${c === 'A' ? 'B' : 'A'}`), // one letter changed
      'v1.not base64!.abc',
      'v1.e30.0', // "{}" with a wrong check value
      'hello',
    ];
    for (const value of broken) expect(decodeCard(value)).toEqual({ ok: false, problem: 'broken' });
  });

  it('refuses a changed link that would turn a web address into script', () => {
    const json = JSON.stringify({ r: [{ n: 'Help', u: 'javascript:alert(1)' }] });
    const data = btoa(json).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    let hash = 0x811c9dc5;
    for (let i = 0; i < data.length; i++) {
      hash ^= data.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    expect(decodeCard(`v1.${data}.${hash.toString(36)}`)).toEqual({ ok: false, problem: 'broken' });
  });

  it('carries only display fields: no ids, topics, ages, dates or anything about the person', () => {
    const fragment = encodeCard([CHILDLINE, COUNSELLING]);
    const payload = payloadOf(fragment) as { r: Record<string, unknown>[] };
    expect(Object.keys(payload)).toEqual(['r']);
    const allowed = ['n', 'd', 'p', 'u', 'e', 'a', 'h', 'c', 's', 'w', 'r', 'x'];
    for (const resource of payload.r) {
      for (const key of Object.keys(resource)) expect(allowed).toContain(key);
    }
    expect(JSON.stringify(payload)).not.toMatch(/national-|low-mood|\d{4}-\d{2}-\d{2}/);
  });
});

describe('signposting card length', () => {
  // Long but real-sized: a full description, hours and referral route, a deep web address.
  const longest: CardResource = {
    name: 'N'.repeat(60),
    description: 'D'.repeat(500),
    phone: '+44 20 7946 0000',
    url: `https://example.org/${'p'.repeat(60)}`,
    email: 'someone@example.org',
    address: 'A'.repeat(300),
    openingHours: 'H'.repeat(300),
    howToRefer: 'R'.repeat(300),
    cost: 'free',
    selfReferral: false,
    walkIn: true,
  };

  it('fits five long resources in a QR-sized link, keeping every way to get in touch', () => {
    const fragment = encodeCard(Array.from({ length: 5 }, () => longest));
    expect(fragment.length).toBeLessThanOrEqual(CARD_FRAGMENT_MAX);
    const decoded = decodeCard(fragment);
    expect(decoded.ok).toBe(true);
    for (const r of decoded.ok ? decoded.resources : []) {
      expect(r).toMatchObject({ name: longest.name, phone: longest.phone, url: longest.url });
      expect(r.email).toBe(longest.email);
    }
  });

  it('refuses a card that cannot fit, so the screen can say "choose fewer"', () => {
    const huge = { ...longest, url: `https://example.org/${'p'.repeat(1900)}` };
    expect(() => encodeCard([huge])).toThrow(CardTooLongError);
  });
});
