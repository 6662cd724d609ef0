/**
 * The RESPECT part's form, as pure functions: its values from the case's records, its
 * schema, and the writes that saving makes. Kept apart from the screen so it is unit
 * tested without rendering.
 *
 * Design choices:
 * - Flat field names (`status-review-options`, `words-review-options`): one field per
 *   control, so each problem is reported on the control it is about.
 * - One `respect-item` record per item per case (see the kind). An item nobody has marked
 *   has no record; choosing a status creates one. Words need a status: the record says
 *   where the conversation stands, and words alone cannot say that.
 * - Saving writes only what changed, and names this session on every item it touches, so
 *   the case can show when each right was last talked about.
 */
import { z } from 'zod';
import {
  LONG_TEXT_MAX,
  RESPECT_STATUSES,
  type AnyRecord,
  type RespectStatus,
} from '../../../domain';

export type RespectFormValues = Record<string, string>;

export const statusField = (itemId: string) => `status-${itemId}`;
export const wordsField = (itemId: string) => `words-${itemId}`;

/** The latest record for each item (two devices may each have made one). */
export function latestByItem(records: readonly AnyRecord[]): Map<string, AnyRecord> {
  const latest = new Map<string, AnyRecord>();
  for (const r of records) {
    if (r.deleted) continue;
    const itemId = String(r.itemId);
    const current = latest.get(itemId);
    if (!current || r.updatedAt > current.updatedAt) latest.set(itemId, r);
  }
  return latest;
}

export function respectFormValues(
  itemIds: readonly string[],
  records: readonly AnyRecord[],
): RespectFormValues {
  const latest = latestByItem(records);
  const values: RespectFormValues = {};
  for (const id of itemIds) {
    const r = latest.get(id);
    values[statusField(id)] = typeof r?.status === 'string' ? r.status : '';
    values[wordsField(id)] = typeof r?.youngPersonWords === 'string' ? r.youngPersonWords : '';
  }
  return values;
}

export function respectFormSchema(itemIds: readonly string[]): z.ZodType<RespectFormValues> {
  const shape: Record<string, z.ZodType<string>> = {};
  for (const id of itemIds) {
    shape[statusField(id)] = z.enum(['', ...RESPECT_STATUSES], { message: 'notAnOption' });
    shape[wordsField(id)] = z.string().max(LONG_TEXT_MAX, { message: 'tooLong' });
  }
  return z.object(shape).superRefine((values, ctx) => {
    for (const id of itemIds) {
      if ((values[wordsField(id)] ?? '').trim() !== '' && values[statusField(id)] === '') {
        ctx.addIssue({ code: 'custom', message: 'respectStatusRequired', path: [statusField(id)] });
      }
    }
  }) as z.ZodType<RespectFormValues>;
}

/** One write that saving makes. */
export type RespectWrite =
  | { op: 'create'; data: Record<string, unknown> }
  | { op: 'update'; id: string; changes: Record<string, unknown> };

export function respectWrites(
  itemIds: readonly string[],
  values: RespectFormValues,
  records: readonly AnyRecord[],
  sessionId: string,
): RespectWrite[] {
  const latest = latestByItem(records);
  const writes: RespectWrite[] = [];
  for (const id of itemIds) {
    const status = values[statusField(id)] ?? '';
    const words = (values[wordsField(id)] ?? '').trim();
    const existing = latest.get(id);
    if (!existing) {
      if (status === '') continue;
      writes.push({
        op: 'create',
        data: {
          itemId: id,
          status: status as RespectStatus,
          ...(words !== '' ? { youngPersonWords: words } : {}),
          sessionId,
        },
      });
      continue;
    }
    const changes: Record<string, unknown> = {};
    if (status !== '' && status !== existing.status) changes.status = status;
    if (words !== (typeof existing.youngPersonWords === 'string' ? existing.youngPersonWords : ''))
      changes.youngPersonWords = words;
    if (Object.keys(changes).length === 0) continue;
    if (existing.sessionId !== sessionId) changes.sessionId = sessionId;
    writes.push({ op: 'update', id: existing.id, changes });
  }
  return writes;
}
