// A session's Current View part as a practitioner uses it, on the real local store
// (fake-indexeddb): the form's required items and error handling, saving one record for
// the session, and the payment-systems suggestion following the ratings as they change.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { localStore } from '../../src/db';
import { todayOnDevice } from '../../src/ui/format-date';
import { signInAsPractitioner } from './practitioner';
import { renderApp } from './render-app';

const ME = 'user-practitioner-1';

// Whole screens through lazily loaded routes: slower than a unit test on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

beforeEach(() => signInAsPractitioner(ME));

async function openSession() {
  const { records } = localStore();
  const sam = await records.createCase({
    preferredName: 'Sam',
    ageBand: '14-15',
    involved: [],
    consentToRecord: true,
    status: 'open',
  });
  const session = await records.create('session', sam.id, {
    date: todayOnDevice(),
    attendees: [],
    status: 'in-progress',
  });
  const path = `/practitioner/cases/${sam.id}/sessions/${session.id}/current-view`;
  const view = await renderApp(path);
  await screen.findByRole('radiogroup', { name: /Anxious away from caregivers/ });
  return { caseId: sam.id, sessionId: session.id, path, view };
}

const row = (name: string | RegExp) => screen.getByRole('radiogroup', { name });
const choose = (user: UserEvent, item: string | RegExp, answer: string) =>
  user.click(within(row(item)).getByRole('radio', { name: answer }));
const checked = (item: string | RegExp, answer: string) =>
  within(row(item)).getByRole('radio', { name: answer });
const records = async (caseId: string) =>
  (
    await localStore().db.recordTable('current-view').where('caseId').equals(caseId).toArray()
  ).filter((r) => !r.deleted);
const suggestion = () => screen.getByTestId('current-view-suggestion');

