// The session part "Compare options" on the real local store (fake-indexeddb), the real
// routes and the real words: choosing a grid, ruling an option out, starring questions,
// adding a question of one's own, the decision's problems (summary and inline, nothing
// typed lost), saving with the grid version, and a draft kept through a remount.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { LOW_MOOD_GRID } from '../../src/content/option-grids/low-mood';
import { localStore } from '../../src/db';
import type { OptionGridDecisionRecord, SessionRecord } from '../../src/domain';
import { todayOnDevice } from '../../src/ui/format-date';
import { openCase, signInAsPractitioner } from './practitioner';
import { renderApp } from './render-app';

const ME = '01a2340d-0000-7000-8000-000000000001';

vi.setConfig({ testTimeout: 45_000 });

beforeEach(() => signInAsPractitioner(ME));

async function startSession(caseId: string): Promise<SessionRecord> {
  return (await localStore().records.create('session', caseId, {
    date: todayOnDevice(),
    attendees: [{ role: 'young-person' }, { role: 'practitioner' }],
    status: 'in-progress',
  })) as unknown as SessionRecord;
}

const decisions = async () =>
  (await localStore()
    .db.recordTable('option-grid-decision')
    .toArray()) as unknown as OptionGridDecisionRecord[];

async function openPart(path: string) {
  const app = await renderApp(path);
  return app;
}

describe('comparing options in a session', () => {
  it('lists the grids written for the young person first, and opens one', async () => {
    const caseRecord = await openCase();
    const session = await startSession(caseRecord.id);
    await localStore().records.create('grouping-decision', caseRecord.id, {
      grouping: 'getting-help',
      reasons: 'Agreed together',
      agreedBy: [{ role: 'young-person' }],
      agreedOn: todayOnDevice(),
    });
    const user = userEvent.setup();
    await openPart(`/practitioner/cases/${caseRecord.id}/sessions/${session.id}/options`);
    const suited = await screen.findByRole('heading', { name: 'Grids for this young person' });
    expect(suited).toBeTruthy();
    const links = screen.getAllByRole('link').map((a) => a.textContent);
    expect(links).toContain('Feeling low or depressed');
    await user.click(screen.getByRole('link', { name: 'Feeling low or depressed' }));
    const table = await screen.findByTestId('option-grid');
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers.length).toBe(LOW_MOOD_GRID.data.options.length + 1);
    expect(screen.getByTestId('example-content').textContent).toMatch(/Example content/);
    expect(screen.getByTestId('grid-version').textContent).toMatch(/Version 1/);
  });

  it('refuses a decision with nothing chosen and nobody ticked, keeping what was typed', async () => {
    const caseRecord = await openCase();
    const session = await startSession(caseRecord.id);
    const user = userEvent.setup();
    await openPart(
      `/practitioner/cases/${caseRecord.id}/sessions/${session.id}/options?grid=${LOW_MOOD_GRID.id}`,
    );
    await screen.findByTestId('option-grid');
    await user.type(screen.getByLabelText("In the young person's own words"), 'I want to try');
    await user.click(screen.getByRole('button', { name: 'Save the decision' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByText("Choose an option, or tick 'Not decided yet'")).toBeTruthy();
    expect(
      within(summary).getByText('Enter why you chose this, or why you are waiting'),
    ).toBeTruthy();
    expect(within(summary).getByText('Tick who took part in deciding')).toBeTruthy();
    expect(
      (screen.getByLabelText("In the young person's own words") as HTMLTextAreaElement).value,
    ).toBe('I want to try');
    expect(await decisions()).toEqual([]);
  });

  it('saves what was compared and decided, with the grid version shown', async () => {
    const caseRecord = await openCase();
    const session = await startSession(caseRecord.id);
    const user = userEvent.setup();
    await openPart(
      `/practitioner/cases/${caseRecord.id}/sessions/${session.id}/options?grid=${LOW_MOOD_GRID.id}`,
    );
    const table = await screen.findByTestId('option-grid');
    const [first, second, third] = LOW_MOOD_GRID.data.options;
    const considered = within(
      screen.getByRole('group', { name: 'Options we are still looking at' }),
    );
    // Rule out the third option: its column goes.
    await user.click(considered.getByRole('checkbox', { name: third!.title }));
    await waitFor(() =>
      expect(
        within(table).queryByRole('columnheader', { name: new RegExp(third!.title) }),
      ).toBeNull(),
    );
    // Star two questions.
    const stars = within(table).getAllByRole('checkbox', { name: /Matters most to me/ });
    await user.click(stars[0]!);
    await user.click(stars[2]!);
    // A question of the young person's own.
    await user.type(screen.getByLabelText('Add a question of your own'), 'Can my mum come?');
    await user.click(screen.getByRole('button', { name: 'Add question' }));
    expect(
      within(screen.getByTestId('own-questions'))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([expect.stringMatching(/^Can my mum come\? Remove/)]);
    // Decide.
    const chosen = within(screen.getByRole('group', { name: 'What did you choose?' }));
    await user.click(chosen.getByRole('checkbox', { name: second!.title }));
    await user.type(
      screen.getByLabelText("In the young person's own words"),
      'I can do it at home',
    );
    await user.type(screen.getByLabelText('Why this choice (or why wait)'), 'Fits around school');
    const who = within(screen.getByRole('group', { name: 'Who took part in deciding' }));
    await user.click(who.getByRole('checkbox', { name: 'The young person' }));
    await user.click(who.getByRole('checkbox', { name: 'Practitioner' }));
    await user.click(screen.getByRole('button', { name: 'Save the decision' }));
    await screen.findByText('Decision saved');
    const [saved, ...others] = await decisions();
    expect(others).toEqual([]);
    expect(saved).toMatchObject({
      caseId: caseRecord.id,
      gridId: LOW_MOOD_GRID.id,
      gridVersion: 1,
      sessionId: session.id,
      chosenOptionIds: [second!.id],
      hiddenOptionIds: [third!.id],
      starredQuestionIds: [
        LOW_MOOD_GRID.data.questions[0]!.id,
        LOW_MOOD_GRID.data.questions[2]!.id,
      ],
      ownQuestions: ['Can my mum come?'],
      youngPersonWords: 'I can do it at home',
      reasons: 'Fits around school',
      decidedWith: [{ role: 'young-person' }, { role: 'practitioner' }],
      decidedOn: todayOnDevice(),
    });
    expect(saved!.consideredOptionIds).toEqual(
      LOW_MOOD_GRID.data.options.map((o) => o.id).filter((id) => id !== third!.id),
    );
    expect(first).toBeDefined();
  });

  it('keeps a draft through the page closing and opening again', async () => {
    const caseRecord = await openCase();
    const session = await startSession(caseRecord.id);
    const user = userEvent.setup();
    const path = `/practitioner/cases/${caseRecord.id}/sessions/${session.id}/options?grid=${LOW_MOOD_GRID.id}`;
    const first = await openPart(path);
    await screen.findByTestId('option-grid');
    await user.type(screen.getByLabelText('Why this choice (or why wait)'), 'Still thinking');
    first.unmount();
    await openPart(path);
    await screen.findByTestId('option-grid');
    await waitFor(() =>
      expect(
        (screen.getByLabelText('Why this choice (or why wait)') as HTMLTextAreaElement).value,
      ).toBe('Still thinking'),
    );
  });
});
