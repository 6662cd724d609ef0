// The device passcode (issue #4 hand-over, issue #10 app lock): a salted slow hash in the
// device-local meta table, growing delays after failures that survive a reload, and the
// rules a new passcode must meet. Real WebCrypto and a real (fake-indexeddb) store; only
// the clock is stepped, and most tests use fewer iterations so they stay quick.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  PASSCODE_DELAYS_MS,
  PASSCODE_ITERATIONS,
  WeakPasscodeError,
  clearPasscode,
  confirmationProblem,
  delayAfterFailures,
  hasPasscode,
  passcodeKey,
  passcodeProblem,
  passcodeWait,
  setPasscode,
  verifyPasscode,
} from '../../../src/db/passcode';
import { OurPlanDatabase } from '../../../src/db/database';
import { freshStore } from './store-fixtures';

const ME = 'user-practitioner-1';
const FAST = { iterations: 1_000 };
const GOOD = '480351';
const WRONG = '480352';

const stores: ReturnType<typeof freshStore>[] = [];
function store() {
  const s = freshStore();
  stores.push(s);
  return s;
}
afterEach(async () => {
  for (const s of stores.splice(0)) await s.db.delete();
});

/** A clock the test moves by hand. */
function steppedClock(start = Date.UTC(2026, 10, 23, 10, 0, 0)) {
  let time = start;
  return {
    now: () => time,
    advance: (ms: number) => {
      time += ms;
    },
  };
}

/** Every value in the database, as text, to search for the passcode. */
async function everythingStored(db: OurPlanDatabase): Promise<string> {
  const dumps = await Promise.all(db.tables.map(async (t) => JSON.stringify(await t.toArray())));
  return dumps.join('\n');
}

describe('setting and checking a passcode', () => {
  it('accepts the right passcode and refuses a wrong one', async () => {
    const { db } = store();
    expect(await hasPasscode(db, ME)).toBe(false);
    await setPasscode(db, ME, GOOD, FAST);
    expect(await hasPasscode(db, ME)).toBe(true);
    expect(await verifyPasscode(db, ME, WRONG)).toEqual({ ok: false, retryAfterMs: 0 });
    expect(await verifyPasscode(db, ME, '')).toEqual({ ok: false, retryAfterMs: 0 });
    expect(await verifyPasscode(db, ME, GOOD)).toEqual({ ok: true });
  });

  it('keeps one passcode per person on the device', async () => {
    const { db } = store();
    await setPasscode(db, ME, GOOD, FAST);
    await setPasscode(db, 'user-2', '730194', FAST);
    expect(await verifyPasscode(db, 'user-2', GOOD)).toMatchObject({ ok: false });
    expect(await verifyPasscode(db, ME, GOOD)).toEqual({ ok: true });
    expect(await verifyPasscode(db, 'user-2', '730194')).toEqual({ ok: true });
    await clearPasscode(db, ME);
    expect(await hasPasscode(db, ME)).toBe(false);
    expect(await hasPasscode(db, 'user-2')).toBe(true);
  });

  it('unlocks nothing when no passcode is set', async () => {
    const { db } = store();
    expect(await verifyPasscode(db, ME, GOOD)).toEqual({ ok: false, retryAfterMs: 0 });
  });

  it('replacing the passcode makes the old one stop working', async () => {
    const { db } = store();
    await setPasscode(db, ME, GOOD, FAST);
    await setPasscode(db, ME, '730194', FAST);
    expect(await verifyPasscode(db, ME, GOOD)).toMatchObject({ ok: false });
    expect(await verifyPasscode(db, ME, '730194')).toEqual({ ok: true });
  });

  it('takes digits typed on an Urdu keyboard as the same passcode', async () => {
    const { db } = store();
    await setPasscode(db, ME, GOOD, FAST);
    // ۴۸۰۳۵۱ (Extended Arabic-Indic) and ٤٨٠٣٥١ (Arabic-Indic) are 480351.
    expect(await verifyPasscode(db, ME, '۴۸۰۳۵۱')).toEqual({ ok: true });
    expect(await verifyPasscode(db, ME, '٤٨٠٣٥١')).toEqual({ ok: true });
    expect(await verifyPasscode(db, ME, ` ${GOOD} `)).toEqual({ ok: true });
  });
});

