// Rebase is the server's copy with the pending mutations applied in order: pure, and
// idempotent for mutations the server already holds.
import { describe, expect, it } from 'vitest';
import { applyMutation, formatHlc, openConflicts, uuidv7, type Mutation } from '../../src/domain';
import { rebase } from '../../src/sync';

const caseId = uuidv7(Date.UTC(2026, 0, 1));
const at = '2026-01-01T10:00:00.000Z';
const clock = (ms: number, node: string) =>
  formatHlc({ wall: Date.UTC(2026, 0, 1) + ms, counter: 0, node });

function m(partial: Partial<Mutation> & Pick<Mutation, 'op' | 'hlc' | 'set'>): Mutation {
  return {
    id: uuidv7(),
    deviceId: 'dev-a',
    schemaVersion: 1,
    recordId: caseId,
    kind: 'case',
    caseId,
    by: 'user-1',
    at,
    base: {},
    ...partial,
  };
}

const create = m({
  op: 'create',
  hlc: clock(0, 'dev-a'),
  set: { preferredName: 'Sam', status: 'open' },
});
const server = applyMutation(undefined, create);

describe('rebase', () => {
  it('returns the server copy when nothing is pending', () => {
    expect(rebase(server, [])).toBe(server);
  });

  it('applies pending edits on top, in order', () => {
    const first = m({
      op: 'update',
      hlc: clock(10, 'dev-a'),
      set: { preferredName: 'Sammy' },
      base: { preferredName: [create.hlc] },
    });
    const second = m({
      op: 'update',
      hlc: clock(20, 'dev-a'),
      set: { preferredName: 'S' },
      base: { preferredName: [first.hlc] },
    });
    const result = rebase(server, [first, second]);
    expect(result.preferredName).toBe('S');
    expect(openConflicts(result)).toEqual([]);
  });

  it('changes nothing when the server already holds the pending mutation', () => {
    const edit = m({
      op: 'update',
      hlc: clock(10, 'dev-a'),
      set: { status: 'closed' },
      base: { status: [create.hlc] },
    });
    const serverWithEdit = applyMutation(server, edit);
    expect(rebase(serverWithEdit, [edit])).toEqual(serverWithEdit);
  });

  it('keeps a concurrent server value as a conflict rather than dropping either', () => {
    const theirs = m({
      op: 'update',
      deviceId: 'dev-b',
      hlc: clock(30, 'dev-b'),
      set: { preferredName: 'Theirs' },
      base: { preferredName: [create.hlc] },
    });
    const mine = m({
      op: 'update',
      hlc: clock(20, 'dev-a'),
      set: { preferredName: 'Mine' },
      base: { preferredName: [create.hlc] },
    });
    const result = rebase(applyMutation(server, theirs), [mine]);
    expect(result.preferredName).toBe('Theirs');
    expect(openConflicts(result, 'preferredName').map((c) => c.value)).toEqual(['Mine']);
  });
});
