// Property (fast-check): whatever the interleaving of local writes, syncs and lost
// answers across three devices, after a final round every device holds exactly the
// records the server holds, live and deleted, and nothing is left waiting or refused.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SyncEngine } from '../../src/sync';
import type { Actor } from '../../src/server/auth/actor';
import { deleteDevices, freshDevice, goalData, validCase, type TestDevice } from './helpers/device';
import {
  makeActor,
  openRealServer,
  serverRecords,
  serviceTransport,
  type RealServer,
} from './helpers/real-server';
import { canonical, deviceRecords } from './helpers/snapshot';

let server: RealServer;
beforeAll(async () => {
  server = await openRealServer();
});
afterAll(async () => server?.close());

interface Device extends TestDevice {
  engine: SyncEngine;
  /** Lose the server's next answer (after it applied the push). */
  loseNext: boolean;
}

async function device(actor: Actor): Promise<Device> {
  const d = await freshDevice(actor.userId);
  const self: Device = { ...d, engine: undefined as unknown as SyncEngine, loseNext: false };
  self.engine = new SyncEngine({
    db: d.db,
    deviceId: d.deviceId,
    transport: serviceTransport(server, actor, {
      loseAnswer: () => {
        const lose = self.loseNext;
        self.loseNext = false;
        return lose;
      },
    }),
  });
  return self;
}

const TEXTS = ['Go to school', 'Sleep better', 'See friends', 'Feel calmer', 'Eat breakfast'];
const NAMES = ['Sam', 'Sammy', 'S', 'Alex'];

const who = fc.integer({ min: 0, max: 2 });
const command = fc.oneof(
  fc.record({ op: fc.constant('addGoal' as const), who, text: fc.constantFrom(...TEXTS) }),
  fc.record({
    op: fc.constant('editGoal' as const),
    who,
    pick: fc.nat(),
    text: fc.constantFrom(...TEXTS),
  }),
  fc.record({ op: fc.constant('deleteGoal' as const), who, pick: fc.nat() }),
  fc.record({ op: fc.constant('rename' as const), who, name: fc.constantFrom(...NAMES) }),
  fc.record({ op: fc.constant('sync' as const), who }),
  fc.record({ op: fc.constant('syncLost' as const), who }),
);

describe('convergence with the real SyncService', () => {
  it('leaves every device holding the same records as the server', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 25 }), async (commands) => {
        const lead = makeActor();
        const colleague = makeActor();
        const devices = [await device(lead), await device(lead), await device(colleague)];
        try {
          const [tablet] = devices as [Device, Device, Device];
          const kase = await tablet.records.createCase({ ...validCase });
          await tablet.records.create('case-membership', kase.id, {
            userId: colleague.userId,
            role: 'practitioner',
            active: true,
          });
          await tablet.records.create('goal', kase.id, goalData());
          for (const d of devices) await d.engine.syncOnce();

          for (const c of commands) {
            const d = devices[c.who]!;
            const goals = (await d.db.recordTable('goal').where('caseId').equals(kase.id).toArray())
              .filter((g) => !g.deleted)
              .sort((a, b) => (a.id < b.id ? -1 : 1));
            const goal = 'pick' in c && goals.length > 0 ? goals[c.pick % goals.length] : undefined;
            switch (c.op) {
              case 'addGoal':
                await d.records.create('goal', kase.id, goalData(c.text, goals.length));
                break;
              case 'editGoal':
                if (goal) await d.records.update('goal', goal.id, { text: c.text });
                break;
              case 'deleteGoal':
                if (goal) await d.records.remove('goal', goal.id);
                break;
              case 'rename':
                await d.records.update('case', kase.id, { preferredName: c.name });
                break;
              case 'sync':
                await d.engine.syncOnce();
                break;
              case 'syncLost':
                d.loseNext = true;
                await d.engine.syncOnce().catch(() => undefined);
                d.loseNext = false;
                break;
            }
          }

          for (let round = 0; round < 2; round++)
            for (const d of devices) await d.engine.syncOnce();
          const expected = canonical(await serverRecords(server, kase.id));
          for (const d of devices) {
            expect(await d.db.outbox.count()).toBe(0);
            expect(await d.db.rejected.count()).toBe(0);
            expect(canonical(await deviceRecords(d.db))).toEqual(expected);
          }
        } finally {
          await deleteDevices();
        }
      }),
      { numRuns: 25 },
    );
  }, 180_000);
});
