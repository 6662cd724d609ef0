/**
 * Sync figure 3: many devices syncing at once. Every device belongs to one of a few
 * practitioners, has a case of its own (with a goal) and shares one case with every
 * other device. Set-up (not timed): the shared case with everyone on its care team, each
 * device's own case, and a first pull by every device. Then all devices start together
 * and each runs `rounds` syncs, each pushing a goal edit and a rating in its own case and
 * two notes in the shared case (so every push contends for the shared case's row lock)
 * and pulling what the others wrote.
 *
 * Checked on the way: every mutation is accepted exactly once over all devices, none is
 * refused, and a fresh device then pulls every shared note exactly once.
 */
import type { Mutation } from '../../src/domain/index.ts';
import { median, percentile } from './report.ts';
import type { Person } from './sync-accounts.ts';
import { caseData, goalData, noteData, ratingData } from './sync-data.ts';
import { WireDevice } from './sync-wire.ts';

export interface ConcurrentResult {
  devices: number;
  mutations: number;
  requests: number;
  seconds: number;
  latencies: number[];
  medianMs: number;
  p95Ms: number;
  /** Every mutation id sent in the timed phase (for the store check after stop). */
  sentIds: string[];
  sharedCaseId: string;
  /** Requests of the timed phase that lost their connection and were sent again. */
  connectionErrors: string[];
}

interface SimDevice {
  wire: WireDevice;
  caseId: string;
  goalId: string;
}

async function setUp(url: string, people: Person[], devices: number) {
  const [lead] = people;
  if (!lead) throw new Error('no people');
  const leadDevice = new WireDevice(url, lead);
  const shared = leadDevice.create('case', null, caseData(0));
  const sharedCaseId = shared.recordId;
  const memberships = people.slice(1).map((p) =>
    leadDevice.create('case-membership', sharedCaseId, {
      userId: p.id,
      role: 'practitioner',
      active: true,
    }),
  );
  await leadDevice.push([shared, ...memberships]);

  const sims: SimDevice[] = [];
  for (let i = 0; i < devices; i++) {
    const wire = new WireDevice(url, people[i % people.length] ?? lead);
    const kase = wire.create('case', null, caseData(i));
    const goal = wire.create('goal', kase.recordId, goalData(0));
    await wire.push([kase, goal]);
    sims.push({ wire, caseId: kase.recordId, goalId: goal.recordId });
  }
  await Promise.all(sims.map((s) => s.wire.pullAll()));
  return { sims, sharedCaseId };
}

function changes(sim: SimDevice, sharedCaseId: string, round: number): Mutation[] {
  const { wire, caseId, goalId } = sim;
  return [
    wire.mutation('update', 'goal', goalId, caseId, { text: `Edited in round ${round}` }),
    wire.create('goal-rating', caseId, ratingData(goalId, round)),
    wire.create('note', sharedCaseId, noteData(2 * round + 1)),
    wire.create('note', sharedCaseId, noteData(2 * round + 2)),
  ];
}

export async function measureConcurrentSyncs(
  url: string,
  people: Person[],
  devices: number,
  rounds: number,
): Promise<ConcurrentResult> {
  const { sims, sharedCaseId } = await setUp(url, people, devices);
  const latencies: number[] = [];
  const sent: Mutation[] = [];
  const accepted = new Map<string, number>();
  const refused: string[] = [];

  const errorsBefore = WireDevice.connectionErrors.length;
  const t0 = performance.now();
  await Promise.all(
    sims.map(async (sim) => {
      for (let round = 0; round < rounds; round++) {
        const batch = changes(sim, sharedCaseId, round);
        sent.push(...batch);
        const response = await sim.wire.sync(batch);
        latencies.push(response.ms);
        for (const id of response.accepted) accepted.set(id, (accepted.get(id) ?? 0) + 1);
        refused.push(...response.rejected.map((r) => `${r.id}: ${r.key}`));
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  const connectionErrors = WireDevice.connectionErrors.slice(errorsBefore);

  if (refused.length > 0) throw new Error(`mutations refused: ${refused.slice(0, 3).join(', ')}`);
  const missing = sent.filter((m) => accepted.get(m.id) !== 1);
  if (missing.length > 0 || accepted.size !== sent.length)
    throw new Error(`${missing.length} of ${sent.length} mutations not accepted exactly once`);
  await checkSharedNotes(url, people[0] ?? sims[0]!.wire.person, sharedCaseId, sent);

  return {
    devices,
    mutations: sent.length,
    requests: latencies.length,
    seconds,
    latencies,
    medianMs: median(latencies),
    p95Ms: percentile(latencies, 95),
    sentIds: sent.map((m) => m.id),
    sharedCaseId,
    connectionErrors,
  };
}

/** A fresh device of the lead pulls every note written into the shared case exactly once. */
async function checkSharedNotes(
  url: string,
  lead: Person,
  sharedCaseId: string,
  sent: readonly Mutation[],
): Promise<void> {
  const expected = new Set(
    sent.filter((m) => m.kind === 'note' && m.caseId === sharedCaseId).map((m) => m.recordId),
  );
  const pulled = (await new WireDevice(url, lead).pullAll()).filter(
    (r) => r.kind === 'note' && r.caseId === sharedCaseId,
  );
  const ids = new Set(pulled.map((r) => r.id));
  const unexpected = pulled.filter((r) => !expected.has(r.id)).length;
  if (pulled.length !== expected.size || ids.size !== expected.size || unexpected > 0)
    throw new Error(
      `shared case: pulled ${pulled.length} notes (${ids.size} distinct, ${unexpected} unknown), ` +
        `expected ${expected.size}`,
    );
}
