/**
 * The signposting card carried in a link's fragment (`/support/card#v1.<data>.<check>`), so
 * the card opens on a young person's phone with no account, no server and no network:
 * everything it shows travels inside the link or the QR code (issue #9 item 4).
 *
 * Design choices:
 * - Only what a resource says about itself, as the member of staff saw it (name, what it
 *   is, how to reach it, hours, cost): nothing about the young person, the topics they
 *   raised, their age or the day. A fragment never reaches a server in HTTP requests.
 * - Short keys and trimmed long texts keep the link small enough for a QR code that reads
 *   from a phone screen; at most five resources, as a card is for the few that fit.
 * - A check value over the data catches a link cut short or changed by hand (chat apps
 *   wrap and truncate long links). It is not a signature: what makes a changed link
 *   harmless is that the data is checked against the directory's own field rules, so a
 *   card can only show plain text, http(s) links and phone numbers.
 */
import { z } from 'zod';
import { emailAddress, phoneNumber, webAddress } from '../../domain/kinds/fields';

export const CARD_MAX_RESOURCES = 5;
const VERSION = 'v1';
/** Long texts are cut to these lengths with an ellipsis, to keep the QR code readable. */
const DESCRIPTION_MAX = 160;
const HOW_TO_REFER_MAX = 200;
const HOURS_MAX = 120;
const ADDRESS_MAX = 160;
/**
 * The longest fragment a card may have: with the address in front, the link still fits a
 * QR code (about 2,300 characters at level M) that a phone camera reads from a screen.
 */
export const CARD_FRAGMENT_MAX = 1600;

/** The chosen resources' details are too long for one card's link and QR code. */
export class CardTooLongError extends Error {
  constructor() {
    super('The card is too long for a link and a QR code');
    this.name = 'CardTooLongError';
  }
}

/** One resource as the card shows it: display fields only. */
export interface CardResource {
  name: string;
  description?: string;
  phone?: string;
  url?: string;
  email?: string;
  address?: string;
  openingHours?: string;
  cost?: 'free' | 'paid' | 'varies';
  selfReferral?: boolean;
  walkIn?: boolean;
  howToRefer?: string;
  /** Made-up example content shipped with the app, so the card says "Example". */
  example?: boolean;
}

/** The wire form: one-letter keys, so the link and its QR code stay small. */
const wireResource = z.strictObject({
  n: z.string().trim().min(1).max(100),
  d: z.string().max(DESCRIPTION_MAX).optional(),
  p: phoneNumber.optional(),
  u: webAddress.optional(),
  e: emailAddress.optional(),
  a: z.string().max(ADDRESS_MAX).optional(),
  h: z.string().max(HOURS_MAX).optional(),
  c: z.enum(['free', 'paid', 'varies']).optional(),
  s: z.boolean().optional(),
  w: z.boolean().optional(),
  r: z.string().max(HOW_TO_REFER_MAX).optional(),
  x: z.literal(true).optional(),
});
const wireCard = z.strictObject({
  r: z.array(wireResource).min(1).max(CARD_MAX_RESOURCES),
});
type WireResource = z.infer<typeof wireResource>;

function cut(value: string | undefined, max: number): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  return trimmed.length <= max ? trimmed : `${trimmed.slice(0, max - 1).trimEnd()}…`;
}

function toWire(resource: CardResource): WireResource {
  const wire: WireResource = { n: resource.name.trim().slice(0, 100) };
  const d = cut(resource.description, DESCRIPTION_MAX);
  if (d) wire.d = d;
  if (resource.phone?.trim()) wire.p = resource.phone.trim();
  if (resource.url) wire.u = resource.url;
  if (resource.email) wire.e = resource.email;
  const a = cut(resource.address, ADDRESS_MAX);
  if (a) wire.a = a;
  const h = cut(resource.openingHours, HOURS_MAX);
  if (h) wire.h = h;
  if (resource.cost) wire.c = resource.cost;
  if (resource.selfReferral !== undefined) wire.s = resource.selfReferral;
  if (resource.walkIn !== undefined) wire.w = resource.walkIn;
  const r = cut(resource.howToRefer, HOW_TO_REFER_MAX);
  if (r) wire.r = r;
  if (resource.example) wire.x = true;
  return wire;
}

