// The safety plan's rules (issue #7): the plan as read, agreeing versions (numbering and
// the snapshot), what changed between versions, review dates and consent to share.
import { describe, expect, it } from 'vitest';
import {
  activeShares,
  agreementSnapshot,
  isPlanReviewDue,
  isShareActive,
  isSharedWithCarer,
  latestVersion,
  nextVersionNumber,
  planChanges,
  planView,
  safetyPlanVersionKind,
  sortVersions,
  uuidv7,
  versionView,
  type BackupTeamInput,
  type PlanItemInput,
  type ShareInput,
} from '../../../src/domain';
import { recordSchema } from '../../../src/domain/registry';
import { envelope } from './helpers';

const plan = {
  id: uuidv7(),
  coordinatorName: 'Priya',
  coordinatorContact: 'Duty line 07700 900123',
  writtenByYoungPerson: ['reasons-for-living', 'warning-signs'] as const,
};

const item = (patch: Partial<PlanItemInput> = {}): PlanItemInput => ({
  id: uuidv7(),
  section: 'people-to-ask',
  text: 'Aunt Jo',
  addedByRole: 'young-person',
  order: 1,
  createdAt: '2026-01-01T10:00:00.000Z',
  ...patch,
});

const action = (patch: Partial<BackupTeamInput> = {}): BackupTeamInput => ({
  id: uuidv7(),
  who: 'Aunt Jo',
  role: 'Aunt',
  action: 'Stay with Rowan',
  appliesWhen: 'If Rowan cannot keep herself safe',
  order: 1,
  ...patch,
});

const present = [
  { role: 'young-person' as const },
  { role: 'practitioner' as const, name: 'Priya' },
];

describe('planView', () => {
  it('puts items in their sections in list order, leaving out deleted ones', () => {
    const second = item({ order: 2, text: 'Mum', phone: '07700 900456' });
    const first = item({ order: 1 });
    const gone = item({ order: 0, deleted: true });
    const warning = item({ section: 'warning-signs', text: 'Staying in my room' });
    const view = planView(plan, [second, gone, warning, first], []);
    expect(view.sections['people-to-ask'].map((i) => i.text)).toEqual(['Aunt Jo', 'Mum']);
    expect(view.sections['people-to-ask'][1]).toEqual({
      id: second.id,
      section: 'people-to-ask',
      text: 'Mum',
      phone: '07700 900456',
      addedByRole: 'young-person',
    });
    expect(view.sections['warning-signs']).toHaveLength(1);
    expect(view.sections['coping-alone']).toEqual([]);
    expect(Object.keys(view.sections)).toHaveLength(7);
  });

  it('orders ties by when they were added, then by id', () => {
    const later = item({ createdAt: '2026-01-02T10:00:00.000Z', text: 'later' });
    const earlier = item({ createdAt: '2026-01-01T09:00:00.000Z', text: 'earlier' });
    expect(
      planView(plan, [later, earlier], []).sections['people-to-ask'].map((i) => i.text),
    ).toEqual(['earlier', 'later']);
  });

  it('keeps the backup team in order, the coordinator, and the sections in their words', () => {
    const b = action({ order: 2, who: 'School nurse' });
    const a = action({ order: 1, phone: '07700 900456' });
    const view = planView(plan, [], [b, a, action({ deleted: true })]);
    expect(view.backupTeam.map((e) => e.who)).toEqual(['Aunt Jo', 'School nurse']);
    expect(view.backupTeam[0]).not.toHaveProperty('order');
    expect(view.coordinatorName).toBe('Priya');
    expect(view.coordinatorContact).toBe('Duty line 07700 900123');
    // In the plan's section order, whatever order they were marked in.
    expect(view.writtenByYoungPerson).toEqual(['warning-signs', 'reasons-for-living']);
  });

  it('shows an empty plan when there is no header yet, and leaves out blank coordinators', () => {
    const view = planView(undefined, [], []);
    expect(view.writtenByYoungPerson).toEqual([]);
    expect(view).not.toHaveProperty('coordinatorName');
    expect(planView({ coordinatorName: '  ' }, [], [])).not.toHaveProperty('coordinatorName');
    expect(
      planView(plan, [item({ phone: '' })], []).sections['people-to-ask'][0],
    ).not.toHaveProperty('phone');
  });
});

