// The session part "Session summary" and its printable page, through the app's real routes
// on the real local store (fake-indexeddb) with the app's real words: what each agreed
// grouping asks for (error summary and inline messages, nothing typed lost), saving the
// session and the case's next review, finishing, the draft kept across a remount, and the
// young person's copy leaving out the care team's summary.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { localStore, readDraft } from '../../src/db';
import { uuidv7, type AnyRecord, type Grouping } from '../../src/domain';
import { todayOnDevice } from '../../src/ui/format-date';
import { signInAsPractitioner } from './practitioner';
import { renderApp } from './render-app';

const ME = 'user-practitioner-1';
/** The practitioner's account as a session's attendee refers to it. */
const MY_ACCOUNT = uuidv7();

vi.setConfig({ testTimeout: 30_000 });

beforeEach(() => signInAsPractitioner(ME));

/** A calendar date `days` from today on this device. */
function inDays(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return todayOnDevice(d);
}

async function openSession(grouping?: Grouping, session: Record<string, unknown> = {}) {
  const { records } = localStore();
  const caseRecord = await records.createCase({
    preferredName: 'Sam',
    ageBand: '14-15',
    involved: [],
    consentToRecord: true,
    status: 'open',
  });
  if (grouping) {
    await records.create('grouping-decision', caseRecord.id, {
      grouping,
      agreedOn: inDays(-1),
      reasons: 'Agreed together',
      agreedBy: [{ role: 'young-person' }, { role: 'practitioner' }],
    });
  }
  const sessionRecord = await records.create('session', caseRecord.id, {
    date: todayOnDevice(),
    attendees: [{ role: 'young-person' }, { role: 'practitioner', userId: MY_ACCOUNT }],
    status: 'in-progress',
    ...session,
  });
  return { caseId: caseRecord.id, sessionId: sessionRecord.id };
}

async function renderSummary(ids: { caseId: string; sessionId: string }) {
  const view = await renderApp(
    `/practitioner/cases/${ids.caseId}/sessions/${ids.sessionId}/summary`,
  );
  await screen.findByRole('button', { name: 'Save' });
  return view;
}

const record = async (kind: 'session' | 'case', id: string) =>
  (await localStore().records.get(kind, id)) as AnyRecord;

async function fill(user: UserEvent, label: string | RegExp, text: string) {
  const field = screen.getByLabelText(label);
  await user.clear(field);
  await user.type(field, text);
}