describe('Current View part', () => {
  it('shows every item, says the list is example content, and makes no suggestion yet', async () => {
    await openSession();
    expect(screen.getAllByRole('radiogroup')).toHaveLength(30 + 4 + 2 + 14);
    expect(
      within(row(/Anxious away from caregivers/))
        .getAllByRole('radio')
        .map((r) => r.closest('label')?.textContent),
    ).toEqual(['None', 'Mild', 'Moderate', 'Severe', 'Not known']);
    expect(
      within(row('Looked after child'))
        .getAllByRole('radio')
        .map((r) => r.closest('label')?.textContent),
    ).toEqual(['Yes', 'No', 'Not known']);
    expect(screen.getByText(/licensed copy of the form/)).toBeInTheDocument();
    expect(screen.getByText('You can skip this part.', { exact: false })).toBeInTheDocument();
    expect(row('Home')).toHaveAttribute('aria-required', 'true');
    expect(within(suggestion()).getByText(/Rate the presenting problems/)).toBeInTheDocument();
  });

  it('explains each missing required item, keeps the ratings, and saves nothing', async () => {
    const user = userEvent.setup();
    const { caseId } = await openSession();
    await choose(user, 'Family relationship difficulties', 'Moderate');
    await choose(user, 'Home', 'Mild');
    await choose(user, 'Attendance difficulties', 'Not known');
    await user.click(screen.getByRole('button', { name: 'Save Current View' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByText('There is a problem')).toBeInTheDocument();
    expect(
      within(summary)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual([
      'Choose a rating for School, work or training, or Not known',
      'Choose a rating for Community, or Not known',
      'Choose a rating for Service engagement, or Not known',
      'Choose a rating for Attainment difficulties, or Not known',
    ]);
    // Each link goes to the first choice of its item, which carries the inline message.
    expect(
      within(summary).getByText('Choose a rating for Community, or Not known'),
    ).toHaveAttribute('href', '#current-view-contextualProblems-community-none');
    expect(row('Community')).toHaveAccessibleDescription(
      /^Error: ?Choose a rating for Community, or Not known$/,
    );
    expect(row('Community')).toHaveAttribute('aria-invalid', 'true');
    expect(row('Home')).not.toHaveAttribute('aria-invalid');

    expect(checked('Family relationship difficulties', 'Moderate')).toBeChecked();
    expect(checked('Home', 'Mild')).toBeChecked();
    expect(checked('Attendance difficulties', 'Not known')).toBeChecked();
    expect(await records(caseId)).toEqual([]);
  });

  it('saves one record for the session, then updates it', async () => {
    const user = userEvent.setup();
    const { caseId, sessionId } = await openSession();
    await choose(user, 'Family relationship difficulties', 'Moderate');
    await choose(user, /Self-harm/, 'Not known');
    for (const item of ['Home', 'School, work or training', 'Community', 'Service engagement'])
      await choose(user, item, 'None');
    await choose(user, 'Attendance difficulties', 'Mild');
    await choose(user, 'Attainment difficulties', 'Not known');
    await choose(user, 'Young carer status', 'Yes');
    await user.click(screen.getByRole('button', { name: 'Save Current View' }));

    expect(await screen.findByText('Current View saved on this device')).toBeInTheDocument();
    const [saved, ...others] = await records(caseId);
    expect(others).toEqual([]);
    expect(saved).toMatchObject({
      kind: 'current-view',
      sessionId,
      completedOn: todayOnDevice(),
      presentingProblems: {
        'family-relationship-difficulties': 'moderate',
        'self-harm': 'not-known',
      },
      contextualProblems: {
        home: 'none',
        school: 'none',
        community: 'none',
        serviceEngagement: 'none',
      },
      education: { attendance: 'mild', attainment: 'not-known' },
      complexityFactors: { 'young-carer-status': 'yes' },
    });
    // Unrated items are absent, not stored as blanks.
    expect(Object.keys(saved!.presentingProblems as object)).toHaveLength(2);
    // Through the repository: the write is waiting in the outbox to sync.
    expect(
      (await localStore().db.outbox.toArray()).filter((e) => e.mutation.kind === 'current-view'),
    ).toHaveLength(1);

    await choose(user, 'Community', 'Severe');
    await user.click(screen.getByRole('button', { name: 'Save Current View' }));
    await waitFor(async () => {
      const [updated, ...more] = await records(caseId);
      expect(more).toEqual([]);
      expect(updated!.id).toBe(saved!.id);
      expect(updated!.contextualProblems).toMatchObject({ community: 'severe' });
    });
  });

  it('words the suggestion as a prompt, and follows the ratings as they change', async () => {
    const user = userEvent.setup();
    await openSession();
    await choose(user, 'Family relationship difficulties', 'Moderate');
    await waitFor(() =>
      expect(suggestion()).toHaveTextContent(
        'The payment-systems rules would point towards Getting Advice and Signposting because:',
      ),
    );
    expect(suggestion()).toHaveTextContent(
      'no more than one problem is rated moderate and none is rated severe',
    );
    expect(suggestion()).toHaveTextContent(
      'This is only a starting point: agree the grouping together.',
    );
    expect(suggestion()).toHaveTextContent('29 presenting problems are not rated yet.');
    expect(suggestion()).toHaveTextContent(
      'Thriving and Getting Risk Support are outside these rules.',
    );

    await choose(user, 'Peer relationship difficulties', 'Severe');
    await waitFor(() =>
      expect(suggestion()).toHaveTextContent(
        'The payment-systems rules would point towards Getting Help because:',
      ),
    );
    expect(suggestion()).toHaveTextContent(
      'one problem is rated severe: Peer relationship difficulties',
    );

    await choose(user, 'Eating issues', 'Severe');
    await waitFor(() => expect(suggestion()).toHaveTextContent('towards Getting More Help'));
    expect(suggestion()).toHaveTextContent(
      'more than one problem is rated severe: Eating issues and Peer relationship difficulties',
    );
    // A prompt for discussion only: nothing to apply.
    expect(within(suggestion()).queryByRole('button')).not.toBeInTheDocument();
  });

  it('keeps unsaved ratings as a draft when the screen closes, and puts them back', async () => {
    const user = userEvent.setup();
    const { path, view } = await openSession();
    await choose(user, 'Eating issues', 'Mild');
    await choose(user, 'Home', 'Not known');
    view.unmount();

    await renderApp(path);
    expect(
      await screen.findByText('We kept what you typed earlier. It is not saved yet.'),
    ).toBeInTheDocument();
    expect(checked('Eating issues', 'Mild')).toBeChecked();
    expect(checked('Home', 'Not known')).toBeChecked();
    expect(suggestion()).toHaveTextContent('towards Getting Help');
  });
});
