// Version 2 of the local store adds the `rejected` table and version 3 the `drafts`
// table; a device still on version 1 keeps its records and its outbox through both.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { OurPlanDatabase } from '../../src/db/database';
import { META_INDEXES_V1, OUTBOX_INDEXES_V1, RECORD_INDEXES_V1 } from '../../src/db/tables';

describe('local store upgrades', () => {
  it('opens a version 1 database with its data intact and empty rejected and drafts tables', async () => {
    const name = `ourplan-v1-${process.pid}-${Date.now()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({
      ...RECORD_INDEXES_V1,
      outbox: OUTBOX_INDEXES_V1,
      meta: META_INDEXES_V1,
    });
    await v1.table('meta').put({ key: 'deviceId', value: 'old-device' });
    await v1
      .table('outbox')
      .add({ id: 'm1', recordId: 'r1', caseId: null, mutation: {}, queuedAt: 'x' });
    v1.close();

    const db = new OurPlanDatabase(name);
    expect((await db.meta.get('deviceId'))?.value).toBe('old-device');
    expect(await db.outbox.count()).toBe(1);
    expect(await db.rejected.count()).toBe(0);
    expect(await db.drafts.count()).toBe(0);
    expect(db.verno).toBe(5);
    await db.delete();
  });
});