describe('session summary', () => {
  it('asks for the Getting Help agreement, says why, and keeps what was typed', async () => {
    const user = userEvent.setup();
    const ids = await openSession('getting-help');
    await renderSummary(ids);

    expect(screen.getByText('Agreed grouping: Getting Help')).toBeInTheDocument();
    expect(screen.getByText(/For Getting Help, THRIVE asks everyone to agree/)).toBeInTheDocument();
    await fill(user, 'What was decided (optional)', 'Try a sleep plan');
    await fill(user, 'What a good outcome looks like', 'Sleeping better');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByText('There is a problem')).toBeInTheDocument();
    const links = within(summary).getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual([
      'Choose how likely it is',
      'Enter the date by when',
      "Enter what will happen if things don't get better",
    ]);
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '#summary-likelihood-very-likely',
      '#summary-byWhen',
      '#summary-ifNotBetter',
    ]);
    // Inline messages on the fields, and nothing typed is lost.
    expect(screen.getByLabelText("What will happen if things don't get better")).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(screen.getByLabelText('What was decided (optional)')).toHaveValue('Try a sleep plan');
    expect(screen.getByLabelText('What a good outcome looks like')).toHaveValue('Sleeping better');
    expect((await record('session', ids.sessionId)).decided).toBeUndefined();

    // With nothing at all, the summary lists all of the agreement.
    await user.clear(screen.getByLabelText('What a good outcome looks like'));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(within(screen.getByRole('alert')).getAllByRole('link')[0]).toHaveTextContent(
        'Enter what a good outcome looks like',
      ),
    );
  });

  it('saves everything, writes only what changed, and sets the case review date', async () => {
    const user = userEvent.setup();
    const ids = await openSession('getting-help');
    await renderSummary(ids);
    const { db } = localStore();
    const outboxBefore = await db.outbox.count();

    await user.click(screen.getByLabelText('A parent or carer'));
    await fill(user, 'A parent or carer: names (optional)', 'Mum, Dad');
    await fill(user, 'What was decided (optional)', 'Try a sleep plan');
    const step1 = within(screen.getByRole('group', { name: 'Next step 1' }));
    await user.type(step1.getByLabelText('What will be done'), 'Keep a sleep diary');
    await user.type(step1.getByLabelText('Who will do it'), 'Sam');
    await user.click(screen.getByRole('button', { name: 'Add another next step' }));
    await user.click(screen.getByRole('button', { name: 'Add another next step' }));
    const step2 = within(screen.getByRole('group', { name: 'Next step 2' }));
    await user.type(step2.getByLabelText('What will be done'), 'Talk to school');
    await user.type(step2.getByLabelText('Who will do it'), 'Pat');
    await user.type(step2.getByLabelText('By when (optional)'), inDays(7));
    await fill(user, 'Next review date (optional)', inDays(14));
    await fill(user, 'Summary for the care team (optional)', 'Low mood, sleep poor');
    await fill(user, /What we talked about, for the young person/, 'We talked about sleep');
    await fill(user, 'What a good outcome looks like', 'Sleeping most nights');
    await user.click(screen.getByLabelText('Likely'));
    await fill(user, 'By when', inDays(42));
    await fill(user, "What will happen if things don't get better", 'We look again together');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Summary saved')).toBeInTheDocument();
    const session = await record('session', ids.sessionId);
    expect(session).toMatchObject({
      status: 'in-progress',
      attendees: [
        { role: 'young-person' },
        { role: 'carer', name: 'Mum' },
        { role: 'carer', name: 'Dad' },
        // The practitioner already on the record keeps their account.
        { role: 'practitioner', userId: MY_ACCOUNT },
      ],
      decided: 'Try a sleep plan',
      // The empty third row is dropped.
      actions: [
        { what: 'Keep a sleep diary', who: 'Sam' },
        { what: 'Talk to school', who: 'Pat', by: inDays(7) },
      ],
      nextReviewOn: inDays(14),
      summary: 'Low mood, sleep poor',
      plainWordsSummary: 'We talked about sleep',
      outcome: {
        successLooksLike: 'Sleeping most nights',
        likelihood: 'likely',
        byWhen: inDays(42),
        ifNotBetter: 'We look again together',
      },
    });
    expect(session.ending).toBeUndefined();
    expect((await record('case', ids.caseId)).nextReviewOn).toBe(inDays(14));

    // One write to the session with only the fields that changed, and one to the case.
    const entries = (await db.outbox.toArray()).slice(outboxBefore);
    expect(entries.map((e) => e.mutation.kind)).toEqual(['session', 'case']);
    expect(Object.keys(entries[0]!.mutation.set).sort()).toEqual([
      'actions',
      'attendees',
      'decided',
      'nextReviewOn',
      'outcome',
      'plainWordsSummary',
      'summary',
    ]);
    expect(await readDraft(db, `summary:${ids.sessionId}`)).toBeUndefined();

    // Saving again with nothing changed writes nothing.
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Summary saved')).toBeInTheDocument();
    expect(await db.outbox.count()).toBe(outboxBefore + 2);
  });

  it('finishes the session, but not with a date in the future', async () => {
    const user = userEvent.setup();
    const ids = await openSession();
    await renderSummary(ids);
    expect(screen.getByText(/No grouping has been agreed yet/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to agreeing the grouping' })).toHaveAttribute(
      'href',
      `/practitioner/cases/${ids.caseId}/sessions/${ids.sessionId}/grouping`,
    );

    await fill(user, 'Date of the session', inDays(1));
    await user.click(screen.getByRole('button', { name: 'Save and finish the session' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link')).toHaveTextContent(
      'Enter a date that is not in the future. A session can only be finished on or after the day it happened',
    );
    expect((await record('session', ids.sessionId)).status).toBe('in-progress');

    await fill(user, 'Date of the session', inDays(-1));
    await user.click(screen.getByRole('button', { name: 'Save and finish the session' }));
    expect(await screen.findByText('Session finished. The summary is saved.')).toBeInTheDocument();
    const session = await record('session', ids.sessionId);
    expect(session).toMatchObject({ status: 'completed', date: inDays(-1) });
  });

  it('offers the invitation to come back for Getting Advice, and the ending plan when ticked', async () => {
    const user = userEvent.setup();
    const ids = await openSession('getting-advice');
    await renderSummary(ids);
    const comeBack = screen.getByLabelText('What we said about coming back');
    expect(comeBack).toHaveValue(
      "If things don't get better, or you feel worried, you can come back to us at any time. You don't need to wait for an appointment.",
    );
    expect(screen.queryByLabelText('What a good outcome looks like')).not.toBeInTheDocument();

    await user.click(screen.getByLabelText('Help is ending or moving'));
    await fill(user, 'Who to contact', 'School nurse');
    await user.clear(comeBack);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual([
      'Enter the invitation to come back',
      'Enter what happens next',
      'Enter how to come back',
    ]);
    expect(screen.getByLabelText('Who to contact')).toHaveValue('School nurse');

    await fill(user, 'What we said about coming back', 'Come back any time');
    await fill(user, 'What happens next', 'The school nurse sees you weekly');
    await fill(user, 'How to come back', 'Ask the school nurse to refer you');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Summary saved')).toBeInTheDocument();
    expect(await record('session', ids.sessionId)).toMatchObject({
      comeBack: 'Come back any time',
      ending: {
        whatNext: 'The school nurse sees you weekly',
        whoToContact: 'School nurse',
        howToComeBack: 'Ask the school nurse to refer you',
      },
    });
  });

  it('keeps what was typed as a draft and puts it back after the screen closes', async () => {
    const user = userEvent.setup();
    const ids = await openSession();
    const first = await renderSummary(ids);
    await fill(user, 'What was decided (optional)', 'Half-typed thought');
    first.unmount();
    await waitFor(async () =>
      expect(await readDraft(localStore().db, `summary:${ids.sessionId}`)).toMatchObject({
        decided: 'Half-typed thought',
      }),
    );

    await renderSummary(ids);
    expect(screen.getByText('We kept what you typed earlier')).toBeInTheDocument();
    expect(screen.getByLabelText('What was decided (optional)')).toHaveValue('Half-typed thought');
    expect((await record('session', ids.sessionId)).decided).toBeUndefined();

    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Summary saved')).toBeInTheDocument();
    expect((await record('session', ids.sessionId)).decided).toBe('Half-typed thought');
    expect(screen.queryByText('We kept what you typed earlier')).not.toBeInTheDocument();
    expect(await readDraft(localStore().db, `summary:${ids.sessionId}`)).toBeUndefined();
  });
});

describe('printable summary', () => {
  it("prints the young person's copy by default, without the care team's summary", async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const ids = await openSession('getting-help', {
      attendees: [{ role: 'young-person' }, { role: 'carer', name: 'Mum' }],
      summary: 'Care team only: risk reviewed',
      plainWordsSummary: 'We talked about sleep and school',
      decided: 'Try a sleep plan',
      actions: [{ what: 'Keep a sleep diary', who: 'Sam' }],
      nextReviewOn: inDays(14),
      outcome: {
        successLooksLike: 'Sleeping most nights',
        likelihood: 'likely',
        byWhen: inDays(42),
        ifNotBetter: 'We look again together',
      },
    });
    await renderApp(`/practitioner/cases/${ids.caseId}/sessions/${ids.sessionId}/print`);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Session summary for Sam' }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText("Young person's copy")).toBeChecked();
    expect(screen.getByRole('heading', { name: 'What we talked about' })).toBeInTheDocument();
    expect(screen.getByText('We talked about sleep and school')).toBeInTheDocument();
    expect(screen.queryByText('Care team only: risk reviewed')).not.toBeInTheDocument();
    expect(screen.getByText('Your parent or carer (Mum)')).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: 'Keep a sleep diary' })).toBeInTheDocument();
    expect(screen.getByText('We look again together')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: "If things don't get better" })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledTimes(1);

    await user.click(screen.getByLabelText('Care team copy'));
    expect(screen.getByText('Care team only: risk reviewed')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Summary for the care team' })).toBeInTheDocument();
    print.mockRestore();
  });
});

