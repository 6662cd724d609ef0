/**
 * A server restart in the middle of sync loses nothing and duplicates nothing.
 *
 * Four devices of two practitioners (separate Dexie databases on fake-indexeddb, the
 * real SyncEngine over HTTP with real session cookies) push small batches into a shared
 * case and their own cases against the real server process on PGlite. A few requests into
 * that, the server is SIGKILLed while pushes are on the wire: some were committed and
 * their answers lost, some never arrived. The devices keep writing while it is down. It
 * is started again on the same data directory, everyone syncs, and then:
 *
 * - every device's outbox is empty and nothing was refused;
 * - every device holds exactly what a fresh device of the same person pulls from the
 *   server, and that is exactly what was written (counts and contents);
 * - in the store, every mutation any device had in its outbox is applied exactly once,
 *   each partition's versions are 1..n with no gap or repeat, every write has exactly one
 *   audit entry, and every audit chain verifies.
 */
import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AnyRecord, Mutation, SyncRequest } from '../../src/domain';
import { verifyChain } from '../../src/server/audit/chain';
import { readChain } from '../../src/server/audit/store';
import { httpTransport, SyncEngine, SyncFailure, type Transport } from '../../src/sync';
import { addPractitioner, setUpAdmin, type Person } from '../bench/sync-accounts';
import { caseData, goalData, noteData, ratingData } from '../bench/sync-data';
import { checkStore } from '../bench/sync-verify';
import { deleteDevices, freshDevice, type TestDevice } from './helpers/device';
import { startRestartableServer, type RestartableServer } from './helpers/restartable-server';
import { canonical, deviceRecords } from './helpers/snapshot';

const BATCH = 4; // small pushes, so a device's outbox takes several round trips
const NOTES_BEFORE = 8; // per device, into the shared case, before the kill
const NOTES_WHILE_DOWN = 2; // per device, written while the server is down
const EDITS = 5; // per device, of the goal in its own case
const RATINGS = 4; // per device, of that goal
const KILL_AT_REQUEST = 6; // the kill is set off by the 6th request of the busy phase

let server: RestartableServer;
let lead: Person;
let colleague: Person;

beforeAll(async () => {
  server = await startRestartableServer();
  lead = await setUpAdmin(server.url, server.setupToken); // an admin who is a practitioner
  colleague = await addPractitioner(lead, 'kim@restart.example.org');
}, 120_000);
afterAll(async () => server?.close());
afterEach(deleteDevices);

/** A mutation's id (the protocol types what a device sends as unknown until checked). */
const idOf = (m: unknown): string => (m as Mutation).id;

/** What is on the wire: the pushes in flight at any moment, and a trigger for the kill. */
class Wire {
  sent = 0;
  readonly inFlight = new Set<SyncRequest>();
  killAt = Number.POSITIVE_INFINITY;
  /**
   * Mutation ids of pushes on the wire when the kill began whose answer never came (the
   * device saw a failure, so their fate is unknown to it). A push that was on the wire
   * but answered before the process actually died is not among them: the kill takes a
   * moment, and that answer did arrive.
   */
  readonly unanswered = new Set<string>();
  inFlightAtKill: string[] = [];
  killed: Promise<void> | undefined;

  send(request: SyncRequest): () => void {
    this.sent++;
    this.inFlight.add(request);
    if (this.sent === this.killAt) {
      // A moment later, so this request has reached the server and may be mid-apply.
      this.killed = new Promise((resolve) => setTimeout(resolve, 25)).then(() => {
        this.inFlightAtKill = [...this.inFlight].flatMap((r) => r.mutations.map(idOf));
        return server.kill();
      });
    }
    return () => this.inFlight.delete(request);
  }

  /** The push got no answer (the server died, or was down). */
  lost(request: SyncRequest): void {
    for (const m of request.mutations) this.unanswered.add(idOf(m));
  }

  /** Pushes on the wire when the kill began that never got an answer. */
  lostAtKill(): string[] {
    return this.inFlightAtKill.filter((id) => this.unanswered.has(id));
  }
}

interface Device extends TestDevice {
  engine: SyncEngine;
  person: Person;
  name: string;
}

