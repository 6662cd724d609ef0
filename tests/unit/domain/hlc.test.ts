import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ClockError,
  HybridClock,
  MAX_CLOCK_AHEAD_MS,
  compareHlc,
  formatHlc,
  hlcSchema,
  hlcToIso,
  isTooFarAhead,
  maxHlc,
  parseHlc,
} from '../../../src/domain/hlc';

/** A wall clock the test moves by hand. */
function manualClock(start: number) {
  let t = start;
  return {
    read: () => t,
    set: (v: number) => {
      t = v;
    },
  };
}

const T0 = Date.UTC(2024, 4, 1, 10);

describe('HybridClock.now', () => {
  it('follows the wall clock when it moves forward', () => {
    const wall = manualClock(T0);
    const clock = new HybridClock('tablet-1', wall.read);
    expect(parseHlc(clock.now())).toEqual({ wall: T0, counter: 0, node: 'tablet-1' });
    wall.set(T0 + 5);
    expect(parseHlc(clock.now())).toEqual({ wall: T0 + 5, counter: 0, node: 'tablet-1' });
  });

  it('never goes backwards, even when the wall clock does', () => {
    const wall = manualClock(T0);
    const clock = new HybridClock('phone', wall.read);
    const a = clock.now();
    wall.set(T0 - 60 * 60 * 1000); // the clock was put back an hour
    const b = clock.now();
    const c = clock.now();
    expect(compareHlc(a, b)).toBeLessThan(0);
    expect(compareHlc(b, c)).toBeLessThan(0);
    expect(parseHlc(c)).toEqual({ wall: T0, counter: 2, node: 'phone' });
  });

  it('is strictly increasing for any sequence of wall-clock readings', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 2 ** 40 }), { minLength: 1, maxLength: 200 }),
        (walls) => {
          let i = 0;
          const clock = new HybridClock('n', () => walls[i++ % walls.length]!);
          let previous = '';
          for (let k = 0; k < walls.length; k++) {
            const next = clock.now();
            expect(next > previous).toBe(true);
            previous = next;
          }
        },
      ),
    );
  });

  it('starts after a clock it is given to resume from', () => {
    const clock = new HybridClock(
      'n',
      () => T0 - 1000,
      formatHlc({ wall: T0, counter: 7, node: 'n' }),
    );
    expect(parseHlc(clock.now())).toEqual({ wall: T0, counter: 8, node: 'n' });
  });
});

describe('HybridClock.receive', () => {
  it('moves past a remote clock far ahead, so the next local write is later', () => {
    const wall = manualClock(T0);
    const clock = new HybridClock('tablet', wall.read);
    clock.now();
    const remote = formatHlc({ wall: T0 + 3 * 60 * 60 * 1000, counter: 4, node: 'fast-phone' });
    clock.receive(remote);
    const next = clock.now();
    expect(compareHlc(next, remote)).toBeGreaterThan(0);
    expect(parseHlc(next)).toEqual({ wall: T0 + 3 * 60 * 60 * 1000, counter: 6, node: 'tablet' });
    expect(clock.latest).toBe(next);
  });

  it('keeps its own clock when the remote one is behind', () => {
    const wall = manualClock(T0);
    const clock = new HybridClock('a', wall.read);
    const mine = clock.now();
    clock.receive(formatHlc({ wall: T0 - 10, counter: 99, node: 'b' }));
    expect(compareHlc(clock.now(), mine)).toBeGreaterThan(0);
  });

  it('after receiving any clocks, now() is later than all of them', () => {
    const clockArb = fc.record({
      wall: fc.integer({ min: 0, max: 2 ** 42 }),
      counter: fc.integer({ min: 0, max: 1000 }),
      node: fc.constantFrom('a', 'b', 'c'),
    });
    fc.assert(
      fc.property(
        fc.array(clockArb, { maxLength: 30 }),
        fc.integer({ min: 0, max: 2 ** 42 }),
        (remotes, wallNow) => {
          const clock = new HybridClock('me', () => wallNow);
          const seen = remotes.map(formatHlc);
          for (const r of seen) clock.receive(r);
          const next = clock.now();
          for (const r of seen) expect(compareHlc(next, r)).toBeGreaterThan(0);
        },
      ),
    );
  });

  it('refuses a malformed remote clock', () => {
    const clock = new HybridClock('me');
    expect(() => clock.receive('yesterday')).toThrow(ClockError);
  });
});

describe('encoding', () => {
  const partsArb = fc.record({
    wall: fc.integer({ min: 0, max: 10 ** 15 - 1 }),
    counter: fc.integer({ min: 0, max: 99_999 }),
    node: fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/),
  });

  it('round-trips through format and parse', () => {
    fc.assert(
      fc.property(partsArb, (p) => {
        expect(parseHlc(formatHlc(p))).toEqual(p);
      }),
    );
  });

  it('orders by string comparison as by (wall, counter, node)', () => {
    fc.assert(
      fc.property(partsArb, partsArb, (a, b) => {
        const byParts =
          a.wall !== b.wall
            ? a.wall - b.wall
            : a.counter !== b.counter
              ? a.counter - b.counter
              : a.node < b.node
                ? -1
                : a.node > b.node
                  ? 1
                  : 0;
        expect(Math.sign(compareHlc(formatHlc(a), formatHlc(b)))).toBe(Math.sign(byParts));
      }),
    );
    const x = formatHlc({ wall: 9, counter: 0, node: 'z' });
    const y = formatHlc({ wall: 10, counter: 0, node: 'a' });
    expect(x < y).toBe(true); // fixed width: 9 ms sorts before 10 ms
    expect(maxHlc(x, y)).toBe(y);
  });

  it('gives the wall time as an ISO string', () => {
    expect(hlcToIso(formatHlc({ wall: T0, counter: 3, node: 'n' }))).toBe(
      '2024-05-01T10:00:00.000Z',
    );
  });

  it('refuses bad node ids, walls and counters', () => {
    for (const node of ['', 'has space', 'colon:node', 'x'.repeat(65), 'ünïcode']) {
      expect(() => new HybridClock(node)).toThrow(ClockError);
      expect(() => formatHlc({ wall: T0, counter: 0, node })).toThrow(/node/);
    }
    expect(() => formatHlc({ wall: -1, counter: 0, node: 'n' })).toThrow(ClockError);
    expect(() => formatHlc({ wall: 1.5, counter: 0, node: 'n' })).toThrow(ClockError);
    expect(() => formatHlc({ wall: T0, counter: 100_000, node: 'n' })).toThrow(ClockError);
    expect(() => parseHlc('000000000000001:00000:bad node')).toThrow(ClockError);
    expect(hlcSchema.safeParse('1:2:3').success).toBe(false);
  });
});

describe('isTooFarAhead', () => {
  it('accepts clocks up to five minutes ahead of the server and refuses later ones', () => {
    const at = (ms: number) => formatHlc({ wall: ms, counter: 0, node: 'n' });
    expect(isTooFarAhead(at(T0 - 1), T0)).toBe(false);
    expect(isTooFarAhead(at(T0 + MAX_CLOCK_AHEAD_MS), T0)).toBe(false);
    expect(isTooFarAhead(at(T0 + MAX_CLOCK_AHEAD_MS + 1), T0)).toBe(true);
    expect(isTooFarAhead(at(T0 + 3 * 60 * 60 * 1000), T0)).toBe(true);
  });
});