function fromWire(wire: WireResource): CardResource {
  const resource: CardResource = { name: wire.n };
  if (wire.d !== undefined) resource.description = wire.d;
  if (wire.p !== undefined) resource.phone = wire.p;
  if (wire.u !== undefined) resource.url = wire.u;
  if (wire.e !== undefined) resource.email = wire.e;
  if (wire.a !== undefined) resource.address = wire.a;
  if (wire.h !== undefined) resource.openingHours = wire.h;
  if (wire.c !== undefined) resource.cost = wire.c;
  if (wire.s !== undefined) resource.selfReferral = wire.s;
  if (wire.w !== undefined) resource.walkIn = wire.w;
  if (wire.r !== undefined) resource.howToRefer = wire.r;
  if (wire.x) resource.example = true;
  return resource;
}

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(data: string): string {
  const binary = atob(data.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  // fatal: bytes that are not UTF-8 mean the link was damaged, not text to show.
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** FNV-1a (32 bits) in base 36: a few characters that change when any character does. */
function check(data: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < data.length; i++) {
    hash ^= data.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

function fragmentOf(card: z.infer<typeof wireCard>): string {
  const data = toBase64Url(JSON.stringify(card));
  return `${VERSION}.${data}.${check(data)}`;
}

/** Texts left out, one step at a time, when a card is too long: least needed first. */
const SHORTER: readonly (readonly (keyof WireResource)[])[] = [
  ['d'],
  ['d', 'h', 'a'],
  ['d', 'h', 'a', 'r'],
];

/**
 * The fragment (without `#`) for a card of these resources. When it would be too long for
 * a QR code, descriptions go first, then hours and addresses, then how to refer; ways to
 * get in touch always stay. Throws `CardTooLongError` if it still does not fit (very long
 * web addresses), and a zod error when there are none or more than five or a contact
 * detail is refused: the screen stops those before, so that throw is a programming mistake.
 */
export function encodeCard(resources: readonly CardResource[]): string {
  const card = wireCard.parse({ r: resources.map(toWire) });
  let fragment = fragmentOf(card);
  for (const drop of SHORTER) {
    if (fragment.length <= CARD_FRAGMENT_MAX) return fragment;
    const shorter = card.r.map((wire) => {
      const copy = { ...wire };
      for (const key of drop) delete copy[key];
      return copy;
    });
    fragment = fragmentOf({ r: shorter });
  }
  if (fragment.length > CARD_FRAGMENT_MAX) throw new CardTooLongError();
  return fragment;
}

export type DecodedCard =
  { ok: true; resources: CardResource[] } | { ok: false; problem: 'empty' | 'broken' };

/**
 * The resources in a card fragment (with or without its `#`), or why it can't be shown:
 * `empty` when there is no card in the link, `broken` for anything damaged or changed.
 */
export function decodeCard(fragment: string): DecodedCard {
  const value = fragment.replace(/^#/, '').trim();
  if (value === '') return { ok: false, problem: 'empty' };
  const parts = value.split('.');
  if (parts.length !== 3 || parts[0] !== VERSION) return { ok: false, problem: 'broken' };
  const [, data = '', sum] = parts;
  if (!/^[A-Za-z0-9_-]+$/.test(data) || check(data) !== sum) {
    return { ok: false, problem: 'broken' };
  }
  try {
    const parsed = wireCard.safeParse(JSON.parse(fromBase64Url(data)));
    if (!parsed.success) return { ok: false, problem: 'broken' };
    return { ok: true, resources: parsed.data.r.map(fromWire) };
  } catch {
    // Not base64, not UTF-8 or not JSON: the link was damaged on the way.
    return { ok: false, problem: 'broken' };
  }
}
