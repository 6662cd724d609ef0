// CollaboRATE (issue #5 item 5) on the real local store (fake-indexeddb): the young person
// answers from My plan's invitation; a missing answer shows the error summary and keeps
// the others; one response per session; hand-over mode; the practitioner's figures.
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { endHandOver, localStore, readHandOver, setActor, startHandOver } from '../../src/db';
import { uuidv7, type AnyRecord } from '../../src/domain';
import { openCase, signInAs, signInAsPractitioner } from './practitioner';
import { renderApp } from './render-app';

vi.setConfig({ testTimeout: 30_000 });

const SAM = uuidv7();
const ME = uuidv7();
const COLLEAGUE = uuidv7();

const signInAsYoungPerson = () => signInAs(SAM, ['young-person'], 'Sam');

const responses = () => localStore().db.recordTable('collaborate-response').toArray();

function finishedSession(caseId: string, date = '2026-11-20'): Promise<AnyRecord> {
  return localStore().records.create('session', caseId, {
    date,
    attendees: [],
    status: 'completed',
  });
}

/** Choose `value` for question `q` (the radios are named by their number). */
async function choose(user: ReturnType<typeof userEvent.setup>, q: number, value: number) {
  const group = screen.getByTestId(`collaborate-question-${q}`);
  await user.click(within(group).getByRole('radio', { name: new RegExp(`^${value}\\b`) }));
}

/** My plan, where the invitation is shown. */
function renderInvite(_caseId: string) {
  return renderApp('/my-plan');
}