describe('what is stored', () => {
  it('uses 600,000 PBKDF2 iterations by default and never stores the passcode', async () => {
    expect(PASSCODE_ITERATIONS).toBe(600_000);
    const { db } = store();
    await setPasscode(db, ME, GOOD); // the real default: one slow hash
    const entry = await db.meta.get(passcodeKey(ME));
    expect(entry?.value).toMatchObject({
      kdf: 'PBKDF2-SHA-256',
      iterations: 600_000,
      failures: 0,
      lastFailureAt: null,
    });
    const value = entry?.value as { salt: string; hash: string };
    expect(atob(value.salt)).toHaveLength(16);
    expect(atob(value.hash)).toHaveLength(32);
    expect(await everythingStored(db)).not.toContain(GOOD);
    expect(await verifyPasscode(db, ME, GOOD)).toEqual({ ok: true });
  });

  it('salts each passcode afresh, so the same passcode never stores the same hash', async () => {
    const { db } = store();
    await setPasscode(db, ME, GOOD, FAST);
    await setPasscode(db, 'user-2', GOOD, FAST);
    const a = (await db.meta.get(passcodeKey(ME)))?.value as { salt: string; hash: string };
    const b = (await db.meta.get(passcodeKey('user-2')))?.value as { salt: string; hash: string };
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
  });
});

describe('growing delays after wrong passcodes', () => {
  it('has no delay for 3 failures, then 5 s, 15 s, 30 s, 1 min, 2 min, 5 min, capped at 15 min', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 50].map(delayAfterFailures)).toEqual([
      0, 0, 0, 0, 5_000, 15_000, 30_000, 60_000, 120_000, 300_000, 900_000, 900_000, 900_000,
    ]);
    expect(Math.max(...PASSCODE_DELAYS_MS)).toBe(15 * 60_000);
  });

  it('refuses attempts during the delay without checking them, and a right one resets it', async () => {
    const { db } = store();
    const clock = steppedClock();
    const opts = { now: clock.now };
    await setPasscode(db, ME, GOOD, FAST);
    for (let i = 0; i < 3; i++) {
      expect(await verifyPasscode(db, ME, WRONG, opts)).toEqual({ ok: false, retryAfterMs: 0 });
    }
    expect(await verifyPasscode(db, ME, WRONG, opts)).toEqual({ ok: false, retryAfterMs: 5_000 });

    // During the wait even the right passcode is refused, unchecked and uncounted.
    clock.advance(2_000);
    expect(await verifyPasscode(db, ME, GOOD, opts)).toEqual({ ok: false, retryAfterMs: 3_000 });
    expect(await passcodeWait(db, ME, opts)).toBe(3_000);
    expect((await db.meta.get(passcodeKey(ME)))?.value).toMatchObject({ failures: 4 });

    clock.advance(3_000);
    expect(await passcodeWait(db, ME, opts)).toBe(0);
    expect(await verifyPasscode(db, ME, WRONG, opts)).toEqual({ ok: false, retryAfterMs: 15_000 });
    clock.advance(15_000);
    expect(await verifyPasscode(db, ME, WRONG, opts)).toEqual({ ok: false, retryAfterMs: 30_000 });
    clock.advance(30_000);
    expect(await verifyPasscode(db, ME, WRONG, opts)).toEqual({ ok: false, retryAfterMs: 60_000 });

    clock.advance(60_000);
    expect(await verifyPasscode(db, ME, GOOD, opts)).toEqual({ ok: true });
    expect((await db.meta.get(passcodeKey(ME)))?.value).toMatchObject({
      failures: 0,
      lastFailureAt: null,
    });
    // Back to three free tries.
    for (let i = 0; i < 3; i++) {
      expect(await verifyPasscode(db, ME, WRONG, opts)).toEqual({ ok: false, retryAfterMs: 0 });
    }
  });

  it('remembers the failures after a reload (a fresh database connection)', async () => {
    const { db } = store();
    const clock = steppedClock();
    await setPasscode(db, ME, GOOD, FAST);
    for (let i = 0; i < 4; i++) await verifyPasscode(db, ME, WRONG, { now: clock.now });
    db.close();

    const reopened = new OurPlanDatabase(db.name);
    try {
      clock.advance(1_000);
      expect(await passcodeWait(reopened, ME, { now: clock.now })).toBe(4_000);
      expect(await verifyPasscode(reopened, ME, GOOD, { now: clock.now })).toEqual({
        ok: false,
        retryAfterMs: 4_000,
      });
      clock.advance(4_000);
      expect(await verifyPasscode(reopened, ME, WRONG, { now: clock.now })).toEqual({
        ok: false,
        retryAfterMs: 15_000,
      });
    } finally {
      reopened.close();
    }
  });

  it('never makes a wait longer than the delay when the clock goes backwards', async () => {
    const { db } = store();
    const clock = steppedClock();
    await setPasscode(db, ME, GOOD, FAST);
    for (let i = 0; i < 4; i++) await verifyPasscode(db, ME, WRONG, { now: clock.now });
    clock.advance(-24 * 60 * 60_000);
    expect(await passcodeWait(db, ME, { now: clock.now })).toBe(5_000);
  });

  it('counts attempts started together, so they cannot all slip in before a delay', async () => {
    const { db } = store();
    const clock = steppedClock();
    await setPasscode(db, ME, GOOD, FAST);
    const verdicts = await Promise.all(
      Array.from({ length: 6 }, () => verifyPasscode(db, ME, WRONG, { now: clock.now })),
    );
    // Only 4 were checked (3 free, the 4th starts the 5 s delay); the other 2 were refused.
    expect((await db.meta.get(passcodeKey(ME)))?.value).toMatchObject({ failures: 4 });
    expect(verdicts.filter((v) => !v.ok && v.retryAfterMs === 5_000)).toHaveLength(3);
  });
});

