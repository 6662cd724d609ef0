/**
 * Seeds a caseload through the sync API, as the practitioner's own device would send it:
 * every case's records made with domain mutations (creation order kept, so a rating
 * follows its goal) and pushed in batches of at most MAX_MUTATIONS_PER_PUSH.
 */
import { MAX_MUTATIONS_PER_PUSH, type Mutation } from '../../src/domain/index.ts';
import type { Person } from './sync-accounts.ts';
import {
  caseData,
  goalData,
  noteData,
  planData,
  planItemData,
  ratingData,
  recordsPerCase,
  sessionData,
  type CaseShape,
} from './sync-data.ts';
import { WireDevice } from './sync-wire.ts';

export interface Seeded {
  cases: number;
  /** Records on the server, the lead memberships it adds included. */
  records: number;
  pushes: number;
  seconds: number;
}

function caseMutations(device: WireDevice, n: number, shape: CaseShape): Mutation[] {
  const kase = device.create('case', null, caseData(n));
  const caseId = kase.recordId;
  const plan = device.create('safety-plan', caseId, planData());
  const out: Mutation[] = [kase, plan];
  for (let i = 0; i < shape.planItems; i++)
    out.push(device.create('safety-plan-item', caseId, planItemData(plan.recordId, i)));
  for (let g = 0; g < shape.goals; g++) {
    const goal = device.create('goal', caseId, goalData(g));
    out.push(goal);
    for (let r = 0; r < shape.ratingsPerGoal; r++)
      out.push(device.create('goal-rating', caseId, ratingData(goal.recordId, r)));
  }
  for (let i = 0; i < shape.notes; i++) out.push(device.create('note', caseId, noteData(i)));
  for (let i = 0; i < shape.sessions; i++)
    out.push(device.create('session', caseId, sessionData(i)));
  return out;
}

export async function seedCaseload(
  url: string,
  person: Person,
  cases: number,
  shape: CaseShape,
): Promise<Seeded> {
  const device = new WireDevice(url, person);
  const t0 = performance.now();
  let pushes = 0;
  let batch: Mutation[] = [];
  const flush = async () => {
    await device.push(batch);
    pushes++;
    batch = [];
  };
  for (let n = 0; n < cases; n++) {
    for (const m of caseMutations(device, n, shape)) {
      batch.push(m);
      if (batch.length === MAX_MUTATIONS_PER_PUSH) await flush();
    }
  }
  if (batch.length > 0) await flush();
  return {
    cases,
    records: cases * recordsPerCase(shape),
    pushes,
    seconds: (performance.now() - t0) / 1000,
  };
}
