/**
 * A directory entry as the screens show it, its words resolved in the reader's language,
 * and the same entry as a card resource (display fields only, card-code.ts).
 *
 * Bundled entries may have their words in the `directory` namespace
 * (`entries.<id>.name` …); the English in the data is the fallback, and an organisation's
 * own entries are shown exactly as its admin wrote them.
 */
import type { TFunction } from 'i18next';
import type { DirectoryEntry } from '../../domain/signposting';
import type { CardResource } from './card-code';

export interface EntryView {
  id: string;
  name: string;
  description: string;
  example: boolean;
  minAge: number;
  maxAge: number;
  phone?: string | undefined;
  url?: string | undefined;
  email?: string | undefined;
  address?: string | undefined;
  walkIn: boolean;
  /** Undefined when the entry doesn't say. */
  selfReferral?: boolean | undefined;
  howToRefer?: string | undefined;
  openingHours?: string | undefined;
  cost: 'free' | 'paid' | 'varies';
  languages: string[];
}

function words(
  t: TFunction,
  entry: DirectoryEntry,
  field: 'name' | 'description' | 'openingHours' | 'howToRefer',
  fallback: string | undefined,
): string | undefined {
  if (entry.source === 'local' || !fallback) return fallback;
  return t(`directory:entries.${entry.id}.${field}`, { defaultValue: fallback });
}

export function entryView(t: TFunction, entry: DirectoryEntry): EntryView {
  const { data } = entry;
  return {
    id: entry.id,
    name: words(t, entry, 'name', data.name) ?? data.name,
    description: words(t, entry, 'description', data.description) ?? data.description,
    example: data.exampleContent || entry.source === 'example',
    minAge: data.ageRange.minAge,
    maxAge: data.ageRange.maxAge,
    phone: data.contact.phone,
    url: data.contact.url,
    email: data.contact.email,
    address: data.contact.address?.trim() || undefined,
    walkIn: data.walkIn === true,
    selfReferral: data.selfReferral,
    howToRefer: words(t, entry, 'howToRefer', data.howToRefer?.trim() || undefined),
    openingHours: words(t, entry, 'openingHours', data.openingHours?.trim() || undefined),
    cost: data.cost,
    languages: data.languages ?? [],
  };
}

/** What goes on the card: the entry's display fields only, never its id or tags. */
export function toCardResource(view: EntryView): CardResource {
  const resource: CardResource = {
    name: view.name,
    description: view.description,
    cost: view.cost,
    walkIn: view.walkIn,
  };
  if (view.phone) resource.phone = view.phone;
  if (view.url) resource.url = view.url;
  if (view.email) resource.email = view.email;
  if (view.address) resource.address = view.address;
  if (view.openingHours) resource.openingHours = view.openingHours;
  if (view.selfReferral !== undefined) resource.selfReferral = view.selfReferral;
  if (view.howToRefer) resource.howToRefer = view.howToRefer;
  if (view.example) resource.example = true;
  return resource;
}

/** "childline.org.uk" for a link's words: shorter than the address and easy to read out. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host.replace(/^www\./, '');
  } catch {
    return url;
  }
}