describe('agreeing a version', () => {
  const items = [item(), item({ section: 'reasons-for-living', text: 'My dog', order: 1 })];
  const actions = [action()];

  it('numbers the first version 1 and each next one after the highest so far', () => {
    expect(nextVersionNumber([])).toBe(1);
    const v = (version: number, deleted = false) => ({ id: uuidv7(), version, deleted });
    expect(nextVersionNumber([v(1), v(3), v(2)])).toBe(4);
    expect(nextVersionNumber([v(1), v(2, true)])).toBe(2);
  });

  it('snapshots the plan as it reads, with the date, review date and who was there', () => {
    const snapshot = agreementSnapshot(plan, items, actions, [], {
      agreedOn: '2026-01-10',
      reviewBy: '2026-02-10',
      present,
    });
    expect(snapshot).toEqual({
      planId: plan.id,
      version: 1,
      agreedOn: '2026-01-10',
      reviewBy: '2026-02-10',
      present,
      coordinatorName: 'Priya',
      coordinatorContact: 'Duty line 07700 900123',
      writtenByYoungPerson: ['warning-signs', 'reasons-for-living'],
      items: [
        {
          id: items[0]!.id,
          section: 'people-to-ask',
          text: 'Aunt Jo',
          addedByRole: 'young-person',
        },
        {
          id: items[1]!.id,
          section: 'reasons-for-living',
          text: 'My dog',
          addedByRole: 'young-person',
        },
      ],
      backupTeam: [
        {
          id: actions[0]!.id,
          who: 'Aunt Jo',
          role: 'Aunt',
          action: 'Stay with Rowan',
          appliesWhen: 'If Rowan cannot keep herself safe',
        },
      ],
    });
    // It is a valid safety-plan-version, and reads back as the plan did.
    const record = { ...envelope('safety-plan-version'), ...snapshot };
    expect(recordSchema(safetyPlanVersionKind.kind)!.safeParse(record).success).toBe(true);
    expect(versionView(snapshot)).toEqual(planView(plan, items, actions));
  });

  it('follows the versions so far, leaves out a blank review date and blank names', () => {
    const snapshot = agreementSnapshot(plan, items, [], [{ id: uuidv7(), version: 1 }], {
      agreedOn: '2026-01-10',
      reviewBy: '',
      present: [{ role: 'carer', name: ' ' }],
    });
    expect(snapshot.version).toBe(2);
    expect(snapshot).not.toHaveProperty('reviewBy');
    expect(snapshot.present).toEqual([{ role: 'carer' }]);
    expect(snapshot.backupTeam).toEqual([]);
  });

  it('orders versions by number, then by creation; the latest is the last', () => {
    const a = { id: uuidv7(), version: 2, createdAt: '2026-01-02T00:00:00.000Z' };
    const b = { id: uuidv7(), version: 1, createdAt: '2026-01-03T00:00:00.000Z' };
    // Two devices agreed offline at once: both numbered 2.
    const c = { id: uuidv7(), version: 2, createdAt: '2026-01-04T00:00:00.000Z' };
    expect(sortVersions([c, a, b])).toEqual([b, a, c]);
    expect(latestVersion([a, b, c])).toBe(c);
    expect(latestVersion([])).toBeUndefined();
  });
});

