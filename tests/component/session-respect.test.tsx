// A session's RESPECT part as a practitioner uses it, on the real local store
// (fake-indexeddb): starting a session from a case, marking items in the young person's
// words (with the form's error handling and its draft), and handing the tablet over.
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { endHandOver, localStore, readHandOver } from '../../src/db';
import { uuidv7 } from '../../src/domain';
import { signInAsPractitioner } from './practitioner';
import { renderApp } from './render-app';

// Account ids are UUIDv7, and a session names the practitioner by id.
const ME = uuidv7();

// Whole journeys through lazily loaded screens, and a 600,000-iteration PBKDF2.
vi.setConfig({ testTimeout: 60_000 });

beforeEach(async () => {
  endHandOver();
  await signInAsPractitioner(ME);
});

async function openCase(preferredName: string) {
  return localStore().records.createCase({
    preferredName,
    ageBand: '14-15',
    involved: [],
    consentToRecord: true,
    status: 'open',
  });
}

const sessions = async (caseId: string) =>
  (await localStore().db.recordTable('session').where('caseId').equals(caseId).toArray()).filter(
    (s) => !s.deleted,
  );

async function startSessionFor(caseId: string) {
  const view = await renderApp(`/practitioner/cases/${caseId}/session`);
  await screen.findByRole('heading', { level: 1, name: 'RESPECT: your rights' });
  // The form appears once any draft has been read back.
  await screen.findByRole('button', { name: 'Save RESPECT' });
  return view;
}

describe('starting a session', () => {
  it('starts one session in progress and continues it rather than starting another', async () => {
    const sam = await openCase('Sam');
    const first = await startSessionFor(sam.id);
    const [session] = await sessions(sam.id);
    expect(session).toMatchObject({ status: 'in-progress' });
    expect(first.router.state.location.pathname).toBe(
      `/practitioner/cases/${sam.id}/sessions/${session!.id}/respect`,
    );
    first.unmount();

    const again = await renderApp(`/practitioner/cases/${sam.id}/session?part=grouping`);
    await waitFor(() =>
      expect(again.router.state.location.pathname).toBe(
        `/practitioner/cases/${sam.id}/sessions/${session!.id}/grouping`,
      ),
    );
    expect(await sessions(sam.id)).toHaveLength(1);
    // Every part is one tap away, whichever is open.
    const nav = await screen.findByRole('navigation', { name: 'Parts of the session' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual([
      '1RESPECT: your rights',
      '2Current View (optional)',
      '3Agree the grouping',
      '4Compare options',
      '5Goals',
      '6Safety plan',
      '7Summary and next steps',
      'Print the summary',
    ]);
  });
});

describe('RESPECT', () => {
  it('asks for an answer when words were written without one, and keeps the words', async () => {
    const user = userEvent.setup();
    const sam = await openCase('Sam');
    await startSessionFor(sam.id);
    const words = screen.getAllByLabelText('In Sam’s own words (optional)')[0]!;
    await user.type(words, 'I want to hear about groups');
    await user.click(screen.getByRole('button', { name: 'Save RESPECT' }));

    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', {
        name: 'Choose whether this was talked about, not yet, or not relevant today',
      }),
    ).toHaveAttribute('href', '#respect-status-review-options-0');
    expect(words).toHaveValue('I want to hear about groups');
    expect(
      await localStore().db.recordTable('respect-item').where('caseId').equals(sam.id).count(),
    ).toBe(0);
  });

  it('saves each marked item with the young person’s words and this session', async () => {
    const user = userEvent.setup();
    const sam = await openCase('Sam');
    await startSessionFor(sam.id);
    const [session] = await sessions(sam.id);
    const first = screen.getByRole('group', {
      name: 'I know what kinds of help I could choose from',
    });
    await user.click(within(first).getByLabelText('Talked about'));
    await user.type(within(first.parentElement!.parentElement!).getByRole('textbox'), 'Groups?');
    const goals = screen.getByRole('group', {
      name: 'I help to set my goals and to check how they are going',
    });
    await user.click(within(goals).getByLabelText('Not yet'));
    await user.click(screen.getByRole('button', { name: 'Save RESPECT' }));
    expect(await screen.findByText('RESPECT saved')).toBeInTheDocument();

    const items = await localStore()
      .db.recordTable('respect-item')
      .where('caseId')
      .equals(sam.id)
      .toArray();
    expect(items.map((i) => [i.itemId, i.status, i.youngPersonWords, i.sessionId]).sort()).toEqual([
      ['progress-goals', 'not-yet', undefined, session!.id],
      ['review-options', 'talked-about', 'Groups?', session!.id],
    ]);
    expect(screen.getByTestId('respect-coverage')).toHaveTextContent(
      'Talked about across all sessions so far: 1 of 13.',
    );
  });

  it('keeps what was typed, unsaved, when the screen is closed and opened again', async () => {
    const user = userEvent.setup();
    const sam = await openCase('Sam');
    const view = await startSessionFor(sam.id);
    const path = view.router.state.location.pathname;
    await user.type(
      screen.getAllByLabelText('In Sam’s own words (optional)')[2]!,
      'Typed before the tablet slept',
    );
    // The draft is written a moment after typing stops.
    await waitFor(async () => expect(await localStore().db.drafts.count()).toBe(1));
    view.unmount();

    await renderApp(path);
    await screen.findByRole('button', { name: 'Save RESPECT' });
    expect(
      await screen.findByText(
        'We kept what was typed here earlier and not yet saved. Check it, then save.',
      ),
    ).toBeInTheDocument();
    expect(screen.getAllByLabelText('In Sam’s own words (optional)')[2]).toHaveValue(
      'Typed before the tablet slept',
    );
  });
});