describe('passcode rules', () => {
  it('asks for the passcode again, and checks it is the same, spaces aside', () => {
    expect(confirmationProblem('', GOOD)).toBe('confirmRequired');
    expect(confirmationProblem('  ', GOOD)).toBe('confirmRequired');
    expect(confirmationProblem('480352', GOOD)).toBe('mismatch');
    expect(confirmationProblem(' 480351 ', GOOD)).toBe(true);
  });

  it('accepts a PIN of 6 or more digits that is not simple', () => {
    for (const ok of ['480351', '1357924680', '00112233', '12345670', '90210987']) {
      expect(passcodeProblem(ok), ok).toBeUndefined();
    }
  });

  it.each([
    ['', 'required'],
    ['   ', 'required'],
    ['48035', 'tooShort'],
    ['48a351', 'digitsOnly'],
    ['4803 51', 'digitsOnly'],
    ['123456789012345678901', 'tooLong'],
    ['111111', 'tooSimple'],
    ['123456', 'tooSimple'],
    ['987654', 'tooSimple'],
    ['012345', 'tooSimple'],
    ['789012', 'tooSimple'],
    ['121212', 'tooSimple'],
    ['123123', 'tooSimple'],
    ['۱۱۱۱۱۱', 'tooSimple'],
  ])('refuses %j (%s)', (passcode, problem) => {
    expect(passcodeProblem(passcode)).toBe(problem);
  });

  it('refuses to store a weak passcode', async () => {
    const { db } = store();
    await expect(setPasscode(db, ME, '123456', FAST)).rejects.toBeInstanceOf(WeakPasscodeError);
    expect(await hasPasscode(db, ME)).toBe(false);
  });
});
