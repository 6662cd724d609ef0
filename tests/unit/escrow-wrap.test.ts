// Escrow keys at rest on the server (issue #10): wrapped under a key from the pepper,
// bound to their person and device.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { EscrowWrap } from '../../src/server/auth/escrow-wrap';

describe('escrow key wrapping', () => {
  const key = randomBytes(32);

  it('unwraps what it wrapped, for the same person and device only', () => {
    const wrap = new EscrowWrap('a pepper of at least thirty-two characters');
    const stored = wrap.wrap('user-1', 'device-1', key);
    expect(stored.length).toBe(60);
    expect(stored.includes(key)).toBe(false);
    expect(wrap.unwrap('user-1', 'device-1', stored)).toEqual(key);
    expect(() => wrap.unwrap('user-2', 'device-1', stored)).toThrow();
    expect(() => wrap.unwrap('user-1', 'device-2', stored)).toThrow();
  });

  it('needs the same pepper, and refuses an altered row', () => {
    const stored = new EscrowWrap('pepper one, thirty-two characters').wrap('u', 'd', key);
    expect(() =>
      new EscrowWrap('pepper two, thirty-two characters').unwrap('u', 'd', stored),
    ).toThrow();
    const altered = Buffer.from(stored);
    altered[20] = (altered[20] ?? 0) ^ 1;
    expect(() =>
      new EscrowWrap('pepper one, thirty-two characters').unwrap('u', 'd', altered),
    ).toThrow();
  });
});
