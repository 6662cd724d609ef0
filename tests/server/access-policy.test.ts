/**
 * The pure access rules (src/server/access), without a database: case access from
 * memberships, who may write what, and what of a record reaches whom.
 */
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, uuidv7, type AnyRecord, type Mutation } from '../../src/domain';
import { NOTHING_SHARED, caseAccessFrom } from '../../src/server/access/case-access';
import { partitionOf } from '../../src/server/access/partitions';
import { stripFields, viewRecord } from '../../src/server/access/read-policy';
import { writeRefusal, type WriteContext } from '../../src/server/access/write-policy';
import { makeActor } from './helpers/sync-fixtures';

const caseId = uuidv7();

function record(kind: string, fields: Record<string, unknown>, by = 'someone'): AnyRecord {
  const clock = Object.fromEntries(Object.keys(fields).map((f) => [f, '000000000000001:00000:d']));
  return {
    id: uuidv7(),
    caseId,
    kind,
    createdAt: '2026-01-01T00:00:00.000Z',
    createdBy: by,
    updatedAt: '2026-01-01T00:00:00.000Z',
    updatedBy: by,
    clock,
    writers: {},
    conflicts: [],
    superseded: {},
    deleted: false,
    ...fields,
  };
}

function mutation(
  by: string,
  kind: string,
  set: Record<string, unknown>,
  op: Mutation['op'] = 'create',
): Mutation {
  return {
    id: uuidv7(),
    deviceId: 'd',
    schemaVersion: SCHEMA_VERSION,
    recordId: uuidv7(),
    kind,
    caseId,
    op,
    hlc: '000000000000002:00000:d',
    by,
    at: '2026-01-01T00:00:00.000Z',
    set,
    base: {},
  };
}

describe('case access', () => {
  it('comes only from an active membership, widest role first; care team needs a staff account', () => {
    const yp = makeActor('young-person');
    const m = (userId: string, role: string, active = true) =>
      record('case-membership', { userId, role, active });
    expect(caseAccessFrom(yp, [m(yp.userId, 'young-person', false)])).toBeNull();
    expect(caseAccessFrom(yp, [m(yp.userId, 'young-person')])?.role).toBe('young-person');
    expect(caseAccessFrom(yp, [m(yp.userId, 'practitioner')])).toBeNull();
    const staff = makeActor('practitioner');
    expect(
      caseAccessFrom(staff, [m(staff.userId, 'carer', true), m(staff.userId, 'lead-practitioner')]),
    ).toMatchObject({
      role: 'care-team',
      caseRole: 'lead-practitioner',
    });
  });

  it("gives a carer the young person's sharing choices, nothing by default", () => {
    const carer = makeActor('carer');
    const membership = record('case-membership', {
      userId: carer.userId,
      role: 'carer',
      relationship: 'Mum',
      active: true,
    });
    expect(caseAccessFrom(carer, [membership])?.sections).toEqual({
      goals: false,
      safetyPlan: false,
      decisions: false,
      notes: false,
    });
    const sharing = record('sharing-settings', {
      carerUserId: carer.userId,
      sections: { goals: true, safetyPlan: false, decisions: false, notes: true },
    });
    expect(caseAccessFrom(carer, [membership, sharing])?.sections).toMatchObject({
      goals: true,
      notes: true,
    });
  });
});

describe('partitions', () => {
  it('puts case content in its case, organisation content in org, signposting apart', () => {
    expect(partitionOf('goal', caseId)).toBe(caseId);
    expect(partitionOf('option-grid', null)).toBe('org');
    expect(partitionOf('signposting-event', null)).toBe('anonymous');
    expect(partitionOf('spaceship', null)).toBeUndefined();
  });
});

