/**
 * The RESPECT agenda (domain/THRIVE.md §3; THRIVE Elaborated, 2nd edition, 2016, Figure 3)
 * as content data, and how far a case has walked it.
 *
 * Design choices:
 * - The items are content (src/content/respect.ts), validated by `respectContentSchema`,
 *   so a service can adjust them. Content carries stable ids and the English source text;
 *   the words people see are keyed into locales/<lang>/respect.json
 *   (`headings.<headingId>`, `items.<itemId>`), so they can be translated.
 * - Each item says where the app fulfils it (`fulfilledIn`, a small enum of app areas),
 *   following THRIVE.md §3: R/E/S → option grids and decisions; P → goals and ratings,
 *   ending plan; E(xpression) → the young person's notes and views; C → formulation in
 *   plain words and the record of who accessed their information; T → signposting and
 *   the transition/ending plan. Splitting a heading's areas between its items (e.g. C's
 *   two items) is this file's reading, not the framework's.
 * - Coverage works from the case's `respect-item` records. They are editable (one per
 *   item, latest state wins), so they hold the current state, not a history: "talked
 *   about, last on …" is the `updatedAt` (and session) of a record whose status is now
 *   `talked-about`. An item is "never covered" when no record says it was talked about.
 */
import { z } from 'zod';
import {
  NAME_MAX,
  SHORT_TEXT_MAX,
  allDifferent,
  checkDistinctIds,
  checkReviewAfterPublished,
  contentMetaShape,
  contentId,
  intBetween,
  text,
  webAddress,
} from './kinds/fields';
import type { RespectItemRecord, RespectStatus } from './kinds/respect-item';

/**
 * Parts of the app a screen can send someone to: where a RESPECT item is fulfilled, and
 * where to go to meet an unmet best-practice item (src/domain/best-practice.ts).
 */
export const APP_AREAS = [
  'grouping',
  'sessions',
  'decisions',
  'goals',
  'ending-plan',
  'young-person-views',
  'formulation',
  'access-record',
  'signposting',
] as const;
export type AppArea = (typeof APP_AREAS)[number];
export const appAreaSchema = z.enum(APP_AREAS, { message: 'notAnOption' });

export const respectHeadingSchema = z.strictObject({
  id: contentId,
  /** The letter of R-E-S-P-E-C-T the heading stands for (English acronym). */
  letter: z.string().regex(/^[A-Z]$/, { message: 'invalidFormat' }),
  /** English source text; the displayed words are `respect:headings.<id>`. */
  text: text(NAME_MAX),
});
export type RespectHeading = z.infer<typeof respectHeadingSchema>;

export const respectStatementSchema = z.strictObject({
  id: contentId,
  headingId: contentId,
  /** English source text, in the young person's voice; displayed as `respect:items.<id>`. */
  text: text(SHORT_TEXT_MAX),
  fulfilledIn: z
    .array(appAreaSchema)
    .min(1, { message: 'required' })
    .max(APP_AREAS.length, { message: 'tooMany' })
    .refine(allDifferent, { message: 'duplicateItem' }),
});
export type RespectStatement = z.infer<typeof respectStatementSchema>;

export const contentSourceSchema = z.strictObject({
  id: contentId,
  title: text(SHORT_TEXT_MAX),
  authors: text(SHORT_TEXT_MAX),
  publisher: text(SHORT_TEXT_MAX),
  year: intBetween(1900, 2100),
  section: text(NAME_MAX).optional(),
  url: webAddress.optional(),
});
export type ContentSource = z.infer<typeof contentSourceSchema>;

export const respectContentSchema = z
  .strictObject({
    /** English source text of the opening line; displayed as `respect:intro`. */
    intro: text(SHORT_TEXT_MAX),
    headings: z
      .array(respectHeadingSchema)
      .min(1, { message: 'tooFew' })
      .max(20, { message: 'tooMany' }),
    items: z
      .array(respectStatementSchema)
      .min(1, { message: 'tooFew' })
      .max(100, { message: 'tooMany' }),
    sources: z
      .array(contentSourceSchema)
      .min(1, { message: 'required' })
      .max(20, { message: 'tooMany' }),
    ...contentMetaShape,
  })
  .superRefine((c, ctx) => {
    checkDistinctIds('headings', c.headings, ctx);
    checkDistinctIds('items', c.items, ctx);
    const headingIds = new Set(c.headings.map((h) => h.id));
    const used = new Set<string>();
    c.items.forEach((item, i) => {
      if (!headingIds.has(item.headingId))
        ctx.addIssue({ code: 'custom', message: 'notAnOption', path: ['items', i, 'headingId'] });
      used.add(item.headingId);
    });
    c.headings.forEach((h, i) => {
      if (!used.has(h.id))
        ctx.addIssue({ code: 'custom', message: 'tooFew', path: ['headings', i] });
    });
    checkReviewAfterPublished(c, ctx);
  });
