/**
 * The access rules for issue #7's kinds, pure (no database): agreed safety-plan versions
 * go wherever the plan goes, consents to share reach the young person and the care team
 * only, and the organisation's crisis lines reach everyone but are written by admins.
 */
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, uuidv7, type AnyRecord, type Mutation } from '../../src/domain';
import {
  NOTHING_SHARED,
  caseAccessFrom,
  type CaseAccess,
} from '../../src/server/access/case-access';
import { partitionOf } from '../../src/server/access/partitions';
import { viewRecord } from '../../src/server/access/read-policy';
import { writeRefusal } from '../../src/server/access/write-policy';
import { makeActor } from './helpers/sync-fixtures';

const caseId = uuidv7();

function record(kind: string, fields: Record<string, unknown>, by = 'someone'): AnyRecord {
  return {
    id: uuidv7(),
    caseId,
    kind,
    createdAt: '2026-01-01T00:00:00.000Z',
    createdBy: by,
    updatedAt: '2026-01-01T00:00:00.000Z',
    updatedBy: by,
    clock: {},
    writers: {},
    conflicts: [],
    superseded: {},
    deleted: false,
    ...fields,
  };
}

function mutation(by: string, kind: string, partitionCaseId: string | null): Mutation {
  return {
    id: uuidv7(),
    deviceId: 'd',
    schemaVersion: SCHEMA_VERSION,
    recordId: uuidv7(),
    kind,
    caseId: partitionCaseId,
    op: 'create',
    hlc: '000000000000002:00000:d',
    by,
    at: '2026-01-01T00:00:00.000Z',
    set: {},
    base: {},
  };
}

const carerAccess = (safetyPlan: boolean): CaseAccess => ({
  role: 'carer',
  caseRole: 'carer',
  sections: { ...NOTHING_SHARED, safetyPlan },
});

describe('safety plan versions and shares: who reads them', () => {
  const version = record('safety-plan-version', { planId: uuidv7(), version: 1 });
  const share = record('safety-plan-share', { planId: uuidv7(), personName: 'Jo' });

  it('gives versions to carers exactly when the plan is shared with them', () => {
    const carer = makeActor('carer');
    expect(viewRecord(carer, caseId, carerAccess(true), version)).toBe(version);
    expect(viewRecord(carer, caseId, carerAccess(false), version)).toBeNull();
    // The same rule as the plan itself.
    const plan = record('safety-plan', { status: 'agreed' });
    expect(viewRecord(carer, caseId, carerAccess(false), plan)).toBeNull();
  });

  it('keeps consents to share for the young person and the care team', () => {
    const yp = makeActor('young-person');
    const ypAccess = caseAccessFrom(yp, [
      record('case-membership', { userId: yp.userId, role: 'young-person', active: true }),
    ]);
    expect(viewRecord(yp, caseId, ypAccess, share)).toBe(share);
    expect(viewRecord(yp, caseId, ypAccess, version)).toBe(version);
    const staff = makeActor('practitioner');
    const team: CaseAccess = {
      role: 'care-team',
      caseRole: 'lead-practitioner',
      sections: NOTHING_SHARED,
    };
    expect(viewRecord(staff, caseId, team, share)).toBe(share);
    // Even a carer the whole plan is shared with does not see the consent records.
    expect(viewRecord(makeActor('carer'), caseId, carerAccess(true), share)).toBeNull();
  });
});

describe('safety plan versions and shares: who writes them', () => {
  it('leaves them to the care team', () => {
    const yp = makeActor('young-person');
    const ypAccess: CaseAccess = {
      role: 'young-person',
      caseRole: 'young-person',
      sections: NOTHING_SHARED,
    };
    const carer = makeActor('carer');
    const staff = makeActor('practitioner');
    const team: CaseAccess = {
      role: 'care-team',
      caseRole: 'practitioner',
      sections: NOTHING_SHARED,
    };
    for (const kind of ['safety-plan-version', 'safety-plan-share']) {
      const write = (actor: typeof yp, access: CaseAccess) =>
        writeRefusal({
          actor,
          partition: caseId,
          access,
          mutation: mutation(actor.userId, kind, caseId),
          current: undefined,
          lookup: () => undefined,
        });
      expect(write(staff, team)).toBeNull();
      expect(write(yp, ypAccess)).toMatchObject({ key: 'forbidden' });
      expect(write(carer, carerAccess(true))).toMatchObject({ key: 'forbidden' });
    }
  });
});

describe("the organisation's crisis lines", () => {
  const list = { ...record('crisis-contact-list', { reviewBy: '2027-06-01' }), caseId: null };

  it('live in the organisation partition and reach everyone there', () => {
    expect(partitionOf('crisis-contact-list', null)).toBe('org');
    for (const role of ['young-person', 'carer', 'practitioner', 'admin'] as const) {
      expect(viewRecord(makeActor(role), 'org', null, list)).toBe(list);
    }
  });

  it('are written by admins only', () => {
    const write = (actor: ReturnType<typeof makeActor>) =>
      writeRefusal({
        actor,
        partition: 'org',
        access: null,
        mutation: mutation(actor.userId, 'crisis-contact-list', null),
        current: undefined,
        lookup: () => undefined,
      });
    expect(write(makeActor('admin'))).toBeNull();
    for (const role of ['practitioner', 'young-person', 'carer'] as const) {
      expect(write(makeActor(role))).toMatchObject({ key: 'forbidden' });
    }
  });
});
