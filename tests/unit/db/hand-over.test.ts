// Hand-over state as stored: only a complete hand-over of a part this app knows locks the
// frame; anything else (an old or damaged value) is treated as no hand-over.
import { describe, expect, it } from 'vitest';
import { handOverPath, parseHandOver } from '../../../src/db/hand-over';

const valid = {
  caseId: 'case-1',
  sessionId: 'session-1',
  part: 'respect',
  userId: 'user-1',
  startedAt: '2026-11-23T10:00:00.000Z',
};

describe('hand-over state', () => {
  it('reads a complete hand-over and says where it is locked to', () => {
    const state = parseHandOver(valid);
    expect(state).toEqual(valid);
    expect(handOverPath(state!)).toBe(
      '/practitioner/cases/case-1/sessions/session-1/hand-over/respect',
    );
  });

  it('ignores a value with a part it does not know or a missing field', () => {
    expect(parseHandOver({ ...valid, part: 'goals' })).toBeNull();
    expect(parseHandOver({ ...valid, userId: '' })).toBeNull();
    expect(parseHandOver(null)).toBeNull();
    expect(parseHandOver('respect')).toBeNull();
  });
});
