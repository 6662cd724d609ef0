/** Building mutations by hand for merge and validateMutation tests. */
import { formatHlc, type Hlc } from '../../../src/domain/hlc';
import { uuidv7 } from '../../../src/domain/ids';
import { SCHEMA_VERSION, type Mutation } from '../../../src/domain/mutation';
import { CASE_ID, USER_ID } from './helpers';

export const RECORD_ID = uuidv7(Date.UTC(2024, 1, 1));

/** A clock at `ms` milliseconds after 2024-05-01 10:00 UTC on device `node`. */
export function clockAt(ms: number, node = 'dev-a', counter = 0): Hlc {
  return formatHlc({ wall: Date.UTC(2024, 4, 1, 10) + ms, counter, node });
}

export function mutation(overrides: Partial<Mutation> & Pick<Mutation, 'op' | 'hlc'>): Mutation {
  return {
    id: uuidv7(),
    deviceId: 'dev-a',
    schemaVersion: SCHEMA_VERSION,
    recordId: RECORD_ID,
    kind: 'goal',
    caseId: CASE_ID,
    by: USER_ID,
    at: '2024-05-01T10:00:00.000Z',
    set: {},
    base: {},
    ...overrides,
  };
}