describe('accessibility', () => {
  // jsdom cannot judge contrast or target size; those are checked in Chromium (e2e).
  it.each(['en-GB', 'ur'] as const)('has no axe violations in %s', async (language) => {
    const { default: axe } = await import('axe-core');
    const user = userEvent.setup();
    const ids = await openSession('getting-help', {
      plainWordsSummary: 'We talked about sleep',
      summary: 'Care team notes',
      actions: [{ what: 'Keep a sleep diary', who: 'Sam' }],
    });
    const summaryPath = `/practitioner/cases/${ids.caseId}/sessions/${ids.sessionId}/summary`;
    const { router, unmount } = await renderApp(summaryPath, language);
    const byId = (id: string) => document.getElementById(id)!;
    await waitFor(() => expect(byId('summary-helpEnding')).toBeInTheDocument());
    // Show the problems and open every reveal, so their markup is checked too.
    await user.click(byId('summary-helpEnding'));
    await user.click(document.querySelector<HTMLButtonElement>('button[type="submit"]')!);
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(byId('summary-whatNext')).toHaveAttribute('aria-invalid', 'true');
    const options = { rules: { 'color-contrast': { enabled: false } } };
    expect((await axe.run(document.body, options)).violations).toEqual([]);

    await router.navigate(`/practitioner/cases/${ids.caseId}/sessions/${ids.sessionId}/print`);
    await waitFor(() => expect(byId('print-title')).toBeInTheDocument());
    expect((await axe.run(document.body, options)).violations).toEqual([]);
    unmount();
  });
});