describe('write rules', () => {
  const yp = makeActor('young-person');
  const ypAccess = caseAccessFrom(yp, [
    record('case-membership', { userId: yp.userId, role: 'young-person', active: true }),
  ]);
  const ctx = (m: Mutation, current?: AnyRecord, others: AnyRecord[] = []): WriteContext => ({
    actor: yp,
    partition: caseId,
    access: ypAccess,
    mutation: m,
    current,
    lookup: (id) => others.find((r) => r.id === id),
  });

  it('lets a young person edit the safety-plan items they wrote or in sections in their words', () => {
    const plan = record('safety-plan', { writtenByYoungPerson: ['coping-alone'] });
    const theirs = record(
      'safety-plan-item',
      { planId: plan.id, section: 'warning-signs' },
      yp.userId,
    );
    const inTheirSection = record('safety-plan-item', { planId: plan.id, section: 'coping-alone' });
    const notTheirs = record('safety-plan-item', { planId: plan.id, section: 'warning-signs' });
    const edit = (r: AnyRecord, set: Record<string, unknown> = { text: 'x' }) =>
      writeRefusal(
        ctx({ ...mutation(yp.userId, 'safety-plan-item', set, 'update'), recordId: r.id }, r, [
          plan,
        ]),
      );
    expect(edit(theirs)).toBeNull();
    expect(edit(inTheirSection)).toBeNull();
    expect(edit(inTheirSection, { section: 'warning-signs' })).toMatchObject({ key: 'forbidden' });
    expect(edit(notTheirs)).toMatchObject({ key: 'forbidden' });
  });

  it('lets young people and carers correct only ratings they could have made, of the same goal', () => {
    const carer = makeActor('carer');
    const carerAccess = caseAccessFrom(carer, [
      record('case-membership', { userId: carer.userId, role: 'carer', active: true }),
    ]);
    const goal = record('goal', { setBy: 'carer' }, carer.userId);
    const otherGoal = record('goal', { setBy: 'young-person' });
    const rating = (ratedBy: string, by: string, goalId = goal.id) =>
      record('goal-rating', { goalId, rating: 4, ratedBy }, by);
    const ypRating = rating('young-person', yp.userId);
    const ypRatingOtherGoal = rating('young-person', yp.userId, otherGoal.id);
    const practitionerRating = rating('practitioner', 'staff');
    const carerRating = rating('carer', carer.userId);
    const otherCarerRating = rating('carer', 'another-carer');
    const all = [goal, otherGoal, ypRating, ypRatingOtherGoal, practitionerRating, carerRating];
    const correct = (by: string, ratedBy: string, corrected: AnyRecord) =>
      mutation(by, 'goal-rating', {
        goalId: goal.id,
        ratedOn: '2026-01-01T10:00:00.000Z',
        ratedBy,
        correctsRatingId: corrected.id,
      });
    const asYp = (corrected: AnyRecord) =>
      writeRefusal(ctx(correct(yp.userId, 'young-person', corrected), undefined, all));
    const asCarer = (corrected: AnyRecord) =>
      writeRefusal({
        ...ctx(correct(carer.userId, 'carer', corrected), undefined, [...all, otherCarerRating]),
        actor: carer,
        access: carerAccess,
      });
    expect(asYp(ypRating)).toBeNull();
    expect(asYp(practitionerRating)).toMatchObject({ path: ['set', 'correctsRatingId'] });
    expect(asYp(carerRating)).toMatchObject({ path: ['set', 'correctsRatingId'] });
    // The rating named must be of the goal being rated.
    expect(asYp(ypRatingOtherGoal)).toMatchObject({ path: ['set', 'correctsRatingId'] });
    expect(asCarer(carerRating)).toBeNull();
    expect(asCarer(otherCarerRating)).toMatchObject({ path: ['set', 'correctsRatingId'] });
    expect(asCarer(ypRating)).toMatchObject({ path: ['set', 'correctsRatingId'] });
    // Unknown ids are refused rather than trusted.
    expect(asCarer({ ...carerRating, id: uuidv7() })).toMatchObject({ key: 'forbidden' });
  });

  it('refuses writing as someone else, audit events, and organisation content from non-admins', () => {
    expect(
      writeRefusal(ctx(mutation('someone-else', 'note', { audience: 'care-team' }))),
    ).toMatchObject({ path: ['by'] });
    expect(writeRefusal(ctx(mutation(yp.userId, 'audit-event', {})))).toMatchObject({
      key: 'forbidden',
    });
    const staff = makeActor('practitioner');
    expect(
      writeRefusal({
        ...ctx(mutation(staff.userId, 'option-grid', {})),
        actor: staff,
        partition: 'org',
        access: null,
      }),
    ).toMatchObject({ key: 'forbidden' });
  });
});