describe('hand-over mode', () => {
  it('shows the young person only their questions, and needs the passcode to leave', async () => {
    const user = userEvent.setup();
    const sam = await openCase('Sam');
    const view = await startSessionFor(sam.id);
    const sessionPath = view.router.state.location.pathname;
    await user.click(screen.getByRole('link', { name: 'Hand the tablet over' }));

    // First time on this device: choose a passcode.
    await user.type(await screen.findByLabelText('New passcode'), '246810');
    await user.type(screen.getByLabelText('Enter the passcode again'), '246810');
    await user.click(screen.getByRole('button', { name: 'Save passcode' }));
    await user.click(
      await screen.findByRole('button', { name: 'Hand over to Sam now' }, { timeout: 20_000 }),
    );
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'Your rights, Sam' },
        { timeout: 20_000 },
      ),
    ).toBeInTheDocument();
    expect(readHandOver()).toMatchObject({ caseId: sam.id, part: 'respect', userId: ME });

    // Only this screen: no navigation, and any other address leads back here.
    expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Back to the session' })).not.toBeInTheDocument();
    await act(() => view.router.navigate('/practitioner'));
    await screen.findByRole('heading', { level: 1, name: 'Your rights, Sam' });

    // The young person answers in their own words (once their records are read).
    const first = await screen.findByRole('group', {
      name: 'I know what kinds of help I could choose from',
    });
    await user.click(within(first).getByLabelText('We talked about this'));
    await user.click(screen.getByRole('button', { name: 'Save my answers' }));
    expect(await screen.findByText('Your answers are saved')).toBeInTheDocument();

    // Giving the tablet back: a wrong passcode keeps the lock.
    await user.click(screen.getByRole('button', { name: 'I’ve finished: give the tablet back' }));
    await user.type(await screen.findByLabelText('Passcode'), '111111');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(
      await screen.findAllByText('The passcode is not right. Check it and try again.', undefined, {
        timeout: 20_000,
      }),
    ).not.toHaveLength(0);
    expect(readHandOver()).not.toBeNull();

    await user.clear(screen.getByLabelText('Passcode'));
    await user.type(screen.getByLabelText('Passcode'), '246810');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    await waitFor(() => expect(view.router.state.location.pathname).toBe(sessionPath), {
      timeout: 20_000,
    });
    expect(readHandOver()).toBeNull();
    expect(
      await localStore().db.recordTable('respect-item').where('caseId').equals(sam.id).count(),
    ).toBe(1);
  });
});