async function deviceOf(person: Person, name: string, wire: Wire): Promise<Device> {
  const d = await freshDevice(person.id);
  const http = httpTransport({ url: `${server.url}/api/sync`, headers: person.headers });
  const transport: Transport = async (request) => {
    const done = wire.send(request);
    try {
      return await http(request);
    } catch (error) {
      wire.lost(request);
      throw error;
    } finally {
      done();
    }
  };
  const engine = new SyncEngine({ db: d.db, deviceId: d.deviceId, transport, batchSize: BATCH });
  return { ...d, engine, person, name };
}

/** The ids of every mutation waiting in any of the devices' outboxes. */
async function outboxIds(devices: readonly Device[]): Promise<string[]> {
  const ids: string[] = [];
  for (const d of devices) ids.push(...(await d.db.outbox.toArray()).map((e) => e.id));
  return ids;
}

/** Syncs until the outbox is empty; the failure that stopped it, if one did. */
async function syncUntilDoneOrFailed(d: Device): Promise<SyncFailure | undefined> {
  for (let go = 0; go < 50; go++) {
    try {
      await d.engine.syncOnce();
    } catch (error) {
      if (error instanceof SyncFailure) return error;
      throw error;
    }
    if ((await d.db.outbox.count()) === 0) return undefined;
  }
  throw new Error(`${d.name}: outbox never emptied`);
}

/** After the restart: everyone in turn until every outbox is empty, then two more rounds. */
async function settle(devices: readonly Device[]): Promise<void> {
  for (let round = 0; round < 20; round++) {
    for (const d of devices) await d.engine.syncOnce();
    const left = await outboxIds(devices);
    if (left.length === 0) {
      for (let i = 0; i < 2; i++) for (const d of devices) await d.engine.syncOnce();
      return;
    }
  }
  throw new Error('outboxes never emptied after the restart');
}

async function freshPull(person: Person, wire: Wire): Promise<AnyRecord[]> {
  const d = await deviceOf(person, `fresh ${person.email}`, wire);
  await d.engine.syncOnce();
  return deviceRecords(d.db);
}

const byCase = (records: readonly AnyRecord[], caseId: string) =>
  records.filter((r) => r.caseId === caseId);

