/**
 * A mutation built the way a device's repository would, for tests and benchmarks that
 * talk to the server without a full local store.
 */
import { SCHEMA_VERSION, uuidv7, type Mutation } from '../../src/domain';

export function buildMutation(fields: {
  deviceId: string;
  by: string;
  hlc: string;
  op: Mutation['op'];
  kind: string;
  recordId: string;
  caseId: string | null;
  set?: Record<string, unknown>;
  base?: Record<string, string[]>;
}): Mutation {
  return {
    id: uuidv7(),
    deviceId: fields.deviceId,
    schemaVersion: SCHEMA_VERSION,
    recordId: fields.recordId,
    kind: fields.kind,
    caseId: fields.caseId,
    op: fields.op,
    hlc: fields.hlc,
    by: fields.by,
    at: new Date().toISOString(),
    set: fields.set ?? {},
    base: fields.base ?? {},
  };
}
