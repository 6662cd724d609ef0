/**
 * Field schemas shared by record kinds. Messages are keys in locales/<lang>/validation.json.
 *
 * Schemas check values; they never rewrite them for storage. The registry returns the
 * record as merged (not zod's output), so every replica holds exactly what was written
 * whatever path a write took. `text()` trims only to decide whether something was typed;
 * forms should trim before writing.
 */
import { z } from 'zod';
import { idSchema } from '../ids';
import { isoDateTimeSchema } from '../record';

/** Length limits used across kinds, so the same sort of text has the same limit. */
export const NAME_MAX = 100;
export const SHORT_TEXT_MAX = 500;
export const LONG_TEXT_MAX = 5000;

/** Free text a person typed: trimmed, required, bounded. */
export const text = (max: number) =>
  z.string().trim().min(1, { message: 'required' }).max(max, { message: 'tooLong' });

/** Free text that may be left empty. */
export const optionalText = (max: number) =>
  z.string().trim().max(max, { message: 'tooLong' }).optional();

/** A calendar date, YYYY-MM-DD, that exists. */
export const calendarDate = z.iso.date({ message: 'invalidDate' });

export const dateTime = isoDateTimeSchema;

export const ref = idSchema;

/** A whole number in [min, max]. */
export const intBetween = (min: number, max: number) =>
  z
    .number({ message: 'wrongType' })
    .int({ message: 'wrongType' })
    .min(min, { message: 'tooSmall' })
    .max(max, { message: 'tooBig' });

/** BCP 47 language tags the app ships (locales/). */
export const languageSchema = z.enum(['en-GB', 'cy', 'ur'], { message: 'notAnOption' });

/** One of a fixed list of values (stable kebab-case ids, translated in locales/). */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { message: 'notAnOption' });

/**
 * An id of a piece of content (RESPECT item, Current View problem, option, question,
 * measure, topic): lower-case kebab-case, like `review-options`. Content lists are data,
 * so schemas check the shape of an id, not membership of a list.
 */
export const contentId = z
  .string()
  .max(64, { message: 'tooLong' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'invalidFormat' });

/**
 * A UK-style phone number as people write it: digits and spaces, an optional leading +,
 * 3 to 15 digits (so 999, 111 and 116 123 are valid, as are +44 20 7946 0000 and
 * 0800 1111).
 */
export const phoneNumber = z
  .string()
  .trim()
  .max(20, { message: 'tooLong' })
  .regex(/^(?=(?:\D*\d){3,15}\D*$)\+?[0-9 ]+$/, { message: 'invalidPhone' });

export const emailAddress = z.email({ message: 'invalidEmail' }).max(254, { message: 'tooLong' });

/** A web address people can open: http(s) with a real domain name only. */
export const webAddress = z
  .url({ protocol: /^https?$/, hostname: z.regexes.domain, message: 'invalidUrl' })
  .max(2000, { message: 'tooLong' });

/** A SHA-256 digest as 64 lower-case hex characters. */
export const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, { message: 'invalidFormat' });

/**
 * A position in a list that people reorder. Any number, so an item can be put between two
 * others (1.5) without rewriting its neighbours, which would conflict on other devices.
 */
export const listOrder = z
  .number({ message: 'wrongType' })
  .min(0, { message: 'tooSmall' })
  .max(1_000_000_000, { message: 'tooBig' });

/** An age in whole years, as used for audiences and age ranges (0 to 25, as THRIVE). */
export const ageYears = intBetween(0, 25);

/**
 * The latest date that is "today" somewhere on Earth (UTC+14). A date check in UTC would
 * call a UK date "in the future" between midnight and 1 a.m. in summer time, and the
 * server must accept what any device could rightly write.
 */
export function latestToday(now: number = Date.now()): string {
  return new Date(now + 14 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

/** A calendar date that is not after today. */
export const pastOrTodayDate = calendarDate.refine((d) => d <= latestToday(), {
  message: 'dateInFuture',
});

/** True when every value in the list is different (for ids and choices in arrays). */
export function allDifferent(values: readonly unknown[]): boolean {
  return new Set(values).size === values.length;
}

/**
 * What every piece of bundled clinical content carries (option grids, the RESPECT agenda):
 * when it was published and must be reviewed by, its version and language, and whether
 * it is example content a service must review before clinical use.
 */
export const contentMetaShape = {
  publishedOn: calendarDate,
  reviewBy: calendarDate,
  version: intBetween(1, 1_000_000),
  /** True for content shipped for trying the app: a service must review it first. */
  exampleContent: z.boolean({ message: 'wrongType' }),
  language: languageSchema,
};

/** The review date of content cannot come before it was published. */
export function checkReviewAfterPublished(
  content: { publishedOn: string; reviewBy: string },
  ctx: z.RefinementCtx,
): void {
  if (content.reviewBy < content.publishedOn) {
    ctx.addIssue({ code: 'custom', message: 'reviewDateBeforePublished', path: ['reviewBy'] });
  }
}

/** An issue at each item whose id repeats an earlier one in the same list. */
export function checkDistinctIds(
  list: string,
  items: readonly { id: string }[],
  ctx: z.RefinementCtx,
): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id))
      ctx.addIssue({ code: 'custom', message: 'duplicateId', path: [list, i, 'id'] });
    seen.add(item.id);
  });
}