describe('a server restart in the middle of sync', () => {
  it('loses no mutation and applies none twice', async () => {
    const wire = new Wire();
    const devices = [
      await deviceOf(lead, 'lead tablet', wire),
      await deviceOf(lead, 'lead phone', wire),
      await deviceOf(colleague, 'kim tablet', wire),
      await deviceOf(colleague, 'kim phone', wire),
    ];
    const [leadTablet] = devices as [Device, ...Device[]];
    const sent = new Set<string>();
    const remember = async () => (await outboxIds(devices)).forEach((id) => sent.add(id));

    // Set-up: a case shared by both practitioners; each device a case of its own with a goal.
    const shared = await leadTablet.records.createCase(caseData(0));
    await leadTablet.records.create('case-membership', shared.id, {
      userId: colleague.id,
      role: 'practitioner',
      active: true,
    });
    const own = new Map<Device, { caseId: string; goalId: string }>();
    for (const [i, d] of devices.entries()) {
      const kase = await d.records.createCase(caseData(i + 1));
      const goal = await d.records.create('goal', kase.id, goalData(0));
      own.set(d, { caseId: kase.id, goalId: goal.id });
    }
    await remember();
    for (const d of devices) expect(await syncUntilDoneOrFailed(d)).toBeUndefined();
    for (const d of devices) await d.engine.syncOnce(); // everyone has the shared case

    // The busy phase: every device's writes, pushed by all devices at once, and the kill.
    const expectedNotes = new Map<string, string>(); // id -> body
    const note = async (d: Device, n: number) => {
      const data = noteData(n);
      const body = `${data.body} (${d.name}, ${n})`;
      const r = await d.records.create('note', shared.id, { ...data, body });
      expectedNotes.set(r.id, body);
    };
    for (const [i, d] of devices.entries()) {
      const { caseId, goalId } = own.get(d)!;
      for (let n = 0; n < NOTES_BEFORE; n++) await note(d, 100 * i + n);
      for (let n = 1; n <= EDITS; n++)
        await d.records.update('goal', goalId, { text: `Edit ${n} on the ${d.name}` });
      for (let n = 0; n < RATINGS; n++)
        await d.records.create('goal-rating', caseId, ratingData(goalId, n));
      await d.records.update('case', shared.id, { pronouns: `set on the ${d.name}` });
    }
    await remember();
    wire.killAt = wire.sent + KILL_AT_REQUEST;
    const failures = await Promise.all(devices.map(syncUntilDoneOrFailed));
    await wire.killed;
    expect(wire.killed).toBeDefined();
    // The kill caught pushes on the wire, and stopped devices that still had work to send.
    expect(wire.inFlightAtKill.length).toBeGreaterThan(0);
    expect(failures.filter((f) => f !== undefined).length).toBeGreaterThan(0);
    const unsentAtKill = await outboxIds(devices);
    expect(unsentAtKill.length).toBeGreaterThan(0);
    // What the dead server had committed of the pushes on the wire (answers lost).
    const committedAtKill = await server.inspectWhileDown(async (store) =>
      (
        await store.query<{ id: string }>(
          'SELECT id FROM applied_mutations WHERE id IN (SELECT jsonb_array_elements_text($1::jsonb))',
          [JSON.stringify(wire.lostAtKill())],
        )
      ).map((r) => r.id),
    );
    // Those answers never came, so those mutations are still in their outboxes: they will
    // be sent again, and must not be applied again. (How many the server got to commit
    // before it died varies from run to run, 0 to all of them.)
    expect(unsentAtKill).toEqual(expect.arrayContaining(committedAtKill));

    // While it is down: the devices cannot sync, and their people keep working.
    for (const [i, d] of devices.entries()) {
      for (let n = 0; n < NOTES_WHILE_DOWN; n++) await note(d, 100 * i + 50 + n);
      await expect(d.engine.syncOnce()).rejects.toBeInstanceOf(SyncFailure);
    }
    await remember();

    await server.restart();
    await settle(devices);

    // Every device: nothing waiting, nothing refused.
    for (const d of devices) {
      expect(await d.db.outbox.count()).toBe(0);
      expect(await d.db.rejected.count()).toBe(0);
    }

    // Each device holds exactly what a fresh device of its person pulls from the server.
    const fromServer = new Map<Person, AnyRecord[]>([
      [lead, await freshPull(lead, wire)],
      [colleague, await freshPull(colleague, wire)],
    ]);
    for (const d of devices)
      expect(canonical(await deviceRecords(d.db)), d.name).toEqual(
        canonical(fromServer.get(d.person)!),
      );
    const leadSees = fromServer.get(lead)!;
    expect(canonical(byCase(leadSees, shared.id))).toEqual(
      canonical(byCase(fromServer.get(colleague)!, shared.id)),
    );

    // …and that is exactly what was written: every note once, with its words.
    const notes = leadSees.filter((r) => r.kind === 'note');
    expect(notes).toHaveLength(devices.length * (NOTES_BEFORE + NOTES_WHILE_DOWN));
    expect(new Map(notes.map((r) => [r.id, r['body']]))).toEqual(expectedNotes);
    // Each device's own goal: its last edit, and each of its ratings once.
    for (const d of devices) {
      const { caseId, goalId } = own.get(d)!;
      const seen = fromServer.get(d.person)!;
      expect(seen.find((r) => r.id === goalId)).toMatchObject({
        text: `Edit ${EDITS} on the ${d.name}`,
      });
      const ratings = byCase(seen, caseId).filter((r) => r.kind === 'goal-rating');
      expect(ratings.map((r) => r['rating']).sort()).toEqual(
        Array.from({ length: RATINGS }, (_, n) => ratingData(goalId, n).rating).sort(),
      );
    }

    // In the store: each mutation applied exactly once, versions whole, audit intact.
    const partitions = [shared.id, ...[...own.values()].map((o) => o.caseId)];
    const ids = [...sent];
    expect(ids).toHaveLength(
      2 + devices.length * (2 + NOTES_BEFORE + EDITS + RATINGS + 1 + NOTES_WHILE_DOWN),
    );
    const stored = await server.inspect(async (store) => {
      const check = await checkStore(store, ids);
      const audited = await store.query<{ id: string; n: number }>(
        `SELECT id, count(*)::int AS n FROM audit_events
          WHERE id IN (SELECT jsonb_array_elements_text($1::jsonb)) GROUP BY id`,
        [JSON.stringify(ids)],
      );
      const chains = [];
      for (const p of partitions) chains.push(verifyChain(await readChain(store, p)));
      return { check, audited, chains };
    });
    expect(stored.check.problems).toEqual([]);
    expect(stored.audited).toHaveLength(ids.length);
    expect(stored.audited.filter((r) => Number(r.n) !== 1)).toEqual([]);
    for (const chain of stored.chains) expect(chain).toMatchObject({ ok: true });
  }, 180_000);
});
