/**
 * Hybrid logical clock (Kulkarni et al., 2014): a timestamp that follows the wall clock
 * where it can, but never goes backwards and always moves past anything the device has
 * seen, so causally later writes always carry larger clocks even when device clocks
 * disagree (DESIGN.md §4, §9 "Wrong clocks").
 *
 * Encoded as a fixed-width string `WWWWWWWWWWWWWWW:CCCCC:node`, so plain string
 * comparison orders clocks (wall time, then counter, then node id as a tie-break).
 */
import { z } from 'zod';

export type Hlc = string;

export interface HlcParts {
  wall: number; // milliseconds since the Unix epoch
  counter: number; // logical counter within the same millisecond
  node: string; // the device that made it
}

const WALL_DIGITS = 15;
const COUNTER_DIGITS = 5;
const MAX_COUNTER = 10 ** COUNTER_DIGITS - 1;
const NODE_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
const HLC_PATTERN = /^\d{15}:\d{5}:[A-Za-z0-9_-]{1,64}$/;

/**
 * How far ahead of the server's clock a write may claim to be (DESIGN.md §9). Beyond
 * this, the server refuses the mutation and the device is told its clock is wrong.
 */
export const MAX_CLOCK_AHEAD_MS = 5 * 60 * 1000;

export const hlcSchema = z.string().regex(HLC_PATTERN, { message: 'invalidClock' });

export class ClockError extends Error {
  constructor(
    readonly code: 'counterOverflow' | 'invalidNode' | 'invalidClock',
    message: string,
  ) {
    super(message);
    this.name = 'ClockError';
  }
}

export function formatHlc({ wall, counter, node }: HlcParts): Hlc {
  if (!NODE_PATTERN.test(node))
    throw new ClockError('invalidNode', `Invalid HLC node id "${node}"`);
  if (!Number.isInteger(wall) || wall < 0 || wall >= 10 ** WALL_DIGITS) {
    throw new ClockError('invalidClock', `Invalid HLC wall time ${wall}`);
  }
  if (!Number.isInteger(counter) || counter < 0 || counter > MAX_COUNTER) {
    throw new ClockError('counterOverflow', `HLC counter ${counter} out of range`);
  }
  return `${String(wall).padStart(WALL_DIGITS, '0')}:${String(counter).padStart(COUNTER_DIGITS, '0')}:${node}`;
}

export function parseHlc(value: Hlc): HlcParts {
  if (!HLC_PATTERN.test(value)) throw new ClockError('invalidClock', `Invalid HLC "${value}"`);
  const [wall, counter, node] = value.split(':') as [string, string, string];
  return { wall: Number(wall), counter: Number(counter), node };
}

export function compareHlc(a: Hlc, b: Hlc): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function maxHlc(a: Hlc, b: Hlc): Hlc {
  return a >= b ? a : b;
}

/** The wall-clock time of a clock as an ISO string (for updatedAt). */
export function hlcToIso(value: Hlc): string {
  return new Date(parseHlc(value).wall).toISOString();
}

/**
 * A device's clock. `now` makes a clock for a local write; `receive` folds in a clock
 * seen from elsewhere, so the next local write is later than everything seen.
 */
export class HybridClock {
  private last: HlcParts;

  constructor(
    readonly node: string,
    private readonly wallClock: () => number = Date.now,
    last?: Hlc,
  ) {
    if (!NODE_PATTERN.test(node))
      throw new ClockError('invalidNode', `Invalid HLC node id "${node}"`);
    this.last = last ? parseHlc(last) : { wall: 0, counter: 0, node };
  }

  /** The latest clock this device has made or seen. */
  get latest(): Hlc {
    return formatHlc({ ...this.last, node: this.node });
  }

  now(): Hlc {
    const wall = this.wallClock();
    if (wall > this.last.wall) {
      this.last = { wall, counter: 0, node: this.node };
    } else {
      this.last = { wall: this.last.wall, counter: this.last.counter + 1, node: this.node };
    }
    return formatHlc(this.last);
  }

  receive(remote: Hlc): void {
    const r = parseHlc(remote);
    const wall = this.wallClock();
    const maxWall = Math.max(wall, this.last.wall, r.wall);
    let counter: number;
    if (maxWall === this.last.wall && maxWall === r.wall) {
      counter = Math.max(this.last.counter, r.counter) + 1;
    } else if (maxWall === this.last.wall) {
      counter = this.last.counter + 1;
    } else if (maxWall === r.wall) {
      counter = r.counter + 1;
    } else {
      counter = 0;
    }
    this.last = { wall: maxWall, counter, node: this.node };
  }
}

/** True when a clock claims a time further ahead of `serverNow` than we accept. */
export function isTooFarAhead(value: Hlc, serverNow: number): boolean {
  return parseHlc(value).wall > serverNow + MAX_CLOCK_AHEAD_MS;
}