describe('planChanges', () => {
  const kept = item({ text: 'Aunt Jo' });
  const reworded = item({ section: 'coping-alone', text: 'Music' });
  // Its own position, so it comes after `reworded` once moved to the same section.
  const moved = item({ section: 'distractions', text: 'Walk the dog', order: 2 });
  const dropped = item({ section: 'warning-signs', text: 'Not sleeping' });
  const helper = action();
  const older = planView(plan, [kept, reworded, moved, dropped], [helper]);

  it('finds items added, removed and changed, section by section', () => {
    const added = item({ section: 'warning-signs', text: 'Skipping meals' });
    const newer = planView(
      plan,
      [
        kept,
        { ...reworded, text: 'My calm playlist' },
        { ...moved, section: 'coping-alone' },
        added,
      ],
      [helper],
    );
    const changes = planChanges(older, newer);
    expect(changes.any).toBe(true);
    expect(changes.sections['warning-signs'].added.map((i) => i.id)).toEqual([added.id]);
    expect(changes.sections['warning-signs'].removed.map((i) => i.id)).toEqual([dropped.id]);
    expect(changes.sections['coping-alone'].changed).toEqual([
      { before: older.sections['coping-alone'][0], after: newer.sections['coping-alone'][0] },
      {
        before: older.sections['distractions'][0],
        after: newer.sections['coping-alone'].find((i) => i.id === moved.id),
      },
    ]);
    // A moved item is a change where it is now, not a removal where it was.
    expect(changes.sections['distractions']).toEqual({ added: [], removed: [], changed: [] });
    expect(changes.sections['people-to-ask']).toEqual({ added: [], removed: [], changed: [] });
    expect(changes.backupTeam).toEqual({ added: [], removed: [], changed: [] });
    expect(changes.coordinatorChanged).toBe(false);
  });

  it('finds a changed phone number, and changes in the backup team and coordinator', () => {
    const newHelper = action({ who: 'School nurse' });
    const newer = planView(
      {
        ...plan,
        coordinatorContact: 'Priya 07700 900999',
        writtenByYoungPerson: ['warning-signs', 'coping-alone'],
      },
      [{ ...kept, phone: '07700 900456' }, reworded, moved, dropped],
      [{ ...helper, appliesWhen: 'Any time Rowan asks' }, newHelper],
    );
    const changes = planChanges(older, newer);
    expect(changes.sections['people-to-ask'].changed).toHaveLength(1);
    expect(changes.backupTeam.added.map((e) => e.who)).toEqual(['School nurse']);
    expect(changes.backupTeam.changed.map((c) => c.after.appliesWhen)).toEqual([
      'Any time Rowan asks',
    ]);
    expect(changes.coordinatorChanged).toBe(true);
    expect(changes.writtenByYoungPerson).toEqual({
      added: ['coping-alone'],
      removed: ['reasons-for-living'],
    });
  });

  it('says nothing changed between the same plan read twice', () => {
    const again = planView(plan, [dropped, moved, reworded, kept], [helper]);
    const changes = planChanges(older, again);
    expect(changes.any).toBe(false);
  });

  it('treats everything as added in a first version', () => {
    const changes = planChanges(undefined, older);
    expect(changes.sections['people-to-ask'].added).toHaveLength(1);
    expect(changes.backupTeam.added).toHaveLength(1);
    expect(changes.coordinatorChanged).toBe(true);
    expect(changes.any).toBe(true);
  });

  it('compares an agreed version with the live plan', () => {
    const snapshot = agreementSnapshot(plan, [kept], [], [], {
      agreedOn: '2026-01-10',
      present,
    });
    const live = planView(plan, [kept, reworded], []);
    const changes = planChanges(versionView(snapshot), live);
    expect(changes.sections['coping-alone'].added.map((i) => i.text)).toEqual(['Music']);
  });
});

describe('review dates', () => {
  it('is due on and after the review date, never without one', () => {
    expect(isPlanReviewDue({ reviewBy: '2026-02-10' }, '2026-02-09')).toBe(false);
    expect(isPlanReviewDue({ reviewBy: '2026-02-10' }, '2026-02-10')).toBe(true);
    expect(isPlanReviewDue({ reviewBy: '2026-02-10' }, '2026-03-01')).toBe(true);
    expect(isPlanReviewDue({}, '2026-03-01')).toBe(false);
    expect(isPlanReviewDue(undefined, '2026-03-01')).toBe(false);
  });
});

describe('sharing with consent', () => {
  const carerId = uuidv7();
  const share = (patch: Partial<ShareInput> = {}): ShareInput => ({
    personName: 'Jo',
    relationship: 'carer',
    carerUserId: carerId,
    consentGivenBy: 'young-person',
    consentOn: '2026-01-10',
    ...patch,
  });

  it('is in force from the day consent is given until the day it is withdrawn', () => {
    expect(isShareActive(share(), '2026-01-09')).toBe(false);
    expect(isShareActive(share(), '2026-01-10')).toBe(true);
    const withdrawn = share({ withdrawnOn: '2026-02-01' });
    expect(isShareActive(withdrawn, '2026-01-31')).toBe(true);
    expect(isShareActive(withdrawn, '2026-02-01')).toBe(false);
    expect(isShareActive(share({ deleted: true }), '2026-01-20')).toBe(false);
  });

  it('lists the active consents, and whether a carer is one of them', () => {
    const school = share({ personName: 'Ms Khan', relationship: 'school', carerUserId: undefined });
    const withdrawn = share({ withdrawnOn: '2026-01-15' });
    expect(activeShares([school, withdrawn], '2026-01-20')).toEqual([school]);
    expect(isSharedWithCarer([school, withdrawn], carerId, '2026-01-20')).toBe(false);
    expect(isSharedWithCarer([school, withdrawn], carerId, '2026-01-12')).toBe(true);
    expect(isSharedWithCarer([share()], uuidv7(), '2026-01-12')).toBe(false);
  });
});
