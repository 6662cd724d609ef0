/**
 * The browser half of the encryption-at-rest benchmark (encryption.ts). esbuild bundles
 * this with the app's own local store (src/db), and a blank page on a loopback origin
 * loads it, so what is timed is the repository and the case read the screens use, over
 * Chromium's real IndexedDB and WebCrypto, with and without the encryption middleware.
 * It only measures: the Node half calls `window.encryptionBench` through page.evaluate
 * and does the statistics and the verdicts.
 *
 * Every scenario opens two fresh databases, one encrypted and one not, deleted
 * afterwards, and times the two alternately (the order swapping each round), so a
 * background burst on the machine lands on both rather than skewing the ratio. Each
 * also reads the raw
 * IndexedDB it wrote and says whether a known phrase from its records is there in clear:
 * the unencrypted run must find it and the encrypted run must not, or the comparison is
 * not measuring encryption at all (a flag that did nothing would "pass" at 1.0×).
 */
import { Dexie } from 'dexie';
import { OurPlanDatabase, RecordRepository, readCaseOverview } from '../../src/db';

/** Written into every record's free text, and looked for in the raw stores afterwards. */
export const MARKER = 'Marmalade sandwiches at the lido';

export interface WriteRun {
  /** ms per write creating a new record (a session), each with its outbox entry. */
  create: number[];
  /** ms per write editing an existing record (a session's summary). */
  edit: number[];
  /** Stores in which MARKER was found in clear. */
  plaintextIn: string[];
}

export interface OpenRun {
  /** ms per read of the case overview, as live queries read it again (rows opened before are remembered). */
  reads: number[];
  /** ms per read with nothing remembered: the first read of the case after unlocking. */
  coldReads: number[];
  /** What the last read returned, to check both variants read the same case. */
  counts: Record<string, number>;
  plaintextIn: string[];
}

export type Variant = 'plain' | 'encrypted';
export type ByVariant<T> = Record<Variant, T>;

export interface EncryptionBenchApi {
  writes(options: { writes: number }): Promise<ByVariant<WriteRun>>;
  openCase(options: { sessions: number; reads: number }): Promise<ByVariant<OpenRun>>;
}

declare global {
  interface Window {
    encryptionBench?: EncryptionBenchApi;
  }
}

/** The raw IndexedDB stores whose values the plaintext probe reads. */
const PROBED_STORES = [
  'sessions',
  'goals',
  'goalRatings',
  'safetyPlanItems',
  'groupingDecisions',
  'outbox',
];

let databases = 0;

interface Store {
  db: OurPlanDatabase;
  records: RecordRepository;
}

/**
 * A fresh, empty database as the app would open it: encrypted with a random data key
 * (the key a passcode unlocks; deriving it is the unlock's cost, not a write's), or the
 * unencrypted baseline. The device id is made before anything is timed, as it is long
 * before anyone writes in the app.
 */
async function openStore(encrypt: boolean): Promise<Store> {
  const name = `bench-encryption-${encrypt ? 'on' : 'off'}-${Date.now()}-${databases++}`;
  const db = encrypt ? new OurPlanDatabase(name) : new OurPlanDatabase(name, { encrypt: false });
  if (encrypt) db.keys.useDataKey(crypto.getRandomValues(new Uint8Array(32)));
  await db.open();
  const records = new RecordRepository(db, () => 'user-1');
  await records.device();
  return { db, records };
}

async function closeStore({ db }: Store): Promise<void> {
  const name = db.name;
  db.close();
  await Dexie.delete(name);
}

/** Runs `use` with a fresh store of each variant, deleting both afterwards. */
async function withStores<T>(use: (stores: ByVariant<Store>) => Promise<T>): Promise<T> {
  const stores = { plain: await openStore(false), encrypted: await openStore(true) };
  try {
    return await use(stores);
  } finally {
    await closeStore(stores.plain);
    await closeStore(stores.encrypted);
  }
}

/**
 * `count` rounds of `step` on each variant, the order swapping every round; the ms each
 * step took, per variant.
 */
async function alternately(
  count: number,
  step: (variant: Variant, round: number) => Promise<unknown>,
): Promise<ByVariant<number[]>> {
  const times: ByVariant<number[]> = { plain: [], encrypted: [] };
  for (let round = 0; round < count; round++) {
    const order: Variant[] = round % 2 === 0 ? ['plain', 'encrypted'] : ['encrypted', 'plain'];
    for (const variant of order) {
      const t0 = performance.now();
      await step(variant, round);
      times[variant].push(performance.now() - t0);
    }
  }
  return times;
}

