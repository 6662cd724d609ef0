// The young person's notes for next time (issue #8 item 2, RESPECT: Expression), on the
// real local store (fake-indexeddb): writing a question on the phone (stored as a note
// for the young person and care team, listed, and on the home's "next time" section);
// a missing answer shows the error summary and keeps what was chosen; a carer gets no
// form; and the practitioner's session screen shows what the young person wrote since
// the last completed session, and nothing older or written by staff.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../src/app/i18n';
import { forgetAccount, localStore, setActor } from '../../src/db';
import { formatHlc, uuidv7, type AnyRecord } from '../../src/domain';
import { lastSessionEnded, nextTimeNotes, notesForSession } from '../../src/domain/next-time-notes';
import { NextTimeSection } from '../../src/features/my-plan/notes/NextTimeSection';
import { SessionPage } from '../../src/features/session/SessionPage';
import { todayOnDevice } from '../../src/ui/format-date';
import { openCase, signInAs, signInAsPractitioner } from './practitioner';

vi.setConfig({ testTimeout: 30_000 });

const SAM = uuidv7();
const CARER = uuidv7();
const PRACTITIONER = uuidv7();

const notes = () => localStore().db.recordTable('note').toArray();

/** Lets the clock move on, so records written one after another have different times. */
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

function addMember(caseId: string, userId: string, role: string, relationship?: string) {
  return localStore().records.create('case-membership', caseId, {
    userId,
    role,
    active: true,
    ...(relationship ? { relationship } : {}),
  });
}

/** A note written by `author` (the store names whoever is signed in as its writer). */
async function addNote(
  caseId: string,
  author: string,
  body: string,
  purpose: string,
  audience = 'young-person-and-care-team',
) {
  setActor(author);
  const note = await localStore().records.create('note', caseId, { body, purpose, audience });
  await tick();
  return note;
}

async function addSession(caseId: string, status: string) {
  const session = await localStore().records.create('session', caseId, {
    date: todayOnDevice(),
    attendees: [{ role: 'young-person' }, { role: 'practitioner' }],
    status,
  });
  await tick();
  return session;
}

/**
 * The notes page and the home's "next time" section, in a memory router with the real
 * words. Our own routes rather than the app's, so this test does not depend on other
 * features' route modules; routes.tsx registers /my-plan/notes the same way.
 */
async function renderMyPlan(caseId: string, path = '/my-plan/notes') {
  const i18n = await initI18n('en-GB');
  await i18n.changeLanguage('en-GB');
  const router = createMemoryRouter(
    [
      {
        path: '/my-plan',
        element: (
          <Suspense fallback={null}>
            <NextTimeSection caseId={caseId} />
          </Suspense>
        ),
      },
      {
        path: '/my-plan/notes',
        lazy: () => import('../../src/features/my-plan/notes/notes.route'),
        HydrateFallback: () => null,
      },
    ],
    { initialEntries: [path] },
  );
  const view = render(
    <Suspense fallback={null}>
      <RouterProvider router={router} />
    </Suspense>,
  );
  return { ...view, router };
}

