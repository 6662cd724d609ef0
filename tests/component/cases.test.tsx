// The case screens as a practitioner uses them, on the real local store (fake-indexeddb):
// the caseload, opening a case (with the form's error handling), changing details, and
// settling a field that two devices saved differently.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { localStore } from '../../src/db';
import { formatHlc } from '../../src/domain';
import { signInAsPractitioner } from './practitioner';
import { renderApp } from './render-app';

const ME = 'user-practitioner-1';

// Whole journeys through lazily loaded screens: slower than a unit test on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

beforeEach(() => signInAsPractitioner(ME));

async function openCase(data: Record<string, unknown>) {
  return localStore().records.createCase({
    involved: [],
    consentToRecord: true,
    status: 'open',
    ...data,
  });
}

describe('caseload', () => {
  it('lists the cases on this device, searchable and sortable, and says what needs attention', async () => {
    const user = userEvent.setup();
    await openCase({ preferredName: 'Sam', ageBand: '14-15', nextReviewOn: '2099-01-10' });
    await openCase({ preferredName: 'alex', ageBand: '11-13', nextReviewOn: '2000-01-01' });
    await openCase({ preferredName: 'Jo', ageBand: '16-17', status: 'closed' });
    await renderApp('/practitioner');

    const list = await screen.findByTestId('caseload');
    const names = () =>
      within(list)
        .getAllByRole('link')
        .map((a) => a.textContent);
    // Name order ignores case; closed cases are hidden until asked for.
    expect(names()).toEqual(['alex', 'Sam']);
    expect(screen.getByTestId('caseload-count')).toHaveTextContent('2 cases');
    expect(within(list).getByText('Review date has passed')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Sort by'), 'Next review');
    await waitFor(() => expect(names()).toEqual(['alex', 'Sam']));
    await user.click(screen.getByLabelText('Include closed cases'));
    await waitFor(() => expect(names()).toEqual(['alex', 'Sam', 'Jo']));

    await user.type(screen.getByLabelText('Search by name'), 'SA');
    await waitFor(() => expect(names()).toEqual(['Sam']));
    await user.clear(screen.getByLabelText('Search by name'));
    await user.type(screen.getByLabelText('Search by name'), 'nobody');
    expect(await screen.findByText('No cases match "nobody".')).toBeInTheDocument();
  });

  it('flags a goal not rated for weeks and a safety plan due for review', async () => {
    const { records, db } = localStore();
    const sam = await openCase({ preferredName: 'Sam', ageBand: '14-15' });
    const jo = await openCase({ preferredName: 'Jo', ageBand: '14-15' });
    const goal = await records.create('goal', sam.id, {
      text: 'Go to football',
      theme: 'general-wellbeing',
      setBy: 'young-person',
      baselineRating: 2,
      status: 'active',
      order: 1,
    });
    await records.create('goal-rating', sam.id, {
      goalId: goal.id,
      rating: 4,
      ratedOn: '2026-01-05T10:00:00.000Z',
      ratedBy: 'young-person',
    });
    await records.create('safety-plan', jo.id, {
      status: 'agreed',
      agreedOn: '2026-01-01',
      reviewBy: '2026-02-01',
      writtenByYoungPerson: [],
    });
    // A rating today: this goal is not overdue.
    const fresh = await records.create('goal', jo.id, {
      text: 'Sleep better',
      theme: 'general-wellbeing',
      setBy: 'jointly',
      baselineRating: 3,
      status: 'active',
      order: 1,
    });
    await records.create('goal-rating', jo.id, {
      goalId: fresh.id,
      rating: 5,
      ratedOn: new Date().toISOString(),
      ratedBy: 'young-person',
    });
    expect(await db.recordTable('goal').count()).toBe(2);
    await renderApp('/practitioner');

    const list = await screen.findByTestId('caseload');
    const row = (name: string) => within(list).getByRole('link', { name }).closest('li')!;
    await waitFor(() =>
      expect(row('Sam')).toHaveTextContent(
        'A goal not rated for 6 weeks or more (since 5 Jan 2026)',
      ),
    );
    expect(row('Sam')).not.toHaveTextContent('Safety plan');
    expect(row('Jo')).toHaveTextContent('Safety plan review date passed (1 Feb 2026)');
    expect(row('Jo')).not.toHaveTextContent('A goal not rated');
  });

  it('asks someone who is not signed in to sign in, and shows no cases', async () => {
    await openCase({ preferredName: 'Sam', ageBand: '14-15' });
    await localStore().db.meta.clear();
    await renderApp('/practitioner');
    expect(await screen.findByRole('link', { name: 'Sign in' })).toBeInTheDocument();
    expect(screen.queryByTestId('caseload')).not.toBeInTheDocument();
  });
});

describe('opening a case', () => {
  it('explains every problem, keeps what was typed, then saves the case and its outbox entry', async () => {
    const user = userEvent.setup();
    const { router } = await renderApp('/practitioner/cases/new');
    await screen.findByRole('heading', { level: 1, name: 'Open a new case' });
    await user.type(screen.getByLabelText('Pronouns (optional)'), 'they/them');
    await user.type(screen.getAllByLabelText('Name')[0]!, 'Chris');
    await user.click(screen.getByRole('button', { name: 'Open case' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByText('There is a problem')).toBeInTheDocument();
    const problems = within(summary)
      .getAllByRole('link')
      .map((a) => a.textContent);
    expect(problems).toEqual([
      'This is required',
      'Enter an age range or a date of birth',
      'Confirm that the young person agrees to a record being kept',
      'Person 1: This is required',
    ]);
    // Each summary link goes to its field.
    expect(within(summary).getByText('Person 1: This is required')).toHaveAttribute(
      'href',
      '#new-case-involved-0-relationship',
    );
    expect(screen.getByLabelText('Pronouns (optional)')).toHaveValue('they/them');
    expect(screen.getAllByLabelText('Name')[0]).toHaveValue('Chris');

    await user.type(screen.getByLabelText('Name they want to be called'), 'Sam');
    await user.selectOptions(screen.getByLabelText('Age range'), '14 to 15');
    await user.type(screen.getByLabelText('How they are involved'), 'Dad');
    await user.click(screen.getByRole('button', { name: 'Add another person' }));
    await user.click(screen.getByLabelText('The young person agrees to a record being kept'));
    await user.click(screen.getByRole('button', { name: 'Open case' }));

    expect(await screen.findByTestId('case-name')).toHaveTextContent('Sam');
    const { db } = localStore();
    const cases = await db.recordTable('case').toArray();
    expect(cases).toHaveLength(1);
    expect(router.state.location.pathname).toBe(`/practitioner/cases/${cases[0]!.id}`);
    expect(cases[0]).toMatchObject({
      preferredName: 'Sam',
      ageBand: '14-15',
      pronouns: 'they/them',
      // The blank second row is not saved.
      involved: [{ name: 'Chris', relationship: 'Dad' }],
      consentToRecord: true,
      status: 'open',
      createdBy: ME,
    });
    expect(cases[0]).not.toHaveProperty('dateOfBirth');
    const outbox = await db.outbox.toArray();
    expect(outbox.map((e) => [e.mutation.kind, e.mutation.op, e.caseId])).toEqual([
      ['case', 'create', cases[0]!.id],
    ]);
  });
});

describe('changing a case', () => {
  it('writes only the fields that changed, with the versions the practitioner saw', async () => {
    const user = userEvent.setup();
    const kase = await openCase({ preferredName: 'Sam', ageBand: '14-15', pronouns: 'he/him' });
    await localStore().db.outbox.clear();
    await renderApp(`/practitioner/cases/${kase.id}/edit`);
    const pronouns = await screen.findByLabelText('Pronouns (optional)');
    await user.clear(pronouns);
    await user.type(pronouns, 'they/them');
    await user.type(screen.getByLabelText('Next review date (optional)'), '2099-03-01');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByTestId('case-details');
    expect(screen.getByTestId('case-details')).toHaveTextContent('they/them');

    const [entry] = await localStore().db.outbox.toArray();
    expect(entry?.mutation.op).toBe('update');
    expect(entry?.mutation.set).toEqual({ pronouns: 'they/them', nextReviewOn: '2099-03-01' });
    expect(entry?.mutation.base).toEqual({ pronouns: [kase.clock.pronouns] });
  });

  it('refuses to clear the name, says why, and keeps the rest', async () => {
    const user = userEvent.setup();
    const kase = await openCase({ preferredName: 'Sam', ageBand: '14-15' });
    await renderApp(`/practitioner/cases/${kase.id}/edit`);
    await user.clear(await screen.findByLabelText('Name they want to be called'));
    await user.type(screen.getByLabelText('Pronouns (optional)'), 'she/her');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'This is required' })).toHaveAttribute(
      'href',
      '#edit-case-preferredName',
    );
    expect(screen.getByLabelText('Pronouns (optional)')).toHaveValue('she/her');
    expect((await localStore().db.recordTable('case').get(kase.id))?.preferredName).toBe('Sam');
  });
});