/** The stores among PROBED_STORES whose raw values contain MARKER, read without Dexie. */
async function storesWithPlaintext(name: string): Promise<string[]> {
  const raw = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    const present = PROBED_STORES.filter((store) => raw.objectStoreNames.contains(store));
    const tx = raw.transaction(present, 'readonly');
    const values = await Promise.all(
      present.map(
        (store) =>
          new Promise<unknown[]>((resolve, reject) => {
            const request = tx.objectStore(store).getAll();
            request.onsuccess = () => resolve(request.result as unknown[]);
            request.onerror = () => reject(request.error);
          }),
      ),
    );
    // Closed only once the transaction is over, so deleting the database is not blocked.
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    return present.filter((_, i) => JSON.stringify(values[i]).includes(MARKER));
  } finally {
    raw.close();
  }
}

/** A date `weeksAgo` weeks before last week (YYYY-MM-DD); negative is in the future. */
function day(weeksAgo: number): string {
  return new Date(Date.now() - (weeksAgo * 7 + 7) * 86_400_000).toISOString().slice(0, 10);
}

function openCaseRecord(records: RecordRepository) {
  return records.createCase({
    preferredName: 'Bench Encryption',
    ageBand: '14-15',
    involved: [],
    consentToRecord: true,
    status: 'open',
    nextReviewOn: day(-8),
  });
}

/** A session as a practitioner writes one: a few sentences each for the team and for the young person. */
function sessionData(i: number, status: 'completed' | 'in-progress' = 'completed') {
  return {
    date: day(Math.floor(i / 7) + 1),
    mode: 'in-person',
    attendees: [{ role: 'young-person' }, { role: 'practitioner', name: 'Pat Practitioner' }],
    summary:
      `Session ${i + 1}. We talked about school and sleep, and about what helped this week. ` +
      `${MARKER} came up as a good memory. Mornings are still the hardest part; we agreed ` +
      'to try the new routine for another fortnight and look at it again together.',
    plainWordsSummary: `I said mornings are hard. ${MARKER} made me smile. We will try the routine again.`,
    actions: [
      { what: 'Try the morning routine every school day', who: 'Young person' },
      { what: 'Ring the school about a later start', who: 'Pat Practitioner', by: day(-1) },
    ],
    status,
  };
}

async function writes({ writes }: { writes: number }): Promise<ByVariant<WriteRun>> {
  return withStores(async (stores) => {
    const caseIds = {
      plain: (await openCaseRecord(stores.plain.records)).id,
      encrypted: (await openCaseRecord(stores.encrypted.records)).id,
    };
    const ids: ByVariant<string[]> = { plain: [], encrypted: [] };
    const create = await alternately(writes, async (variant, i) => {
      const session = await stores[variant].records.create(
        'session',
        caseIds[variant],
        sessionData(i),
      );
      ids[variant].push(session.id);
    });
    const edit = await alternately(writes, (variant, i) =>
      stores[variant].records.update('session', ids[variant][i % writes] as string, {
        summary: `Edited ${i}: ${MARKER} again, and we moved the review to next month.`,
      }),
    );
    const run = async (variant: Variant): Promise<WriteRun> => ({
      create: create[variant],
      edit: edit[variant],
      plaintextIn: await storesWithPlaintext(stores[variant].db.name),
    });
    return { plain: await run('plain'), encrypted: await run('encrypted') };
  });
}

/**
 * The case of tests/bench/case-overview.ts, written through the repository so that the
 * encrypted database holds it encrypted: `sessions` weekly sessions (the latest still in
 * progress), a grouping agreed and changed five times, three goals rated every fortnight,
 * an agreed safety plan with 15 items, a Current View and three RESPECT items.
 */