describe('CollaboRATE on the young person’s phone', () => {
  beforeEach(signInAsYoungPerson);

  it('invites them after the latest finished session and saves one response', async () => {
    const user = userEvent.setup();
    const sam = await openCase({ preferredName: 'Sam' });
    await finishedSession(sam.id, '2026-11-01');
    const latest = await finishedSession(sam.id, '2026-11-20');
    const view = await renderInvite(sam.id);

    const invite = await screen.findByTestId('collaborate-invite');
    expect(invite).toHaveTextContent('our meeting on 20 Nov 2026');
    await user.click(within(invite).getByRole('link', { name: 'Answer 3 quick questions' }));
    await screen.findByRole('heading', { level: 1, name: 'How was our meeting?' });
    expect(view.router.state.location.pathname).toBe(`/my-plan/sessions/${latest.id}/collaborate`);
    // The young person's version, with the anchors on the scale.
    expect(
      screen.getByRole('group', {
        name: /How much effort was made to help you understand your health issues\?/,
      }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('radio', { name: '0 No effort was made' })).toHaveLength(3);
    expect(screen.getAllByRole('radio', { name: '9 Every effort was made' })).toHaveLength(3);

    await choose(user, 1, 9);
    await choose(user, 2, 7);
    await choose(user, 3, 9);
    await user.click(screen.getByRole('button', { name: 'Send my answers' }));
    await screen.findByRole('heading', { level: 1, name: 'Thank you' });
    expect(screen.getByRole('link', { name: 'Back to My plan' })).toHaveAttribute(
      'href',
      '/my-plan',
    );

    const saved = await responses();
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({
      caseId: sam.id,
      sessionId: latest.id,
      respondent: 'young-person',
      answers: [9, 7, 9],
      createdBy: SAM,
    });

    // Answered: no more invitation, and the page says so rather than asking again.
    await act(() => view.router.navigate('/my-plan'));
    await waitFor(() => expect(screen.queryByTestId('collaborate-invite')).toBeNull());
    await act(() => view.router.navigate(`/my-plan/sessions/${latest.id}/collaborate`));
    expect(await screen.findByTestId('collaborate-already')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Send my answers' })).toBeNull();
  });

  it('shows the error summary for an unanswered question and keeps the other answers', async () => {
    const user = userEvent.setup();
    const sam = await openCase({ preferredName: 'Sam' });
    const session = await finishedSession(sam.id);
    await renderApp(`/my-plan/sessions/${session.id}/collaborate`);
    await screen.findByRole('button', { name: 'Send my answers' });

    await choose(user, 1, 4);
    await choose(user, 3, 8);
    await user.click(screen.getByRole('button', { name: 'Send my answers' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByText('There is a problem')).toBeInTheDocument();
    expect(
      within(summary).getByRole('link', { name: 'Choose a number for question 2' }),
    ).toHaveAttribute('href', '#collaborate-q2-0');
    expect(
      within(screen.getByTestId('collaborate-question-1')).getByRole('radio', { name: '4' }),
    ).toBeChecked();
    expect(
      within(screen.getByTestId('collaborate-question-3')).getByRole('radio', { name: '8' }),
    ).toBeChecked();
    expect(await responses()).toHaveLength(0);

    await choose(user, 2, 0);
    await user.click(screen.getByRole('button', { name: 'Send my answers' }));
    await screen.findByRole('heading', { level: 1, name: 'Thank you' });
    expect((await responses()).map((r) => r.answers)).toEqual([[4, 0, 8]]);
  });

  it('does not ask about a session that has not finished', async () => {
    const sam = await openCase({ preferredName: 'Sam' });
    const session = await localStore().records.create('session', sam.id, {
      date: '2026-11-20',
      attendees: [],
      status: 'in-progress',
    });
    await renderApp(`/my-plan/sessions/${session.id}/collaborate`);
    expect(
      await screen.findByText('This meeting has not finished yet. You can answer once it has.'),
    ).toBeInTheDocument();
  });
});

describe('CollaboRATE for a carer', () => {
  it('shows the parent/carer version', async () => {
    await signInAs(uuidv7(), ['carer'], 'Mum');
    const sam = await openCase({ preferredName: 'Sam' });
    const session = await finishedSession(sam.id);
    await renderApp(`/my-plan/sessions/${session.id}/collaborate`);
    expect(
      await screen.findByRole('group', {
        name: /How much effort was made to help you understand your child's health issues\?/,
      }),
    ).toBeInTheDocument();
  });
});

describe('CollaboRATE in hand-over mode', () => {
  beforeEach(async () => {
    endHandOver();
    await signInAsPractitioner(ME);
  });

  it('is offered on a finished session’s summary and saves the young person’s answers', async () => {
    const user = userEvent.setup();
    const sam = await openCase({ preferredName: 'Sam' });
    const session = await finishedSession(sam.id);
    const view = await renderApp(`/practitioner/cases/${sam.id}/sessions/${session.id}/summary`);
    const path = `/practitioner/cases/${sam.id}/sessions/${session.id}/hand-over/collaborate`;
    expect(
      await screen.findByRole('link', { name: 'Hand the tablet over for CollaboRATE' }),
    ).toHaveAttribute('href', path);
    view.unmount();

    // The passcode step is RESPECT's (session-respect.test.tsx); here the lock is on.
    startHandOver({ caseId: sam.id, sessionId: session.id, part: 'collaborate', userId: ME });
    await renderApp(path);
    await screen.findByRole('heading', { level: 1, name: 'How was our meeting, Sam?' });
    await choose(user, 1, 9);
    await choose(user, 2, 9);
    await choose(user, 3, 9);
    await user.click(screen.getByRole('button', { name: 'Send my answers' }));
    await screen.findByRole('heading', { level: 1, name: 'Thank you, Sam' });
    expect(
      screen.getByRole('button', { name: 'I’ve finished: give the tablet back' }),
    ).toBeInTheDocument();
    expect(readHandOver()).toMatchObject({ part: 'collaborate' });
    expect(await responses()).toMatchObject([
      { sessionId: session.id, respondent: 'young-person', answers: [9, 9, 9], createdBy: ME },
    ]);
    endHandOver();
  });
});

describe('the practitioner’s CollaboRATE figures', () => {
  beforeEach(async () => {
    endHandOver();
    await signInAsPractitioner(ME);
  });

  it('shows an empty state with no responses', async () => {
    await renderApp('/practitioner/collaborate');
    expect(await screen.findByTestId('collaborate-empty')).toBeInTheDocument();
  });

  it('shows their top-score rate overall and per month', async () => {
    const { records } = localStore();
    const sam = await openCase({ preferredName: 'Sam' });
    const mine = await finishedSession(sam.id, '2026-10-10');
    const mineLater = await finishedSession(sam.id, '2026-11-10');
    setActor(COLLEAGUE);
    const theirs = await finishedSession(sam.id, '2026-11-12');
    setActor(ME);
    const answer = (sessionId: string, answers: number[], completedOn: string) =>
      records.create('collaborate-response', sam.id, {
        sessionId,
        respondent: 'young-person',
        answers,
        completedOn,
      });
    // October: 1 of 2 top scores (50%). November: 2 of 2 (100%). Overall 3 of 4 (75%).
    await answer(mine.id, [9, 9, 9], '2026-10-10T15:00:00.000+01:00');
    await answer(mine.id, [9, 8, 9], '2026-10-11T09:00:00.000+01:00');
    await answer(mineLater.id, [9, 9, 9], '2026-11-10T15:00:00.000+00:00');
    await answer(mineLater.id, [9, 9, 9], '2026-11-11T15:00:00.000+00:00');
    // A colleague's session does not count.
    await answer(theirs.id, [0, 0, 0], '2026-11-12T15:00:00.000+00:00');

    const view = await renderApp('/practitioner');
    const { user } = { user: userEvent.setup() };
    await user.click(
      await screen.findByRole('link', { name: 'How shared did my sessions feel? (CollaboRATE)' }),
    );
    await screen.findByRole('heading', { level: 1, name: /How shared did my sessions feel\?/ });
    expect(view.router.state.location.pathname).toBe('/practitioner/collaborate');
    const overall = await screen.findByTestId('collaborate-overall');
    expect(overall).toHaveTextContent('Top scores overall: 75%');
    expect(overall).toHaveTextContent('3 of 4 responses');
    const rows = within(screen.getByTestId('collaborate-months'))
      .getAllByRole('row')
      .map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent));
    expect(rows).toEqual([
      ['Month', 'Responses', 'Top scores', 'Top-score rate'],
      ['November 2026', '2', '2', '100%'],
      ['October 2026', '2', '1', '50%'],
    ]);
    expect(
      screen.getByText(/A top score is a response that gives 9 to all 3 questions/),
    ).toBeInTheDocument();
  });
});
