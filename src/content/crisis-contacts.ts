/**
 * Crisis lines shown first on every safety plan (issue #7 item 2): the bundled UK
 * defaults, and safe links to call or text them.
 *
 * EXAMPLE CONTENT: a service must review these lines, their wording and their
 * translations before clinical use, and by `CRISIS_CONTACTS_META.reviewBy`. An admin can
 * replace them with the area's own list (a `crisis-contact-list` record).
 *
 * Design choices:
 * - Numbers, ids, order and sources are data here; the names, descriptions and hours
 *   people read are in `locales/<lang>/crisis-contacts.json` (English is the source), so
 *   the list reads in the young person's language. Nothing else is typed twice.
 * - Each line cites the organisation's own page. Only what those pages say is claimed:
 *   hours and who a line is for, no more. NHS 111's mental health option is described as
 *   "the mental health option", in England, without an option number, which services
 *   have changed before.
 * - Numbers are kept as people read them ("0800 1111"); `telHref` and `smsHref` build
 *   links from the digits (and a leading +) only, so a stored number can never become
 *   anything but a phone number.
 */
import type { CrisisContactData, CrisisContactListData, CrisisContactWhen } from '../domain';

/** One crisis line, its words resolved in the reader's language. */
export type CrisisContact = CrisisContactData;

/** The i18next namespace holding the bundled lines' words. */
export const CRISIS_CONTACTS_NAMESPACE = 'crisis-contacts';

/** Everything about a bundled line except its words. */
export interface BundledCrisisLine {
  /** Stable id: `crisis-contacts:contacts.<id>.*` holds its words. */
  id: string;
  call?: string;
  text?: { number: string; body?: string };
  when: CrisisContactWhen;
  /** The organisation's own page that says what this line is and when it is open. */
  source: { title: string; url: string };
}

/** The UK defaults, in the order the plan shows them: emergency first. */
export const BUNDLED_CRISIS_LINES: readonly BundledCrisisLine[] = [
  {
    id: 'emergency',
    call: '999',
    when: 'emergency',
    source: {
      title: 'NHS: When to call 999',
      url: 'https://www.nhs.uk/nhs-services/urgent-and-emergency-care-services/when-to-call-999/',
    },
  },
  {
    id: 'nhs-111',
    call: '111',
    when: 'urgent',
    source: {
      title: 'NHS: Where to get urgent help for mental health',
      url: 'https://www.nhs.uk/nhs-services/mental-health-services/where-to-get-urgent-help-for-mental-health/',
    },
  },
  {
    id: 'childline',
    call: '0800 1111',
    when: 'talk',
    source: {
      title: 'Childline: Contacting Childline',
      url: 'https://www.childline.org.uk/get-support/contacting-childline/',
    },
  },
  {
    id: 'samaritans',
    call: '116 123',
    when: 'talk',
    source: {
      title: 'Samaritans: Contact a Samaritan',
      url: 'https://www.samaritans.org/how-we-can-help/contact-samaritan/',
    },
  },
  {
    id: 'shout',
    text: { number: '85258', body: 'SHOUT' },
    when: 'talk',
    source: { title: 'Shout 85258', url: 'https://giveusashout.org/' },
  },
  {
    id: 'papyrus',
    call: '0800 068 4141',
    when: 'talk',
    source: { title: 'PAPYRUS Prevention of Young Suicide', url: 'https://www.papyrus-uk.org/' },
  },
];

/** When the bundled list was written and must be reviewed by; it is example content. */
export const CRISIS_CONTACTS_META = {
  publishedOn: '2026-12-02',
  reviewBy: '2027-06-01',
  exampleContent: true,
} as const;

/** The words of one bundled line, as in `locales/<lang>/crisis-contacts.json`. */
export interface CrisisLineWords {
  name: string;
  description: string;
  hours: string;
}

/**
 * The bundled lines with their words: `words(id)` gives a line's words in the reader's
 * language (the hook passes i18next's; tests pass the English file).
 */
export function bundledCrisisContacts(words: (id: string) => CrisisLineWords): CrisisContact[] {
  return BUNDLED_CRISIS_LINES.map((line) => {
    const { name, description, hours } = words(line.id);
    const contact: CrisisContact = { id: line.id, name, description, hours, when: line.when };
    if (line.call !== undefined) contact.call = line.call;
    if (line.text !== undefined) contact.text = { ...line.text };
    return contact;
  });
}

/**
 * The bundled lines as a `crisis-contact-list` body: what an admin starts from when
 * writing the area's own list, and what the schema test checks.
 */
export function bundledCrisisContactList(
  words: (id: string) => CrisisLineWords,
): CrisisContactListData {
  return {
    contacts: bundledCrisisContacts(words),
    reviewBy: CRISIS_CONTACTS_META.reviewBy,
    sources: BUNDLED_CRISIS_LINES.map((line) => ({ ...line.source })),
    exampleContent: CRISIS_CONTACTS_META.exampleContent,
  };
}

/** The number as dialled: digits only, with a leading + kept for international numbers. */
export function dialString(number: string): string {
  const trimmed = number.trim();
  const digits = trimmed.replace(/\D/g, '');
  return trimmed.startsWith('+') && digits !== '' ? `+${digits}` : digits;
}

/** A `tel:` link for a number: nothing but digits and a leading + after the scheme. */
export function telHref(number: string): string {
  return `tel:${dialString(number)}`;
}

/**
 * An `sms:` link for a number, with the message to start with if given (encoded, so it
 * can never add other parameters to the link).
 */
export function smsHref(number: string, body?: string): string {
  const start = body?.trim();
  return `sms:${dialString(number)}${start ? `?body=${encodeURIComponent(start)}` : ''}`;
}