async function seedCase(records: RecordRepository, sessions: number): Promise<string> {
  const caseId = (await openCaseRecord(records)).id;
  const sessionIds: string[] = [];
  for (let i = 0; i < sessions; i++) {
    const weeksAgo = sessions - 1 - i;
    const data = {
      ...sessionData(i, i === sessions - 1 ? 'in-progress' : 'completed'),
      date: day(weeksAgo),
    };
    sessionIds.push((await records.create('session', caseId, data)).id);
  }
  const groupings = ['getting-advice', 'getting-help', 'getting-more-help', 'getting-help'];
  let from: string | null = null;
  for (let i = 0; i < 5; i++) {
    const agreedOn = day(Math.max(0, sessions - 1 - i * 10));
    const grouping = groupings[i % groupings.length] as string;
    const previous = from;
    await records.together(['grouping-decision', 'grouping-history-entry'], async () => {
      const decision = await records.create('grouping-decision', caseId, {
        grouping,
        agreedOn,
        reasons: `Talked it through together; this fits what is going on now. ${MARKER}.`,
        youngPersonView: 'I want to be able to go to school again.',
        agreedBy: [{ role: 'young-person' }, { role: 'practitioner' }],
        reviewBy: day(-4),
      });
      await records.create('grouping-history-entry', caseId, {
        grouping,
        from: previous,
        decisionId: decision.id,
        agreedOn,
        reasons: 'Talked it through together; this fits what is going on now.',
      });
    });
    from = grouping;
  }
  for (let g = 0; g < 3; g++) {
    const goal = await records.create('goal', caseId, {
      text: `Goal number ${g + 1} in my own words: ${MARKER}`,
      theme: 'general-wellbeing',
      setBy: 'jointly',
      baselineRating: 2,
      status: 'active',
      ifNotReached: 'We will look at other kinds of help together.',
      targetDate: day(-10),
      order: g + 1,
    });
    for (let r = 0; r < Math.ceil(sessions / 2); r++) {
      await records.create('goal-rating', caseId, {
        goalId: goal.id,
        rating: Math.min(10, 2 + Math.floor(r / 3)),
        ratedOn: `${day(Math.max(0, sessions - 2 - r * 2))}T12:00:00.000Z`,
        ratedBy: 'young-person',
      });
    }
  }
  const plan = await records.create('safety-plan', caseId, {
    status: 'agreed',
    agreedOn: day(30),
    reviewBy: day(-2),
    coordinatorName: 'Aunt Jo',
    writtenByYoungPerson: ['warning-signs'],
  });
  const sections = [
    'warning-signs',
    'coping-alone',
    'distractions',
    'people-to-ask',
    'reasons-for-living',
  ];
  for (let i = 0; i < 15; i++) {
    await records.create('safety-plan-item', caseId, {
      planId: plan.id,
      section: sections[i % sections.length],
      text: `Item ${i + 1}: ${MARKER}`,
      order: i + 1,
      addedByRole: i % 2 === 0 ? 'young-person' : 'practitioner',
    });
  }
  await records.create('current-view', caseId, {
    completedOn: day(sessions - 1),
    presentingProblems: { 'low-mood': 'moderate', 'sleep-problems': 'mild' },
    contextualProblems: {
      home: 'mild',
      school: 'moderate',
      community: 'none',
      serviceEngagement: 'none',
    },
    education: { attendance: 'moderate', attainment: 'mild' },
    complexityFactors: {},
  });
  const respect = ['review-options', 'progress-goals', 'expression-listened-to'];
  for (const [i, itemId] of respect.entries()) {
    await records.create('respect-item', caseId, {
      itemId,
      status: 'talked-about',
      youngPersonWords: `${MARKER} is what keeps me going.`,
      sessionId: sessionIds[i],
    });
  }
  return caseId;
}

/** What a read of the overview returned, to check both variants read the same case. */
async function readCounts(db: OurPlanDatabase, caseId: string): Promise<Record<string, number>> {
  const overview = await readCaseOverview(db, caseId);
  if (!overview) throw new Error('The seeded case was not found');
  return {
    sessions: overview.sessions.length,
    goals: overview.goals.length,
    goalRatings: overview.goalRatings.length,
    groupingDecisions: overview.groupingDecisions.length,
    groupingHistory: overview.groupingHistory.length,
    safetyPlans: overview.safetyPlans.length,
    currentViews: overview.currentViews.length,
    respectItems: overview.respectItems.length,
    inProgressSession: overview.inProgressSession ? 1 : 0,
  };
}

async function openCase({
  sessions,
  reads,
}: {
  sessions: number;
  reads: number;
}): Promise<ByVariant<OpenRun>> {
  return withStores(async (stores) => {
    const caseIds = {
      plain: await seedCase(stores.plain.records, sessions),
      encrypted: await seedCase(stores.encrypted.records, sessions),
    };
    // One read of each first, untimed, which also gives the counts: the first read of a
    // database warms Dexie's schema and Chromium's backing store, long done in the app.
    const counts = {
      plain: await readCounts(stores.plain.db, caseIds.plain),
      encrypted: await readCounts(stores.encrypted.db, caseIds.encrypted),
    };
    const times = await alternately(reads, (variant) =>
      readCaseOverview(stores[variant].db, caseIds[variant]),
    );
    // Again with the encrypted store's memory of opened rows emptied before each read (the
    // first read of the case after unlocking; the map is emptied, in microseconds, inside
    // the timed step, which only counts against encryption).
    const cold = await alternately(reads, (variant) => {
      stores[variant].db.keys.opened.clear();
      return readCaseOverview(stores[variant].db, caseIds[variant]);
    });
    const run = async (variant: Variant): Promise<OpenRun> => ({
      reads: times[variant],
      coldReads: cold[variant],
      counts: counts[variant],
      plaintextIn: await storesWithPlaintext(stores[variant].db.name),
    });
    return { plain: await run('plain'), encrypted: await run('encrypted') };
  });
}

window.encryptionBench = { writes, openCase };