describe('a field saved differently on two devices', () => {
  it('shows both versions with who saved them, and keeps the one chosen on every device', async () => {
    const user = userEvent.setup();
    const kase = await openCase({ preferredName: 'Sam', ageBand: '14-15', pronouns: 'he/him' });
    const otherClock = formatHlc({ wall: Date.now() - 60_000, counter: 0, node: 'tablet-2' });
    await localStore()
      .db.recordTable('case')
      .update(kase.id, {
        conflicts: [{ field: 'pronouns', value: 'they/them', clock: otherClock, by: 'user-2' }],
      });
    await localStore().db.outbox.clear();
    await renderApp(`/practitioner/cases/${kase.id}`);

    const section = await screen.findByTestId('conflicts');
    expect(
      within(section).getByText('Pronouns: which version should be kept?'),
    ).toBeInTheDocument();
    expect(within(section).getByLabelText('he/him')).toBeInTheDocument();
    expect(await within(section).findByText(/^Saved by you,/)).toBeInTheDocument();
    expect(within(section).getByText(/^Saved by someone else,/)).toBeInTheDocument();

    // Saving without a choice says what to do.
    await user.click(within(section).getByRole('button', { name: 'Keep this' }));
    expect(await within(section).findByText('Choose which version to keep')).toBeInTheDocument();

    await user.click(within(section).getByLabelText('they/them'));
    await user.click(within(section).getByRole('button', { name: 'Keep this' }));
    expect(
      await screen.findByText('Saved. Every device will show this version.'),
    ).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText(/which version should be kept/)).toBeNull());

    const stored = await localStore().db.recordTable('case').get(kase.id);
    expect(stored?.pronouns).toBe('they/them');
    const [entry] = await localStore().db.outbox.toArray();
    expect(entry?.mutation.set).toEqual({ pronouns: 'they/them' });
    // The choice replaces both versions, so the conflict is settled on every device.
    expect(new Set(entry?.mutation.base?.pronouns)).toEqual(
      new Set([kase.clock.pronouns, otherClock]),
    );
  });

  it('can combine two texts into one', async () => {
    const user = userEvent.setup();
    const kase = await openCase({ preferredName: 'Sam', ageBand: '14-15', pronouns: 'he/him' });
    const otherClock = formatHlc({ wall: Date.now() - 60_000, counter: 0, node: 'tablet-2' });
    await localStore()
      .db.recordTable('case')
      .update(kase.id, {
        conflicts: [{ field: 'pronouns', value: 'they', clock: otherClock, by: 'user-2' }],
      });
    await renderApp(`/practitioner/cases/${kase.id}`);
    const section = await screen.findByTestId('conflicts');
    await user.click(within(section).getByLabelText('Combine them'));
    const combined = within(section).getByLabelText('Combined text');
    expect(combined).toHaveValue('he/him\nthey');
    await user.clear(combined);
    await user.type(combined, 'he/they');
    await user.click(within(section).getByRole('button', { name: 'Keep this' }));
    await waitFor(async () =>
      expect((await localStore().db.recordTable('case').get(kase.id))?.pronouns).toBe('he/they'),
    );
  });
});

