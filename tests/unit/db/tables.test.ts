// Every record kind the domain declares has a table in the local store, and no table
// names a kind the domain does not know.
import { describe, expect, it } from 'vitest';
import { KIND_NAMES } from '../../../src/domain';
import { RECORD_INDEXES, TABLE_FOR_KIND } from '../../../src/db/tables';

describe('local store tables', () => {
  it('maps exactly the domain kinds to tables', () => {
    expect(Object.keys(TABLE_FOR_KIND).sort()).toEqual([...KIND_NAMES].sort());
  });

  it('gives every table an index definition with id as primary key', () => {
    for (const table of Object.values(TABLE_FOR_KIND)) {
      expect(RECORD_INDEXES[table].split(',')[0]!.trim()).toBe('id');
    }
  });
});
