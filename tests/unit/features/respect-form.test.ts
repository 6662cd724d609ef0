// The RESPECT part's form logic: values from records, the rule that words need a status,
// and the writes saving makes (only what changed, naming the session).
import { describe, expect, it } from 'vitest';
import type { AnyRecord } from '../../../src/domain';
import {
  latestByItem,
  respectFormSchema,
  respectFormValues,
  respectWrites,
} from '../../../src/features/session/respect/respect-form';

const ITEMS = ['review-options', 'progress-goals'];

function item(id: string, itemId: string, data: Record<string, unknown>, updatedAt: string) {
  return {
    id,
    kind: 'respect-item',
    caseId: 'case-1',
    itemId,
    updatedAt,
    createdAt: updatedAt,
    deleted: false,
    ...data,
  } as unknown as AnyRecord;
}

describe('RESPECT form', () => {
  it('starts from the latest record of each item and leaves the others blank', () => {
    const records = [
      item('a', 'review-options', { status: 'not-yet' }, '2026-11-01T10:00:00.000Z'),
      item(
        'b',
        'review-options',
        { status: 'talked-about', youngPersonWords: 'Yes' },
        '2026-11-02T10:00:00.000Z',
      ),
    ];
    expect(latestByItem(records).get('review-options')?.id).toBe('b');
    expect(respectFormValues(ITEMS, records)).toEqual({
      'status-review-options': 'talked-about',
      'words-review-options': 'Yes',
      'status-progress-goals': '',
      'words-progress-goals': '',
    });
  });

  it('asks for a status when words were written without one, on that item', () => {
    const schema = respectFormSchema(ITEMS);
    const result = schema.safeParse({
      'status-review-options': '',
      'words-review-options': 'I want to know about groups',
      'status-progress-goals': '',
      'words-progress-goals': '',
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['status-review-options', 'respectStatusRequired'],
    ]);
    expect(
      schema.safeParse({
        'status-review-options': 'talked-about',
        'words-review-options': 'I want to know about groups',
        'status-progress-goals': '',
        'words-progress-goals': '   ',
      }).success,
    ).toBe(true);
  });

  it('creates records for newly marked items and updates only what changed', () => {
    const records = [
      item(
        'a',
        'review-options',
        { status: 'not-yet', sessionId: 's-old' },
        '2026-11-01T10:00:00.000Z',
      ),
    ];
    const writes = respectWrites(
      ITEMS,
      {
        'status-review-options': 'talked-about',
        'words-review-options': ' More about groups ',
        'status-progress-goals': 'not-relevant-today',
        'words-progress-goals': '',
      },
      records,
      's-new',
    );
    expect(writes).toEqual([
      {
        op: 'update',
        id: 'a',
        changes: {
          status: 'talked-about',
          youngPersonWords: 'More about groups',
          sessionId: 's-new',
        },
      },
      {
        op: 'create',
        data: { itemId: 'progress-goals', status: 'not-relevant-today', sessionId: 's-new' },
      },
    ]);
    // Nothing changed: nothing written.
    expect(respectWrites(ITEMS, respectFormValues(ITEMS, records), records, 's-new')).toEqual([]);
  });
});