export type RespectContent = z.infer<typeof respectContentSchema>;

/** What coverage needs of a `respect-item` record (a full record fits). */
export type RespectItemState = Pick<
  RespectItemRecord,
  'itemId' | 'status' | 'sessionId' | 'updatedAt' | 'deleted'
>;

export interface RespectItemCoverage {
  itemId: string;
  headingId: string;
  /** The item's current state; null when nobody has recorded anything for it. */
  status: RespectStatus | null;
  talkedAbout: boolean;
  /** When a record saying "talked about" was last written (ISO date-time). */
  lastTalkedAboutAt: string | null;
  /** The session that record names, if any. */
  lastSessionId: string | null;
}

export interface RespectHeadingCoverage {
  headingId: string;
  items: RespectItemCoverage[];
  talkedAbout: number;
  total: number;
  allTalkedAbout: boolean;
  lastTalkedAboutAt: string | null;
}

export interface RespectCoverage {
  /** In the content's order. */
  headings: RespectHeadingCoverage[];
  /** Ids of items no record says were talked about, in the content's order. */
  neverCovered: string[];
  /** Item ids in records that the content no longer has (a service removed them). */
  unknownItemIds: string[];
}

const later = (a: string | null, b: string | null): string | null =>
  a === null ? b : b === null ? a : a >= b ? a : b;

/**
 * Per heading and per item: talked about or not, when last, and which items were never
 * covered. Deleted records are ignored. When two records exist for one item (made on two
 * devices at once), the latest written gives the status, and any "talked about" counts.
 */
export function respectCoverage(
  content: Pick<RespectContent, 'headings' | 'items'>,
  records: readonly RespectItemState[],
): RespectCoverage {
  const byItem = new Map<string, RespectItemState[]>();
  for (const r of records) {
    if (r.deleted) continue;
    const list = byItem.get(r.itemId) ?? [];
    list.push(r);
    byItem.set(r.itemId, list);
  }

  const coverageOf = (itemId: string, headingId: string): RespectItemCoverage => {
    const list = byItem.get(itemId) ?? [];
    let latest: RespectItemState | undefined;
    let talked: RespectItemState | undefined;
    for (const r of list) {
      if (latest === undefined || r.updatedAt > latest.updatedAt) latest = r;
      if (r.status === 'talked-about' && (talked === undefined || r.updatedAt > talked.updatedAt))
        talked = r;
    }
    return {
      itemId,
      headingId,
      status: latest?.status ?? null,
      talkedAbout: talked !== undefined,
      lastTalkedAboutAt: talked?.updatedAt ?? null,
      lastSessionId: talked?.sessionId ?? null,
    };
  };

  const headings = content.headings.map((h): RespectHeadingCoverage => {
    const items = content.items
      .filter((i) => i.headingId === h.id)
      .map((i) => coverageOf(i.id, h.id));
    const talkedAbout = items.filter((i) => i.talkedAbout).length;
    return {
      headingId: h.id,
      items,
      talkedAbout,
      total: items.length,
      allTalkedAbout: items.length > 0 && talkedAbout === items.length,
      lastTalkedAboutAt: items.reduce<string | null>((m, i) => later(m, i.lastTalkedAboutAt), null),
    };
  });

  const known = new Set(content.items.map((i) => i.id));
  const allItems = headings.flatMap((h) => h.items);
  return {
    headings,
    neverCovered: content.items
      .map((i) => i.id)
      .filter((id) => !allItems.some((c) => c.itemId === id && c.talkedAbout)),
    unknownItemIds: [...byItem.keys()].filter((id) => !known.has(id)).sort(),
  };
}
