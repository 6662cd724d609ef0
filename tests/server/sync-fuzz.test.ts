/**
 * Fuzzed pushes (fast-check): whatever a device sends inside a well-formed sync request,
 * the service answers without throwing, refuses each bad mutation by id, and writes
 * nothing.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KIND_NAMES, SCHEMA_VERSION, formatHlc, uuidv7 } from '../../src/domain';
import type { Backend } from '../../src/server/store/store';
import { backends } from './helpers/backends';
import {
  Device,
  counts,
  makeActor,
  openSyncFixture,
  seedCase,
  type SyncFixture,
} from './helpers/sync-fixtures';

describe.each(backends)('fuzzed pushes on %s', (backend: Backend) => {
  let fx: SyncFixture;
  let device: Device;
  let caseId: string;

  beforeAll(async () => {
    fx = await openSyncFixture(backend);
    device = new Device(fx.service, makeActor('practitioner', 'admin'));
    ({ caseId } = await seedCase(device));
  });
  afterAll(async () => {
    await fx?.close();
  });

  const id = fc.constant(null).map(() => uuidv7());
  /** Near-valid mutations: right envelope, random kinds, cases, ops and fields. */
  const nearMutation = fc.record({
    id,
    deviceId: fc.constantFrom('dev-1', 'bad id', ''),
    schemaVersion: fc.constantFrom(SCHEMA_VERSION, SCHEMA_VERSION + 1, 0, 1.5),
    recordId: fc.oneof(id, fc.string()),
    kind: fc.oneof(fc.constantFrom(...KIND_NAMES), fc.string()),
    caseId: fc.oneof(fc.constant(null), fc.constant('case'), id, fc.string()),
    op: fc.constantFrom('create', 'update', 'delete', 'upsert'),
    hlc: fc.oneof(
      fc.constant(null).map(() => formatHlc({ wall: Date.now(), counter: 0, node: 'dev-1' })),
      fc.string(),
    ),
    by: fc.constant('x'),
    at: fc.constant(new Date().toISOString()),
    set: fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 2 })),
    base: fc.dictionary(fc.string({ maxLength: 8 }), fc.array(fc.string(), { maxLength: 2 })),
  });

  it('never throws and never writes', async () => {
    const before = await counts(fx.store);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(fc.anything(), nearMutation), { maxLength: 8 }),
        async (mutations) => {
          const resolved = mutations.map((m) =>
            typeof m === 'object' && m !== null && 'caseId' in m && m.caseId === 'case'
              ? { ...m, caseId, by: device.actor.userId }
              : m,
          );
          const response = await device.service.sync(device.actor, device.id, {
            deviceId: device.id,
            mutations: resolved,
            checkpoint: device.checkpoint,
          });
          expect(response.accepted).toEqual([]);
          expect(response.rejected).toHaveLength(mutations.length);
        },
      ),
      { numRuns: 150 },
    );
    const after = await counts(fx.store);
    // Reads of the case are audited; nothing else may change.
    expect({ ...after, audit_events: 0 }).toEqual({ ...before, audit_events: 0 });
  });
});