describe('notes for next time on the young person’s phone', () => {
  beforeEach(() => signInAs(SAM, ['young-person'], 'Sam'));

  it('saves a question for the care team, lists it and shows it for next time', async () => {
    const user = userEvent.setup();
    const sam = await openCase();
    // Talked about already: written before the last completed session.
    await addNote(sam.id, SAM, 'Can my mum come next time?', 'question');
    await addSession(sam.id, 'completed');
    const view = await renderMyPlan(sam.id);

    await screen.findByRole('heading', { level: 1, name: 'Things to talk about' });
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Something to talk about next time' }),
    ).toBeInTheDocument();
    await user.click(await screen.findByRole('radio', { name: 'A question' }));
    await user.type(
      screen.getByLabelText('What do you want to say or ask?'),
      'Can we meet after school?',
    );
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const saved = await screen.findByTestId('note-saved');
    expect(within(saved).getByRole('heading', { name: 'Saved' })).toHaveFocus();
    expect(saved).toHaveTextContent(
      'It is saved on this phone. Your care team will see it when your phone next goes online.',
    );
    const stored = (await notes()).find((n) => n['body'] === 'Can we meet after school?');
    expect(stored).toMatchObject({
      caseId: sam.id,
      purpose: 'question',
      audience: 'young-person-and-care-team',
      createdBy: SAM,
    });

    // Newest first, each marked as a question.
    const written = await screen.findAllByTestId('my-notes-list-item');
    expect(written).toHaveLength(2);
    expect(written[0]).toHaveTextContent('Can we meet after school?');
    expect(written[0]).toHaveTextContent('Question');
    expect(written[1]).toHaveTextContent('Can my mum come next time?');

    await user.click(screen.getByRole('link', { name: 'Back to My plan' }));
    const nextTime = await screen.findByTestId('next-time');
    expect(view.router.state.location.pathname).toBe('/my-plan');
    expect(
      within(nextTime).getByRole('heading', { name: 'What I want to talk about next time' }),
    ).toBeInTheDocument();
    const items = await within(nextTime).findAllByTestId('next-time-notes-item');
    expect(items).toHaveLength(1);
    expect(items[0]).toHaveTextContent('Can we meet after school?');
    expect(within(nextTime).getByRole('link', { name: 'Add something' })).toHaveAttribute(
      'href',
      `/my-plan/notes?case=${sam.id}`,
    );
  });

  it('says there is nothing yet on the home when nothing is new since the last session', async () => {
    const sam = await openCase();
    await addNote(sam.id, SAM, 'I had a bad week', 'expression');
    await addSession(sam.id, 'completed');
    await renderMyPlan(sam.id, '/my-plan');

    expect(await screen.findByTestId('next-time-none')).toHaveTextContent('Nothing yet.');
    expect(screen.queryByTestId('next-time-notes')).not.toBeInTheDocument();
  });

  it('asks for the words when there are none and keeps the chosen kind', async () => {
    const user = userEvent.setup();
    const sam = await openCase();
    await renderMyPlan(sam.id);

    await user.click(await screen.findByRole('radio', { name: 'Something I want to say' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('There is a problem');
    expect(
      within(summary).getByRole('link', { name: 'Write what you want to talk about' }),
    ).toHaveAttribute('href', '#my-note-body');
    expect(screen.getByRole('radio', { name: 'Something I want to say' })).toBeChecked();
    expect(screen.getByLabelText('What do you want to say or ask?')).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(await notes()).toHaveLength(0);

    // Once there are words, it saves as the kind chosen before the error.
    await user.type(screen.getByLabelText('What do you want to say or ask?'), 'Exams');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByTestId('note-saved');
    expect(await notes()).toMatchObject([{ body: 'Exams', purpose: 'expression' }]);
  });

  it('says when saving failed and keeps the words to try again', async () => {
    const user = userEvent.setup();
    const sam = await openCase();
    await renderMyPlan(sam.id);
    const create = vi
      .spyOn(localStore().records, 'create')
      .mockRejectedValueOnce(new Error('disk full'));

    await user.click(await screen.findByRole('radio', { name: 'A question' }));
    await user.type(screen.getByLabelText('What do you want to say or ask?'), 'Exams?');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Your last change was not saved');
    expect(screen.getByLabelText('What do you want to say or ask?')).toHaveValue('Exams?');
    expect(screen.getByRole('radio', { name: 'A question' })).toBeChecked();
    expect(await notes()).toHaveLength(0);
    create.mockRestore();

    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByTestId('note-saved');
    expect(await notes()).toMatchObject([{ body: 'Exams?', purpose: 'question' }]);
  });

  it('asks what kind of thing it is and keeps the words', async () => {
    const user = userEvent.setup();
    const sam = await openCase();
    await renderMyPlan(sam.id);

    await user.type(await screen.findByLabelText('What do you want to say or ask?'), 'Exams');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', {
        name: 'Choose if it is a question or something you want to say',
      }),
    ).toHaveAttribute('href', '#my-note-kind-question');
    expect(screen.getByLabelText('What do you want to say or ask?')).toHaveValue('Exams');
    expect(await notes()).toHaveLength(0);
  });

  it('says so when nobody is signed in, with a link to sign in', async () => {
    const sam = await openCase();
    await forgetAccount(localStore().db);
    await renderMyPlan(sam.id);

    expect(await screen.findByTestId('my-notes-sign-in')).toHaveTextContent(
      'You are not signed in on this phone.',
    );
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute(
      'href',
      '/sign-in/family',
    );
    expect(screen.queryByTestId('my-note-form')).not.toBeInTheDocument();
  });
});

describe('notes on a carer’s phone', () => {
  beforeEach(() => signInAs(CARER, ['carer'], 'Alex'));

  it('has no form, and shows the young person’s notes that reach the phone', async () => {
    const sam = await openCase();
    await addMember(sam.id, SAM, 'young-person');
    await addMember(sam.id, CARER, 'carer', 'Mum');
    await addNote(sam.id, SAM, 'I want to try the group', 'expression');
    await addNote(sam.id, PRACTITIONER, 'Call Mum on Friday', 'message', 'care-team');
    setActor(CARER);
    await renderMyPlan(sam.id);

    expect(await screen.findByTestId('my-notes-not-yours')).toHaveTextContent(
      'Only Sam can add things here.',
    );
    expect(screen.queryByTestId('my-note-form')).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'What Sam has written' })).toBeInTheDocument();
    const items = await screen.findAllByTestId('my-notes-list-item');
    expect(items).toHaveLength(1);
    expect(items[0]).toHaveTextContent('I want to try the group');
  });
});

