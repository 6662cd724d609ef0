/**
 * Where a case stands on one RESPECT agenda item (domain/THRIVE.md §3): whether it was
 * talked about, and the young person's own words about it.
 *
 * Design choices:
 * - The items themselves are content (`itemId` like `review-options`), so a service can
 *   adjust and translate them; this record holds only the case's state for one item.
 * - One record per item per case, edited as the agenda is revisited (latest state wins
 *   field by field); `sessionId` says when it was last talked about.
 */
import { z } from 'zod';
import { defineKind, type DataOf, type RecordOf } from '../kind';
import { LONG_TEXT_MAX, contentId, oneOf, optionalText, ref } from './fields';

export const RESPECT_STATUSES = ['talked-about', 'not-yet', 'not-relevant-today'] as const;
export type RespectStatus = (typeof RESPECT_STATUSES)[number];

export const respectItemKind = defineKind({
  kind: 'respect-item',
  family: 'editable',
  scope: 'case',
  description: "The case's state for one RESPECT agenda item, with the young person's words.",
  data: z.strictObject({
    itemId: contentId,
    status: oneOf(RESPECT_STATUSES),
    youngPersonWords: optionalText(LONG_TEXT_MAX),
    sessionId: ref.optional(),
  }),
});

export type RespectItemData = DataOf<typeof respectItemKind>;
export type RespectItemRecord = RecordOf<typeof respectItemKind>;
