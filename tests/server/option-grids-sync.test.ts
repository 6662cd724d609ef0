/**
 * Option grids and what is decided with them, through sync on every backend (issue #5):
 * an admin's new version of a grid reaches every device, the young person's included,
 * and never replaces the version a decision was made with; practitioners cannot publish
 * grids; a grid without a source is refused; CollaboRATE answers are the answerer's own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOW_MOOD_GRID } from '../../src/content/option-grids/low-mood';
import type { Backend } from '../../src/server/store/store';
import { backends } from './helpers/backends';
import {
  Device,
  makeActor,
  openSyncFixture,
  seedCase,
  sessionData,
  type SyncFixture,
} from './helpers/sync-fixtures';

const [firstOption] = LOW_MOOD_GRID.data.options;

describe.each(backends)('option grids through sync on %s', (backend: Backend) => {
  let fx: SyncFixture;
  beforeAll(async () => {
    fx = await openSyncFixture(backend);
  });
  afterAll(async () => {
    await fx?.close();
  });

  it('publishes an admin’s new grid version to every device, and keeps the decision’s version', async () => {
    const admin = new Device(fx.service, makeActor('admin'));
    const tablet = new Device(fx.service, makeActor('practitioner'));
    const phone = new Device(fx.service, makeActor('young-person'));
    const { caseId } = await seedCase(tablet, { youngPerson: phone.actor });

    // A decision made with the bundled grid, version 1.
    const session = tablet.create('session', caseId, sessionData());
    const decision = tablet.create('option-grid-decision', caseId, {
      gridId: LOW_MOOD_GRID.id,
      gridVersion: 1,
      sessionId: session.recordId,
      consideredOptionIds: LOW_MOOD_GRID.data.options.map((o) => o.id),
      chosenOptionIds: [firstOption!.id],
      starredQuestionIds: ['how-long'],
      youngPersonWords: 'Wait and see first',
      reasons: 'Sam wants to try on their own first',
      decidedOn: '2026-01-10',
      decidedWith: [{ role: 'young-person' }, { role: 'practitioner' }],
    });
    expect((await tablet.sync([session, decision])).rejected).toEqual([]);

    // The admin publishes version 2 with a local note; a practitioner may not.
    const version2 = {
      ...LOW_MOOD_GRID.data,
      version: 2,
      basedOn: LOW_MOOD_GRID.id,
      localNotes: [{ optionId: firstOption!.id, note: 'Check-ups at the Tuesday clinic' }],
    };
    expect(
      (await tablet.sync([tablet.create('option-grid', null, version2)])).rejected[0],
    ).toMatchObject({ key: 'forbidden' });
    const published = admin.create('option-grid', null, version2);
    expect((await admin.sync([published])).rejected).toEqual([]);

    await phone.pullAll();
    const grid = phone.records.get(published.recordId);
    expect(grid).toMatchObject({ slug: 'low-mood', version: 2, basedOn: LOW_MOOD_GRID.id });
    expect(phone.records.get(decision.recordId)).toMatchObject({
      gridId: LOW_MOOD_GRID.id,
      gridVersion: 1,
      youngPersonWords: 'Wait and see first',
    });
  });

  it('refuses a grid with no source, or with a cell left blank', async () => {
    const admin = new Device(fx.service, makeActor('admin'));
    const noSource = admin.create('option-grid', null, {
      ...LOW_MOOD_GRID.data,
      sources: [],
      cells: LOW_MOOD_GRID.data.cells.map(({ sourceIds: _s, ...cell }) => cell),
    });
    const blank = admin.create('option-grid', null, {
      ...LOW_MOOD_GRID.data,
      cells: LOW_MOOD_GRID.data.cells.slice(1),
    });
    const r = await admin.sync([noSource, blank]);
    expect(r.rejected.map((x) => x.id).sort()).toEqual([noSource.id, blank.id].sort());
    expect(JSON.stringify(r.rejected)).toContain('needsSource');
    expect(JSON.stringify(r.rejected)).toContain('missingCell');
  });

  it('takes CollaboRATE answers only as the person answering', async () => {
    const tablet = new Device(fx.service, makeActor('practitioner'));
    const phone = new Device(fx.service, makeActor('young-person'));
    const { caseId } = await seedCase(tablet, { youngPerson: phone.actor });
    const session = tablet.create('session', caseId, sessionData());
    expect((await tablet.sync([session])).rejected).toEqual([]);
    await phone.pullAll();
    const answer = (respondent: string) =>
      phone.create('collaborate-response', caseId, {
        sessionId: session.recordId,
        respondent,
        answers: [9, 9, 8],
        completedOn: '2026-01-10T18:00:00.000+00:00',
      });
    const own = answer('young-person');
    const asParent = answer('parent-carer');
    const r = await phone.sync([own, asParent]);
    expect(r.accepted).toContain(own.id);
    expect(r.rejected).toEqual([expect.objectContaining({ id: asParent.id, key: 'forbidden' })]);
    await tablet.pullAll();
    expect(tablet.records.get(own.recordId)).toMatchObject({ answers: [9, 9, 8] });
  });
});
