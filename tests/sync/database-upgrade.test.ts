// Version 2 of the local store adds the `rejected` table and version 3 the `drafts`
// table; a device still on version 1 keeps its records and its outbox through both, and
// through version 6, whose encryption at rest seals them at the first unlock.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { OurPlanDatabase } from '../../src/db/database';
import { createDataKey } from '../../src/db/encryption/key-store';
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
    expect(db.verno).toBe(6);
    // Version 6 (issue #10): the old rows stay readable until the first unlock seals them.
    expect((await db.outbox.toArray())[0]?.id).toBe('m1');
    await createDataKey(db, 'user-1', '258036', { iterations: 1_000 });
    expect((await db.outbox.toArray())[0]?.queuedAt).toBe('x');
    db.keys.forget();
    await expect(db.outbox.toArray()).rejects.toThrow(/locked/);
    await db.delete();
  });
});
