/**
 * The RESPECT agenda, as shipped: "As someone seeking help from a professional, I have a
 * right to RESPECT" (THRIVE Elaborated, 2nd edition, 2016, Figure 3; domain/THRIVE.md §3).
 *
 * - Seven headings (R Review, E Effective help, S Select, P Progress, E Expression,
 *   C Clarity, T Transition support) with their statements in the young person's voice.
 *   The PDF text shifts the bullets against the headings; this follows THRIVE.md §3's
 *   reading, which aligns each bullet with the heading whose meaning it carries.
 * - `text` is the English source; people see `respect:headings.<id>` and
 *   `respect:items.<id>` from locales/ (a test keeps en-GB equal to this text).
 * - Example content: a service must review it (and its translations) before clinical use.
 *   Item ids are stable: `respect-item` records refer to them, so never reuse or rename one.
 */
import { respectContentSchema, type RespectContent } from '../domain';

export const RESPECT_CONTENT: RespectContent = respectContentSchema.parse({
  intro: 'As someone seeking help from a professional, I have a right to RESPECT',
  headings: [
    { id: 'review', letter: 'R', text: 'Review' },
    { id: 'effective-help', letter: 'E', text: 'Effective help' },
    { id: 'select', letter: 'S', text: 'Select' },
    { id: 'progress', letter: 'P', text: 'Progress' },
    { id: 'expression', letter: 'E', text: 'Expression' },
    { id: 'clarity', letter: 'C', text: 'Clarity' },
    { id: 'transition-support', letter: 'T', text: 'Transition support' },
  ],
  items: [
    {
      id: 'review-options',
      headingId: 'review',
      text: 'Know what options are available',
      fulfilledIn: ['decisions'],
    },
    {
      id: 'review-pros-and-cons',
      headingId: 'review',
      text: 'Know the pros and cons of the different options',
      fulfilledIn: ['decisions'],
    },
    {
      id: 'effective-help-evidence',
      headingId: 'effective-help',
      text: 'Know the evidence for the help and support being suggested',
      fulfilledIn: ['decisions'],
    },
    {
      id: 'effective-help-types',
      headingId: 'effective-help',
      text: 'Know if there are different types of help that may be effective',
      fulfilledIn: ['decisions'],
    },
    {
      id: 'effective-help-expectations',
      headingId: 'effective-help',
      text: 'Know what is expected from me or others for the treatment',
      fulfilledIn: ['decisions'],
    },
    {
      id: 'select-choices',
      headingId: 'select',
      text: 'Make choices about what help I get when different evidence-based approaches exist',
      fulfilledIn: ['decisions'],
    },
    {
      id: 'progress-goals',
      headingId: 'progress',
      text: 'Be involved in setting and reviewing goals',
      fulfilledIn: ['goals'],
    },
    {
      id: 'progress-how-soon',
      headingId: 'progress',
      text: 'Know how soon and to what extent things are likely to improve',
      fulfilledIn: ['goals'],
    },
    {
      id: 'progress-if-not-better',
      headingId: 'progress',
      text: 'Agree what will happen if things don’t get better',
      fulfilledIn: ['goals', 'ending-plan'],
    },
    {
      id: 'expression-listened-to',
      headingId: 'expression',
      text: 'Be listened to and have my views taken into account',
      fulfilledIn: ['young-person-views'],
    },
    {
      id: 'clarity-understanding',
      headingId: 'clarity',
      text: 'Know how those supporting me understand the difficulties',
      fulfilledIn: ['formulation'],
    },
    {
      id: 'clarity-information',
      headingId: 'clarity',
      text: 'Know what is happening to information about me',
      fulfilledIn: ['access-record'],
    },
    {
      id: 'transition-further-help',
      headingId: 'transition-support',
      text: 'Be supported to find further help if needed',
      fulfilledIn: ['signposting', 'ending-plan'],
    },
  ],
  sources: [
    {
      id: 'thrive-elaborated-2016',
      title: 'THRIVE Elaborated, 2nd edition',
      authors: 'Wolpert M. et al.',
      publisher: 'Anna Freud Centre and the Tavistock and Portman NHS Foundation Trust',
      year: 2016,
      section: 'Figure 3: Respect agenda',
    },
  ],
  publishedOn: '2026-11-23',
  reviewBy: '2027-11-23',
  version: 1,
  exampleContent: true,
  language: 'en-GB',
});
