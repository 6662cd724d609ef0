/**
 * An area's own list of crisis lines (issue #7 item 2), written by an admin and shown on
 * every safety plan in the organisation. Without one, the app shows its bundled UK
 * defaults (src/content/crisis-contacts.ts).
 *
 * Design choices:
 * - One record holds the whole list, in the order people should see it (emergency
 *   first): a crisis list is reviewed and published as a whole, and a half-synced list
 *   must never show. Editable, organisation scope, like directory resources.
 * - Each contact can be called (`call`) or texted (`text`), or both; numbers are checked
 *   loosely as people write them (fields.ts phoneNumber), and links are made from the
 *   digits only (content's telHref/smsHref), so a number can never become a script.
 * - `reviewBy`, `sources` (at least one) and `exampleContent`, as for all clinical
 *   content: out-of-date crisis numbers are worse than none.
 */
import { z } from 'zod';
import { defineKind, type DataOf, type RecordOf } from '../kind';
import {
  NAME_MAX,
  SHORT_TEXT_MAX,
  calendarDate,
  checkDistinctIds,
  contentId,
  oneOf,
  optionalText,
  phoneNumber,
  text,
  webAddress,
} from './fields';

/** How urgent a line is, so the plan can show emergencies first. */
export const CRISIS_CONTACT_WHEN = ['emergency', 'urgent', 'talk'] as const;
export type CrisisContactWhen = (typeof CRISIS_CONTACT_WHEN)[number];

/** Longest text message body a contact can suggest (one SMS). */
export const CRISIS_TEXT_BODY_MAX = 160;

export const crisisContactSchema = z
  .strictObject({
    id: contentId,
    name: text(NAME_MAX),
    description: text(SHORT_TEXT_MAX),
    /** A number to call, as people write it ("0800 1111", "999"). */
    call: phoneNumber.optional(),
    /** A number to text, and what to write first if the service asks for a word. */
    text: z
      .strictObject({
        number: phoneNumber,
        body: optionalText(CRISIS_TEXT_BODY_MAX),
      })
      .optional(),
    hours: text(NAME_MAX),
    when: oneOf(CRISIS_CONTACT_WHEN).optional(),
  })
  .refine((c) => c.call !== undefined || c.text !== undefined, {
    message: 'required',
    path: ['call'],
  });
export type CrisisContactData = z.infer<typeof crisisContactSchema>;

/** Where a list's lines come from: each organisation's own page. */
export const crisisSourceSchema = z.strictObject({
  title: text(SHORT_TEXT_MAX),
  url: webAddress.optional(),
});

export const CRISIS_CONTACTS_MAX = 20;

export const crisisContactListKind = defineKind({
  kind: 'crisis-contact-list',
  family: 'editable',
  scope: 'organisation',
  description: "The organisation's crisis lines, shown first on every safety plan.",
  data: z
    .strictObject({
      contacts: z
        .array(crisisContactSchema)
        .min(1, { message: 'tooFew' })
        .max(CRISIS_CONTACTS_MAX, { message: 'tooMany' }),
      reviewBy: calendarDate,
      sources: z
        .array(crisisSourceSchema)
        .min(1, { message: 'needsSource' })
        .max(CRISIS_CONTACTS_MAX * 2, { message: 'tooMany' }),
      exampleContent: z.boolean({ message: 'wrongType' }),
    })
    .superRefine((list, ctx) => checkDistinctIds('contacts', list.contacts, ctx)),
});

export type CrisisContactListData = DataOf<typeof crisisContactListKind>;
export type CrisisContactListRecord = RecordOf<typeof crisisContactListKind>;
