/**
 * Invitation codes: the format people type, how typed codes are read, and the keyed hash.
 */
import { describe, expect, it } from 'vitest';
import {
  CODE_ALPHABET,
  CODE_LENGTH,
  CodeHasher,
  groupCode,
  newInvitationCode,
  normaliseCode,
} from '../../src/server/invitations/codes';

describe('invitation codes', () => {
  it('are 10 unambiguous characters, at least 50 bits', () => {
    expect(CODE_ALPHABET).toHaveLength(32);
    expect(CODE_ALPHABET).not.toMatch(/[ILOU]/);
    expect(CODE_LENGTH * Math.log2(CODE_ALPHABET.length)).toBeGreaterThanOrEqual(50);
    const codes = new Set(Array.from({ length: 2000 }, () => newInvitationCode()));
    expect(codes.size).toBe(2000);
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/);
  });

  it('are shown grouped and read back however they are typed', () => {
    expect(groupCode('K7QM3XPA9T')).toBe('K7QM-3XPA-9T');
    for (const typed of ['K7QM-3XPA-9T', 'k7qm 3xpa 9t', ' k7qm3xpa9t ', 'K7QM - 3XPA - 9T']) {
      expect(normaliseCode(typed)).toBe('K7QM3XPA9T');
    }
    // Crockford: O reads as 0, I and L as 1.
    expect(normaliseCode('O1IL-0000-00')).toBe('0111000000');
  });

  it('refuses what cannot be a code', () => {
    for (const typed of ['', 'K7QM-3XPA', 'K7QM-3XPA-9TX', 'K7QM-3XPA-9U', 'K7QM_3XPA_9T', 'é'])
      expect(normaliseCode(typed)).toBeNull();
  });

  it('hashes with the pepper: another pepper gives another hash', () => {
    const a = new CodeHasher(Buffer.from('pepper one'));
    const b = new CodeHasher(Buffer.from('pepper two'));
    expect(a.hash('K7QM3XPA9T')).toMatch(/^[0-9a-f]{64}$/);
    expect(a.hash('K7QM3XPA9T')).toBe(a.hash('K7QM3XPA9T'));
    expect(a.hash('K7QM3XPA9T')).not.toBe(b.hash('K7QM3XPA9T'));
  });
});
