/**
 * The bundled directory of support for "no wrong door" signposting (issue #9): a few UK
 * national services every area can use, and example local entries showing a service what
 * to add (a school counsellor, a mental health support team, a CAMHS referral route, a
 * youth club). An organisation adds its own entries as `directory-resource` records and
 * can switch national ones off (`disabledDirectoryIds` on the organisation record).
 *
 * EXAMPLE CONTENT: a service must review every entry, its words and its translations
 * before clinical use, and by `DIRECTORY_META.reviewBy`. Example entries are made up
 * (phone numbers from Ofcom's range for drama, web and email at example.org) and carry
 * `exampleContent: true`, so screens mark them "Example"; national entries are real
 * services, so they do not, but the bundle as a whole is example content.
 *
 * Design choices:
 * - Each entry is a `DirectoryEntry` whose data the domain schema accepts, so the flow,
 *   the card and the admin screens treat bundled and local entries alike.
 * - Words people read (name, description, opening hours, how to refer) come from
 *   `locales/en-GB/directory.json` (`entries.<id>.*`), so English is typed once; the flow
 *   translates bundled entries with the same keys in the `directory` namespace and falls
 *   back to the English here. Numbers, links, ages and tags are data here.
 * - Each national entry cites its organisation's own page (`DIRECTORY_META.sources`) and
 *   claims only what that page says: who it is for, how to reach it, what it costs and,
 *   where the page says so, when it is open. Shout has no phone number here: it is a text
 *   service, and a call link to 85258 would be wrong; its description says to text it.
 * - National entries are tagged `something-else` only ("helps with any worry", see
 *   src/domain/signposting.ts) rather than with topics their pages may not name, so they
 *   always come up but a local entry tagged with the exact topic ranks first.
 */
import type { DirectoryEntry, DirectoryResourceData } from '../domain';
import words from '../../locales/en-GB/directory.json';

/** The i18next namespace holding the bundled entries' words. */
export const DIRECTORY_NAMESPACE = 'directory';

/** When the bundled entries were written and must be reviewed by; all are example content. */
const PUBLISHED_ON = '2026-12-02';
const REVIEW_BY = '2027-06-01';

interface EntryWords {
  name: string;
  description: string;
  openingHours?: string;
  howToRefer?: string;
}

const ENTRY_WORDS: Readonly<Record<string, EntryWords>> = words.entries;

/** Everything about a bundled entry except its words and the fields all bundled entries share. */
type EntryFacts = Omit<
  DirectoryResourceData,
  'name' | 'description' | 'openingHours' | 'howToRefer' | 'exampleContent' | 'reviewBy'
>;

function bundled(id: string, source: 'national' | 'example', facts: EntryFacts): DirectoryEntry {
  const own = ENTRY_WORDS[id];
  // A missing entry is a mistake in this file or the locale file; the content test fails on it.
  if (own === undefined) throw new Error(`locales/en-GB/directory.json has no entry ${id}`);
  const data: DirectoryResourceData = {
    name: own.name,
    description: own.description,
    ...facts,
    // Only made-up entries are marked as examples on screen: calling Childline "an
    // example" would confuse the adult signposting. The whole bundle still needs review
    // (DIRECTORY_META.exampleContent).
    exampleContent: source === 'example',
    reviewBy: REVIEW_BY,
    status: 'active',
  };
  if (own.openingHours !== undefined) data.openingHours = own.openingHours;
  if (own.howToRefer !== undefined) data.howToRefer = own.howToRefer;
  return { id, source, data };
}

