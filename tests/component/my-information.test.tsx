// "My rights", "About my information" and "When your help ends or changes" (issue #8
// items 3, 4 and 7) on the real local store (fake-indexeddb): the seven RESPECT rights
// link to where they are in the plan; the care team's understanding, written on the case
// form, shows to the young person and not to a carer; who has the plan; the audit log in
// plain words (the server is stood in for by a stubbed fetch: component tests have none),
// offline and failing plainly; the ending plan of the latest session.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense, type ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../src/app/i18n';
import { localStore } from '../../src/db';
import { uuidv7, type AnyRecord, type PlainAuditEvent } from '../../src/domain';
import { PlanLogList } from '../../src/features/my-plan/about/PlanLogList';
import { LastSession } from '../../src/features/my-plan/LastSession';
import { WhatsNext } from '../../src/features/my-plan/WhatsNext';
import { openCase, signInAs, signInAsPractitioner } from './practitioner';

vi.setConfig({ testTimeout: 30_000 });

const SAM = uuidv7();
const MUM = uuidv7();
const PRACTITIONER = uuidv7();
const THIS_YEAR = new Date().getFullYear();

/** A local time on 2 December this year, as the server would send it (ISO, UTC). */
const dec2 = (hour: number, minute: number) =>
  new Date(THIS_YEAR, 11, 2, hour, minute).toISOString();

function join(caseId: string, userId: string, role: string, relationship?: string) {
  return localStore().records.create('case-membership', caseId, {
    userId,
    role,
    active: true,
    ...(relationship ? { relationship } : {}),
  });
}

/** A staff account as the phone receives it (a name), on the care team of the case. */
async function practitionerOnTeam(caseId: string, displayName: string): Promise<void> {
  const user = await localStore().records.create('user', null, {
    displayName,
    email: 'alex@example.org',
    roles: ['practitioner'],
    active: true,
  });
  await join(caseId, user.id, 'practitioner');
}

async function samsPlan(data: Record<string, unknown> = {}): Promise<AnyRecord> {
  const sam = await openCase(data);
  await join(sam.id, SAM, 'young-person');
  await join(sam.id, MUM, 'carer', 'Mum');
  await practitionerOnTeam(sam.id, 'Alex Smith');
  return sam;
}