describe('inviting someone to the plan', () => {
  it('asks who is invited, and a carer’s relationship, before asking the server', async () => {
    const user = userEvent.setup();
    const kase = await openCase({ preferredName: 'Sam', ageBand: '14-15' });
    await renderApp(`/practitioner/cases/${kase.id}/invite`);
    await screen.findByRole('heading', { level: 1, name: "Invite someone to Sam's plan" });
    await user.click(screen.getByRole('button', { name: 'Make a code' }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', { name: 'Choose one of the options' }),
    ).toHaveAttribute('href', '#invite-role-young-person');
    await user.click(screen.getByLabelText('A parent or carer'));
    await user.type(screen.getByLabelText('Their name (optional)'), 'Jo');
    await user.click(screen.getByRole('button', { name: 'Make a code' }));
    expect(
      await within(await screen.findByRole('alert')).findByRole('link', {
        name: 'This is required',
      }),
    ).toHaveAttribute('href', '#invite-relationship');
    expect(screen.getByLabelText('Their name (optional)')).toHaveValue('Jo');
  });
});

describe('a change the server refused', () => {
  it('stays visible on the case with its reason until the practitioner lets it go', async () => {
    const user = userEvent.setup();
    const kase = await openCase({ preferredName: 'Sam', ageBand: '14-15' });
    const { db } = localStore();
    const [queued] = await db.outbox.toArray();
    await db.outbox.clear();
    await db.rejected.put({
      id: queued!.id,
      recordId: kase.id,
      caseId: kase.id,
      mutation: queued!.mutation,
      reason: { key: 'forbidden', path: [], params: {} },
      queuedAt: queued!.queuedAt,
      rejectedAt: new Date().toISOString(),
    });
    await renderApp(`/practitioner/cases/${kase.id}`);
    const section = await screen.findByTestId('refused');
    expect(section).toHaveTextContent('Changes not accepted');
    expect(section).toHaveTextContent('Preferred name');
    expect(section).toHaveTextContent('Reason: You do not have permission to make this change');
    await user.click(within(section).getByRole('button', { name: 'Let this change go' }));
    await waitFor(() => expect(screen.queryByTestId('refused')).toBeNull());
    expect(await db.rejected.count()).toBe(0);
  });
});