describe('the young person’s notes on the practitioner’s session screen', () => {
  beforeEach(() => signInAsPractitioner(PRACTITIONER));

  async function renderSession(caseId: string, sessionId: string) {
    const i18n = await initI18n('en-GB');
    await i18n.changeLanguage('en-GB');
    const router = createMemoryRouter(
      [
        {
          path: '/practitioner/cases/:caseId/sessions/:sessionId/:part',
          element: (
            <Suspense fallback={null}>
              <SessionPage />
            </Suspense>
          ),
        },
      ],
      { initialEntries: [`/practitioner/cases/${caseId}/sessions/${sessionId}/respect`] },
    );
    return render(<RouterProvider router={router} />);
  }

  it('shows what they wrote since the last completed session, and nothing else', async () => {
    const sam = await openCase();
    await addMember(sam.id, SAM, 'young-person');
    await addNote(sam.id, SAM, 'Old question from before', 'question');
    setActor(PRACTITIONER);
    await addSession(sam.id, 'completed');
    await addNote(sam.id, SAM, 'Can we talk about sleep?', 'question');
    await addNote(sam.id, SAM, 'School was better this week', 'expression');
    await addNote(sam.id, PRACTITIONER, 'Ask Sam about sleep', 'question', 'care-team');
    setActor(PRACTITIONER);
    const today = await addSession(sam.id, 'in-progress');
    await renderSession(sam.id, today.id);

    const panel = await screen.findByTestId('from-young-person');
    expect(
      within(panel).getByRole('heading', { level: 2, name: 'From Sam since the last session' }),
    ).toBeInTheDocument();
    const items = within(panel).getAllByTestId('from-young-person-note');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('School was better this week');
    expect(items[0]).not.toHaveTextContent('Question');
    expect(items[1]).toHaveTextContent('Can we talk about sleep?');
    expect(items[1]).toHaveTextContent('Question');
    expect(panel).not.toHaveTextContent('Old question from before');
    expect(panel).not.toHaveTextContent('Ask Sam about sleep');
  });

  it('shows nothing when the young person has written nothing new', async () => {
    const sam = await openCase();
    await addMember(sam.id, SAM, 'young-person');
    await addNote(sam.id, SAM, 'Old question from before', 'question');
    setActor(PRACTITIONER);
    await addSession(sam.id, 'completed');
    const today = await addSession(sam.id, 'in-progress');
    await renderSession(sam.id, today.id);

    await screen.findByRole('heading', { level: 1, name: 'RESPECT: your rights' });
    expect(screen.queryByTestId('from-young-person')).not.toBeInTheDocument();
  });
});

describe('which notes are since the last session', () => {
  const DAY = 24 * 60 * 60 * 1000;
  const now = Date.now();
  const at = (ms: number) => new Date(ms).toISOString();

  function record(kind: string, data: Record<string, unknown>, when: number): AnyRecord {
    return {
      id: uuidv7(when),
      caseId: 'case-1',
      kind,
      createdAt: at(when),
      createdBy: SAM,
      updatedAt: at(when),
      updatedBy: SAM,
      clock: {},
      writers: {},
      conflicts: [],
      superseded: {},
      deleted: false,
      ...data,
    };
  }

  /** A completed session dated `daysAgo`, marked completed at `markedAt`. */
  function completed(daysAgo: number, markedAt: number): AnyRecord {
    const session = record(
      'session',
      { date: todayOnDevice(new Date(now - daysAgo * DAY)), status: 'completed' },
      markedAt,
    );
    session.clock['status'] = formatHlc({ wall: markedAt, counter: 0, node: 'tablet' });
    return session;
  }

  const note = (body: string, when: number) =>
    record('note', { body, purpose: 'question', audience: 'young-person-and-care-team' }, when);

  it('counts a note from the days between a meeting and when it was written up', () => {
    // Met three days ago, marked completed today: yesterday's note came after the meeting.
    const sessions = [completed(3, now)];
    const since = lastSessionEnded(sessions);
    const found = nextTimeNotes([note('Yesterday', now - DAY)], new Set([SAM]), since);
    expect(found.map((n) => n.body)).toEqual(['Yesterday']);
  });

  it('for a finished session, leaves out what came after it ended', () => {
    const before = completed(10, now - 10 * DAY);
    const session = completed(3, now - 3 * DAY);
    const members = [
      record(
        'case-membership',
        { userId: SAM, role: 'young-person', active: true },
        now - 20 * DAY,
      ),
    ];
    const found = notesForSession(
      [note('Before', now - 5 * DAY), note('After', now - DAY), note('Too old', now - 11 * DAY)],
      members,
      [before, session],
      session,
    );
    expect(found.sinceLastSession).toBe(true);
    expect(found.notes.map((n) => n.body)).toEqual(['Before']);
  });
});