/** Our own routes (not the app's), so other features' route modules are not needed. */
async function renderAt(path: string, home: ReactNode = null) {
  const i18n = await initI18n('en-GB');
  await i18n.changeLanguage('en-GB');
  const lazy = (load: () => Promise<object>) => ({ lazy: load, HydrateFallback: () => null });
  const router = createMemoryRouter(
    [
      { path: '/my-plan', element: <Suspense fallback={null}>{home}</Suspense> },
      {
        path: '/my-plan/rights',
        ...lazy(() => import('../../src/features/my-plan/rights/rights.route')),
      },
      {
        path: '/my-plan/about',
        ...lazy(() => import('../../src/features/my-plan/about/about.route')),
      },
      { path: '/my-plan/sharing', element: <p>Sharing page</p> },
      {
        path: '/practitioner/cases/:caseId/edit',
        ...lazy(() => import('../../src/features/cases/edit-case.route')),
      },
      {
        path: '/practitioner/cases/:caseId',
        ...lazy(() => import('../../src/features/cases/case.route')),
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

/** Stands in for the server's audit route: answers each call in turn. */
function serverAnswers(...answers: Response[]) {
  const fetch = vi.fn(async () => answers.shift() ?? new Response('{}', { status: 500 }));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

function setOnline(online: boolean) {
  Object.defineProperty(window.navigator, 'onLine', { configurable: true, get: () => online });
}

afterEach(() => {
  vi.unstubAllGlobals();
  setOnline(true);
});

describe('My rights', () => {
  beforeEach(() => signInAs(SAM, ['young-person'], 'Sam'));

  it('lists the seven RESPECT rights in plain words, each linked to its place in the plan', async () => {
    await renderAt('/my-plan/rights');
    await screen.findByRole('heading', { level: 1, name: 'My rights' });
    const rights = screen.getAllByTestId('my-right');
    expect(rights).toHaveLength(7);
    expect(rights.map((r) => within(r).getByRole('heading', { level: 2 }).textContent)).toEqual([
      'R for Review: Know your options',
      'E for Effective help: Get help that works',
      'S for Select: Choose your help',
      'P for Progress: See how it is going',
      'E for Expression: Have your say',
      'C for Clarity: Know what is going on',
      'T for Transition support: Get help when things change',
    ]);
    expect(rights[0]).toHaveTextContent('You can know what help there is.');
    const href = (name: string) => screen.getByRole('link', { name }).getAttribute('href');
    expect(href('The options we compared')).toBe('/my-plan#our-decisions');
    expect(href('Why we chose this help')).toBe('/my-plan#our-decisions');
    expect(href('What we agreed at the last meeting')).toBe('/my-plan#last-meeting');
    expect(href('What we decided together')).toBe('/my-plan#our-decisions');
    expect(href('My goals')).toBe('/my-plan#my-goals');
    expect(href('Tell your care team what you think')).toBe('/my-plan/notes');
    expect(href('About my information')).toBe('/my-plan/about');
    expect(href('What happens next')).toBe('/my-plan#whats-next');
  });
});

describe('What the care team understands, from the case form to the phone', () => {
  it('is written by the practitioner on the case form and shown in the case details', async () => {
    const user = userEvent.setup();
    await signInAsPractitioner(PRACTITIONER);
    const sam = await openCase();
    await renderAt(`/practitioner/cases/${sam.id}/edit`);
    await user.type(
      await screen.findByLabelText('What the care team understands (optional)'),
      '  We think worry about school makes mornings hard.  ',
    );
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const details = await screen.findByTestId('case-details');
    expect(details).toHaveTextContent(
      'What the care team understandsWe think worry about school makes mornings hard.',
    );
    const stored = await localStore().db.recordTable('case').get(sam.id);
    expect(stored?.['understanding']).toBe('We think worry about school makes mornings hard.');
  });
});

describe('About my information, for the young person', () => {
  beforeEach(() => signInAs(SAM, ['young-person'], 'Sam'));

  it('shows what the care team understands and who has the plan', async () => {
    serverAnswers(json({ events: [] }));
    await samsPlan({
      understanding: 'We think worry about school makes mornings hard.\nSleep matters too.',
    });
    await renderAt('/my-plan/about');
    await screen.findByRole('heading', { level: 1, name: 'About my information' });
    const understanding = await screen.findByTestId('understanding');
    expect(
      within(understanding).getByRole('heading', {
        level: 2,
        name: 'What your care team understands',
      }),
    ).toBeInTheDocument();
    expect(understanding).toHaveTextContent('We think worry about school makes mornings hard.');
    expect(understanding).toHaveTextContent('Sleep matters too.');

    expect(
      screen.getByRole('heading', { level: 2, name: 'Who has your plan' }),
    ).toBeInTheDocument();
    expect((await screen.findAllByTestId('care-team-name')).map((n) => n.textContent)).toEqual([
      'Alex Smith',
    ]);
    // Who else can see it is the sharing helper's summary, embedded here.
    expect(await screen.findByTestId('shared-with-whom')).toHaveTextContent('Mum');
    expect(await screen.findByText('There is nothing on this list yet.')).toBeInTheDocument();
  });

  it('says plainly when the care team has not written it yet', async () => {
    serverAnswers(json({ events: [] }));
    await samsPlan();
    await renderAt('/my-plan/about');
    expect(await screen.findByTestId('understanding')).toHaveTextContent(
      'Your care team has not written this yet. You can ask them about it at your next meeting.',
    );
  });

  it('fetches the log from the server and shows it in plain words, grouped, newest first', async () => {
    const alex = { name: 'Alex Smith', role: 'practitioner', isYou: false };
    const fetch = serverAnswers(
      json({
        events: [
          { who: alex, what: 'update', about: 'goal', when: dec2(9, 30) },
          { who: alex, what: 'update', about: 'goal', when: dec2(10, 4) },
          { who: alex, what: 'read', about: null, when: dec2(10, 5) },
          {
            who: { name: 'Sam', role: 'young-person', isYou: true },
            what: 'read',
            about: 'audit-event',
            when: dec2(11, 0),
          },
        ],
      }),
    );
    const sam = await samsPlan();
    await renderAt('/my-plan/about');
    const log = await screen.findByTestId('plan-log');
    expect(
      within(log)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'You looked at this list — 2 Dec, 11:00',
      'Alex Smith (care team) got a copy of your plan on their device — 2 Dec, 10:05',
      'Alex Smith (care team) changed your goals (2 times) — 2 Dec, 10:04',
    ]);
    expect(fetch).toHaveBeenCalledWith(`/api/cases/${sam.id}/audit`, expect.anything());
    // What a "copy" means is said once, honestly.
    expect(screen.getByTestId('plan-log-section')).toHaveTextContent(
      'It means they could see it. It does not always mean they read it.',
    );
  });

  it('says plainly that the log needs the internet, without asking the server', async () => {
    setOnline(false);
    const fetch = serverAnswers();
    await samsPlan();
    await renderAt('/my-plan/about');
    expect(
      await screen.findByText(
        'You need the internet to see this list. The rest of your plan still works without it.',
      ),
    ).toBeInTheDocument();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('says when the log could not be fetched, and tries again when asked', async () => {
    const user = userEvent.setup();
    serverAnswers(
      json({ error: 'server' }, 500),
      json({
        events: [
          {
            who: { name: null, role: 'carer', isYou: false },
            what: 'read',
            about: null,
            when: dec2(8, 0),
          },
        ],
      }),
    );
    await samsPlan();
    await renderAt('/my-plan/about');
    expect(
      await screen.findByText('We could not get the list just now. Please try again later.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByTestId('plan-log')).toHaveTextContent(
      'A parent or carer got a copy of your plan on their device — 2 Dec, 08:00',
    );
  });
});

describe('About my information, for a carer', () => {
  beforeEach(() => signInAs(MUM, ['carer'], 'Jo'));

  it('says what is only for the young person, links to sharing, and asks the server for nothing', async () => {
    const user = userEvent.setup();
    const fetch = serverAnswers();
    // As on a carer's phone: the server never sends the understanding to a carer.
    await samsPlan();
    const view = await renderAt('/my-plan/about');
    const note = await screen.findByTestId('about-carer-note');
    expect(note).toHaveTextContent('Some of this page is only for Sam.');
    expect(screen.queryByTestId('understanding')).not.toBeInTheDocument();
    expect(screen.queryByTestId('plan-log-section')).not.toBeInTheDocument();
    expect((await screen.findAllByTestId('care-team-name')).map((n) => n.textContent)).toEqual([
      'Alex Smith',
    ]);
    expect(fetch).not.toHaveBeenCalled();
    await user.click(within(note).getByRole('link', { name: 'What Sam shares with you' }));
    expect(view.router.state.location.pathname).toBe('/my-plan/sharing');
  });
});

describe('The audit log list', () => {
  it('words each action, names people by name and role, or by role when unnamed', async () => {
    const i18n = await initI18n('en-GB');
    await i18n.changeLanguage('en-GB');
    const you = { name: 'Sam', role: 'young-person', isYou: true };
    const events: PlainAuditEvent[] = [
      { who: you, what: 'create', about: 'note', when: dec2(9, 0) },
      { who: you, what: 'sharing-changed', about: 'sharing-settings', when: dec2(9, 1) },
      {
        who: { name: null, role: 'practitioner', isYou: false },
        what: 'update',
        about: 'safety-plan-item',
        when: dec2(9, 2),
      },
      {
        who: { name: 'Alex Smith', role: 'lead-practitioner', isYou: false },
        what: 'access-granted',
        about: 'case-membership',
        when: dec2(9, 3),
      },
      {
        who: { name: 'Jo', role: 'carer', isYou: false },
        what: 'create',
        about: 'something-new',
        when: dec2(9, 4),
      },
    ];
    render(
      <Suspense fallback={null}>
        <PlanLogList events={events} />
      </Suspense>,
    );
    const items = (await screen.findAllByRole('listitem')).map((li) => li.textContent);
    expect(items).toEqual([
      'Jo (parent or carer) added your plan — 2 Dec, 09:04',
      'Alex Smith (care team) added someone to your plan — 2 Dec, 09:03',
      'Someone in your care team changed your safety plan — 2 Dec, 09:02',
      'You changed what a parent or carer can see — 2 Dec, 09:01',
      'You added a note — 2 Dec, 09:00',
    ]);
  });
});

describe('When your help ends or changes', () => {
  beforeEach(() => signInAs(SAM, ['young-person'], 'Sam'));

  const session = (caseId: string, data: Record<string, unknown>) =>
    localStore().records.create('session', caseId, { attendees: [], status: 'completed', ...data });

  it('shows the ending plan of the latest completed session', async () => {
    const sam = await samsPlan();
    await session(sam.id, {
      date: '2026-10-01',
      ending: { whatNext: 'Old plan', whoToContact: 'Old contact', howToComeBack: 'Old way' },
    });
    await session(sam.id, {
      date: '2026-11-20',
      ending: {
        whatNext: 'You will see the school counsellor each week.',
        whoToContact: 'Ms Patel, school counsellor',
        howToComeBack: 'Ask your GP or school to refer you again.',
      },
    });
    await session(sam.id, { date: '2026-12-30', status: 'planned' });
    await renderAt('/my-plan', <WhatsNext caseId={sam.id} />);
    const section = await screen.findByTestId('whats-next');
    expect(
      within(section).getByRole('heading', { level: 3, name: 'When your help ends or changes' }),
    ).toBeInTheDocument();
    expect(section).toHaveTextContent(
      'What happens nextYou will see the school counsellor each week.',
    );
    expect(section).toHaveTextContent('Who to contactMs Patel, school counsellor');
    expect(section).toHaveTextContent('How to come backAsk your GP or school to refer you again.');
    expect(section).not.toHaveTextContent('Old plan');
  });

  it('shows nothing when the latest completed session has no ending plan', async () => {
    const sam = await samsPlan();
    await session(sam.id, {
      date: '2026-10-01',
      ending: { whatNext: 'Old plan', whoToContact: 'Old contact', howToComeBack: 'Old way' },
    });
    await session(sam.id, { date: '2026-11-20', plainWordsSummary: 'We talked about sleep.' });
    await renderAt(
      '/my-plan',
      <>
        <WhatsNext caseId={sam.id} />
        <LastSession caseId={sam.id} />
      </>,
    );
    // The sessions have been read (the last meeting shows) and the ending plan has not.
    expect(await screen.findByTestId('my-plan-last-session')).toHaveTextContent(
      'We talked about sleep.',
    );
    expect(screen.queryByTestId('whats-next')).not.toBeInTheDocument();
  });
});