describe('read rules', () => {
  it('strips a field with its clock, writer and conflicts', () => {
    const r = record('session', { summary: 'private', plainWordsSummary: 'ok' });
    r.conflicts.push({
      field: 'summary',
      value: 'older',
      clock: '000000000000001:00000:e',
      by: 'x',
    });
    r.writers['summary'] = 'x';
    const stripped = stripFields(r, ['summary']);
    expect(stripped).not.toHaveProperty('summary');
    expect(stripped.clock).not.toHaveProperty('summary');
    expect(stripped.writers).not.toHaveProperty('summary');
    expect(stripped.conflicts).toEqual([]);
    expect(r['summary']).toBe('private'); // the stored record is untouched
  });

  it('gives a young person what was agreed in a session but not the care team summary, and a carer neither', () => {
    const agreed = {
      summary: 'care team only',
      plainWordsSummary: 'We talked about mornings',
      decided: 'Getting Help',
      actions: [{ what: 'Try the plan', who: 'Sam' }],
      outcome: {
        successLooksLike: 'School most days',
        likelihood: 'likely',
        byWhen: '2099-01-01',
        ifNotBetter: 'Look again together',
      },
      comeBack: 'Come back any time',
      ending: { whatNext: 'GP', whoToContact: 'GP surgery', howToComeBack: 'Ask the GP' },
      nextReviewOn: '2099-01-01',
    };
    const session = record('session', { date: '2026-11-01', status: 'completed', ...agreed });
    const youngPerson = viewRecord(
      makeActor('young-person'),
      'case',
      {
        role: 'young-person',
        caseRole: 'young-person',
        sections: NOTHING_SHARED,
      },
      session,
    );
    expect(youngPerson).not.toHaveProperty('summary');
    const { summary: _hidden, ...shared } = agreed;
    expect(youngPerson).toMatchObject(shared);
    const carer = viewRecord(
      makeActor('carer'),
      'case',
      {
        role: 'carer',
        caseRole: 'carer',
        sections: { goals: true, safetyPlan: true, decisions: true, notes: true },
      },
      session,
    );
    for (const field of Object.keys(agreed).filter((f) => f !== 'nextReviewOn'))
      expect(carer).not.toHaveProperty(field);
    expect(carer).toMatchObject({ date: '2026-11-01', nextReviewOn: '2099-01-01' });
  });

  it('shows family accounts staff names without email, and no other families', () => {
    const yp = makeActor('young-person');
    const staffUser = {
      ...record('user', { displayName: 'Dr A', email: 'a@x.org', roles: ['practitioner'] }),
      caseId: null,
    };
    const otherFamily = { ...record('user', { displayName: 'B', roles: ['carer'] }), caseId: null };
    expect(viewRecord(yp, 'org', null, staffUser)).not.toHaveProperty('email');
    expect(viewRecord(yp, 'org', null, otherFamily)).toBeNull();
    expect(viewRecord(makeActor('practitioner'), 'org', null, otherFamily)).toBe(otherFamily);
  });

  it('gives signposting counts to admins only', () => {
    const count = { ...record('signposting-event', {}), caseId: null };
    expect(viewRecord(makeActor('admin'), 'anonymous', null, count)).toBe(count);
    expect(viewRecord(makeActor('practitioner'), 'anonymous', null, count)).toBeNull();
  });
});