/** National services first, then the example local entries; the flow sorts by match. */
export const BUNDLED_DIRECTORY: readonly DirectoryEntry[] = [
  bundled('national-childline', 'national', {
    groupings: ['getting-advice'],
    topics: ['something-else'],
    offers: ['someone-to-talk-to'],
    // "Anyone under 19."
    ageRange: { minAge: 0, maxAge: 18 },
    contact: { phone: '0800 1111', url: 'https://www.childline.org.uk/' },
    cost: 'free',
    selfReferral: true,
  }),
  bundled('national-shout', 'national', {
    groupings: ['getting-advice'],
    topics: ['something-else'],
    offers: ['someone-to-talk-to'],
    // "Anyone of any age, who is a resident in the UK": the whole range the schema allows.
    ageRange: { minAge: 0, maxAge: 25 },
    contact: { url: 'https://giveusashout.org/' },
    cost: 'free',
    selfReferral: true,
  }),
  bundled('national-youngminds', 'national', {
    groupings: ['getting-advice'],
    topics: ['something-else'],
    offers: ['things-to-try'],
    // Information for young people, and for the parents and carers of younger children.
    ageRange: { minAge: 0, maxAge: 25 },
    contact: { url: 'https://www.youngminds.org.uk/young-person/' },
    cost: 'free',
    selfReferral: true,
  }),
  bundled('national-kooth', 'national', {
    groupings: ['getting-advice'],
    topics: ['something-else'],
    offers: ['someone-to-talk-to', 'things-to-try'],
    // 10 to 25 nationally; some areas fund it for different ages (the words say so).
    ageRange: { minAge: 10, maxAge: 25 },
    contact: { url: 'https://www.kooth.com/' },
    // Free to the young person where the area funds it (the words say so).
    cost: 'free',
    selfReferral: true,
  }),
  bundled('example-school-counselling', 'example', {
    groupings: ['getting-advice'],
    topics: ['worries', 'low-mood', 'friendships-bullying', 'family', 'loss', 'school-pressure'],
    offers: ['someone-to-talk-to'],
    ageRange: { minAge: 11, maxAge: 18 },
    contact: { email: 'counselling@example.org' },
    cost: 'free',
    selfReferral: true,
    walkIn: false,
    languages: ['English'],
  }),
  bundled('example-mental-health-support-team', 'example', {
    groupings: ['getting-advice', 'getting-help'],
    topics: ['worries', 'low-mood', 'sleep', 'school-pressure'],
    offers: ['things-to-try', 'someone-to-talk-to'],
    ageRange: { minAge: 5, maxAge: 18 },
    contact: { phone: '0113 496 0000', url: 'https://www.example.org/mhst' },
    cost: 'free',
    selfReferral: true,
    walkIn: false,
    languages: ['English', 'Urdu'],
  }),
  bundled('example-camhs-referral', 'example', {
    groupings: ['getting-help', 'getting-more-help'],
    topics: ['worries', 'low-mood', 'self-harm', 'eating'],
    offers: ['specialist-help'],
    ageRange: { minAge: 0, maxAge: 17 },
    contact: { phone: '0113 496 0001', url: 'https://www.example.org/camhs' },
    cost: 'free',
    selfReferral: false,
    walkIn: false,
    languages: ['English'],
  }),
  bundled('example-youth-club', 'example', {
    groupings: ['thriving'],
    topics: ['friendships-bullying', 'low-mood', 'identity'],
    offers: ['activities', 'someone-to-talk-to'],
    ageRange: { minAge: 11, maxAge: 18 },
    contact: { address: 'Example Community Centre, High Street' },
    cost: 'free',
    selfReferral: true,
    walkIn: true,
    languages: ['English'],
  }),
];

/** The page each national entry's claims come from. */
export interface DirectorySource {
  entryId: string;
  title: string;
  url: string;
}

/** When the bundled directory was written, when it must be reviewed, where it comes from. */
export const DIRECTORY_META = {
  publishedOn: PUBLISHED_ON,
  reviewBy: REVIEW_BY,
  exampleContent: true,
  /** English; the same words are `directory:exampleNotice` in every language. */
  exampleNotice: words.exampleNotice,
  sources: [
    {
      entryId: 'national-childline',
      title: 'Childline: Contacting Childline',
      url: 'https://www.childline.org.uk/get-support/contacting-childline/',
    },
    {
      entryId: 'national-shout',
      title: 'Shout 85258: FAQ',
      url: 'https://giveusashout.org/about-us/faq/',
    },
    {
      entryId: 'national-youngminds',
      title: 'YoungMinds: Information and advice for young people',
      url: 'https://www.youngminds.org.uk/young-person/',
    },
    { entryId: 'national-kooth', title: 'Kooth', url: 'https://www.kooth.com/' },
    {
      entryId: 'national-kooth',
      title: 'Kooth plc: The Kooth FAQ (ages 10 to 25, varying by area)',
      url: 'https://koothplc.com/article/the-kooth-faq',
    },
  ] satisfies readonly DirectorySource[],
} as const;

/** The bundled entries a service has not switched off, in bundled order. */
export function enabledBundledEntries(disabledIds: readonly string[] = []): DirectoryEntry[] {
  const off = new Set(disabledIds);
  return BUNDLED_DIRECTORY.filter((entry) => !off.has(entry.id));
}
