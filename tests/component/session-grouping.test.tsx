// The session part "Agreeing the grouping by shared decision" on the real local store
// (fake-indexeddb) with the app's real words: the form's problems (summary and inline,
// nothing typed lost), saving the decision and the grouping history across sessions, and
// a draft kept through the part closing and opening again.
import { Suspense } from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../src/app/i18n';
import { localStore, readDraft } from '../../src/db';
import type {
  GroupingDecisionRecord,
  GroupingHistoryEntryRecord,
  SessionRecord,
} from '../../src/domain';
import { GroupingPart } from '../../src/features/session/grouping/GroupingPart';
import { todayOnDevice } from '../../src/ui/format-date';

import { signInAsPractitioner } from './practitioner';

const ME = 'user-practitioner-1';

vi.setConfig({ testTimeout: 30_000 });

beforeEach(() => signInAsPractitioner(ME));

async function openCase(): Promise<string> {
  const record = await localStore().records.createCase({
    preferredName: 'Sam',
    ageBand: '14-15',
    involved: [],
    consentToRecord: true,
    status: 'open',
  });
  return record.id;
}

async function startSession(caseId: string): Promise<SessionRecord> {
  return (await localStore().records.create('session', caseId, {
    date: todayOnDevice(),
    attendees: [{ role: 'young-person' }, { role: 'practitioner' }],
    status: 'in-progress',
  })) as unknown as SessionRecord;
}

async function renderPart(caseId: string, session: SessionRecord) {
  const i18n = await initI18n('en-GB');
  await i18n.changeLanguage('en-GB');
  const view = render(
    <Suspense fallback={<p>Loading words</p>}>
      <GroupingPart caseId={caseId} session={session} />
    </Suspense>,
  );
  await screen.findByRole('button', { name: /^Save/ });
  return view;
}

const decisions = async () =>
  (await localStore()
    .db.recordTable('grouping-decision')
    .toArray()) as unknown as GroupingDecisionRecord[];
const history = async () =>
  (await localStore()
    .db.recordTable('grouping-history-entry')
    .toArray()) as unknown as GroupingHistoryEntryRecord[];

const view = (name: string) => within(screen.getByRole('group', { name }));

async function agree(user: UserEvent, grouping: string, reasons: string, who: string[]) {
  await user.click(screen.getByRole('radio', { name: grouping }));
  if (reasons) await user.type(screen.getByLabelText('Why we agreed this'), reasons);
  for (const person of who) await user.click(screen.getByRole('checkbox', { name: person }));
}

describe('agreeing the grouping', () => {
  it('explains the five groupings in plain words, with nothing chosen', async () => {
    const caseId = await openCase();
    await renderPart(caseId, await startSession(caseId));
    const radios = screen.getAllByRole('radio');
    expect(radios.map((r) => r.getAttribute('value'))).toEqual([
      'thriving',
      'getting-advice',
      'getting-help',
      'getting-more-help',
      'getting-risk-support',
    ]);
    expect(radios.every((r) => !(r as HTMLInputElement).checked)).toBe(true);
    expect(screen.getByRole('radio', { name: 'Getting Help' })).toHaveAccessibleDescription(
      /Working on goals together with a person trained to help, for a set time, checking how it’s going\..*Who usually leads: Usually a health service\./,
    );
    expect(screen.getByText('No grouping has been agreed yet.')).toBeInTheDocument();
  });

  it('shows every problem in a summary and on its field, keeping what was typed', async () => {
    const user = userEvent.setup();
    const caseId = await openCase();
    await renderPart(caseId, await startSession(caseId));

    await user.click(screen.getByRole('button', { name: 'Save the agreed grouping' }));
    let summary = await screen.findByRole('alert');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((a) => [a.textContent, a.getAttribute('href')]),
    ).toEqual([
      ['Choose the grouping you agreed together', '#grouping-grouping'],
      ['Enter why you agreed this grouping', '#grouping-reasons'],
      ['Choose who agreed', '#grouping-agreedBy'],
    ]);

    // Views typed, a grouping and who agreed chosen, but no reasons.
    await user.type(
      view('The young person').getByLabelText(/in their own words/),
      'I want help with sleeping and feeling worried',
    );
    await user.selectOptions(
      view('Family or carers').getByLabelText(/feel fits/),
      'Getting Advice and Signposting',
    );
    await user.type(view('Practitioner').getByLabelText(/What you think/), 'Goals would help');
    await agree(user, 'Getting Help', '', ['The young person', 'Practitioner']);
    await user.click(screen.getByRole('button', { name: 'Save the agreed grouping' }));

    await waitFor(() =>
      expect(
        within(screen.getByRole('alert'))
          .getAllByRole('link')
          .map((a) => a.textContent),
      ).toEqual(['Enter why you agreed this grouping']),
    );
    summary = screen.getByRole('alert');
    expect(within(summary).getByText('There is a problem')).toBeInTheDocument();
    const reasons = screen.getByLabelText('Why we agreed this');
    expect(reasons).toHaveAttribute('aria-invalid', 'true');
    expect(reasons).toHaveAccessibleDescription(/Error:\s*Enter why you agreed this grouping/);
    // Everything typed and chosen is still there.
    expect(view('The young person').getByLabelText(/in their own words/)).toHaveValue(
      'I want help with sleeping and feeling worried',
    );
    expect(view('Family or carers').getByLabelText(/feel fits/)).toHaveValue('getting-advice');
    expect(view('Practitioner').getByLabelText(/What you think/)).toHaveValue('Goals would help');
    expect(screen.getByRole('radio', { name: 'Getting Help' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Practitioner' })).toBeChecked();
    expect(await decisions()).toEqual([]);
    expect(await history()).toEqual([]);
  });

  it('saves the decision with one history entry from nothing, then keeps the history across sessions', async () => {
    const user = userEvent.setup();
    const caseId = await openCase();
    const first = await startSession(caseId);
    const part = await renderPart(caseId, first);

    await user.type(
      view('The young person').getByLabelText(/in their own words/),
      'I want to sleep better',
    );
    await user.selectOptions(view('The young person').getByLabelText(/feel fits/), 'Getting Help');
    await agree(user, 'Getting Help', 'Sleep and worry are getting in the way of school', [
      'The young person',
      'Parent or carer',
      'Practitioner',
    ]);
    await user.type(screen.getByLabelText('When to look at it again (optional)'), '2099-03-01');
    await user.click(screen.getByRole('button', { name: 'Save the agreed grouping' }));

    expect(await screen.findByText('Saved on this device')).toBeInTheDocument();
    const today = todayOnDevice();
    const [decision, ...moreDecisions] = await decisions();
    expect(moreDecisions).toEqual([]);
    expect(decision).toMatchObject({
      caseId,
      grouping: 'getting-help',
      agreedOn: today,
      sessionId: first.id,
      reasons: 'Sleep and worry are getting in the way of school',
      youngPersonView: 'I want to sleep better',
      youngPersonGrouping: 'getting-help',
      agreedBy: [{ role: 'young-person' }, { role: 'carer' }, { role: 'practitioner' }],
      reviewBy: '2099-03-01',
    });
    expect(decision).not.toHaveProperty('familyView');
    expect(await history()).toEqual([
      expect.objectContaining({
        caseId,
        grouping: 'getting-help',
        from: null,
        decisionId: decision!.id,
        agreedOn: today,
        reasons: 'Sleep and worry are getting in the way of school',
      }),
    ]);
    // The outbox has the decision and the entry, to sync.
    const queued = (await localStore().db.outbox.toArray()).map((e) => e.mutation.kind);
    expect(queued.filter((kind) => kind.startsWith('grouping-'))).toEqual([
      'grouping-decision',
      'grouping-history-entry',
    ]);
    const current = within(screen.getByTestId('grouping-current'));
    await waitFor(() => expect(current.getByText('Getting Help')).toBeInTheDocument());
    expect(
      within(screen.getByTestId('grouping-history')).getByText('First agreed: Getting Help'),
    ).toBeInTheDocument();

    // In the same session: correcting the reasons adds no step to the history...
    const reasons = screen.getByLabelText('Why we agreed this');
    await user.clear(reasons);
    await user.type(reasons, 'Sleep and worry make school hard');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(async () =>
      expect((await decisions())[0]!.reasons).toBe('Sleep and worry make school hard'),
    );
    expect(await decisions()).toHaveLength(1);
    expect(await history()).toHaveLength(1);
    // ...but changing the grouping does.
    await user.click(screen.getByRole('radio', { name: 'Getting Advice and Signposting' }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(async () => expect(await history()).toHaveLength(2));
    expect(await decisions()).toHaveLength(1);
    expect((await history()).find((e) => e.from !== null)).toMatchObject({
      from: 'getting-help',
      grouping: 'getting-advice',
      decisionId: decision!.id,
      reasons: 'Sleep and worry make school hard',
    });
    part.unmount();

    // A new session starts blank: the grouping agreed before is shown, never pre-selected.
    const second = await startSession(caseId);
    await renderPart(caseId, second);
    expect(
      within(screen.getByTestId('grouping-current')).getByText('Getting Advice and Signposting'),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('radio').some((r) => (r as HTMLInputElement).checked)).toBe(false);
    await agree(user, 'Getting More Help', 'Eating has become a worry for everyone', [
      'The young person',
      'Another professional',
    ]);
    await user.click(screen.getByRole('button', { name: 'Save the agreed grouping' }));
    expect(await screen.findByText('Saved on this device')).toBeInTheDocument();

    const all = await decisions();
    expect(all).toHaveLength(2);
    const newer = all.find((d) => d.sessionId === second.id)!;
    expect(newer).toMatchObject({ grouping: 'getting-more-help', agreedOn: today });
    const entries = await history();
    expect(entries).toHaveLength(3);
    expect(entries.find((e) => e.decisionId === newer.id)).toMatchObject({
      from: 'getting-advice',
      grouping: 'getting-more-help',
    });
    // Newest first, on screen.
    await waitFor(() =>
      expect(
        within(screen.getByTestId('grouping-history'))
          .getAllByRole('listitem')
          .map((li) => li.querySelector('strong')?.textContent),
      ).toEqual([
        'From Getting Advice and Signposting to Getting More Help',
        'From Getting Help to Getting Advice and Signposting',
        'First agreed: Getting Help',
      ]),
    );
  });

  it('shows as current the decision agreed latest, whichever was written last', async () => {
    const caseId = await openCase();
    const { records } = localStore();
    const later = await records.create('grouping-decision', caseId, {
      grouping: 'getting-help',
      agreedOn: '2026-01-10',
      reasons: 'Goals for school',
      agreedBy: [{ role: 'young-person' }],
    });
    // Written afterwards (say, synced from another device), but agreed earlier.
    await records.create('grouping-decision', caseId, {
      grouping: 'thriving',
      agreedOn: '2025-12-01',
      reasons: 'Doing well',
      agreedBy: [{ role: 'carer', name: 'Gran' }],
    });
    await records.create('grouping-history-entry', caseId, {
      grouping: 'getting-help',
      from: 'thriving',
      decisionId: later.id,
      agreedOn: '2026-01-10',
      reasons: 'Goals for school',
    });
    await renderPart(caseId, await startSession(caseId));
    const current = within(screen.getByTestId('grouping-current'));
    expect(current.getByText('Getting Help')).toBeInTheDocument();
    expect(current.getByText('Goals for school')).toBeInTheDocument();
    expect(current.getByText('10 Jan 2026')).toBeInTheDocument();
    expect(
      within(screen.getByTestId('grouping-history')).getByText('From Thriving to Getting Help'),
    ).toBeInTheDocument();
  });

  it('keeps what was typed as a draft when the part closes, and puts it back', async () => {
    const user = userEvent.setup();
    const caseId = await openCase();
    const session = await startSession(caseId);
    const part = await renderPart(caseId, session);
    expect(screen.queryByText('We kept what you typed earlier')).not.toBeInTheDocument();

    await user.type(
      view('Family or carers').getByLabelText(/in their own words/),
      'We are worried',
    );
    await user.click(screen.getByRole('radio', { name: 'Getting Risk Support' }));
    await user.type(screen.getByLabelText('Why we agreed this'), 'Not safe at night');
    part.unmount();
    await waitFor(async () =>
      expect(await readDraft(localStore().db, `grouping:${session.id}`)).toMatchObject({
        reasons: 'Not safe at night',
      }),
    );

    await renderPart(caseId, session);
    expect(await screen.findByText('We kept what you typed earlier')).toBeInTheDocument();
    expect(view('Family or carers').getByLabelText(/in their own words/)).toHaveValue(
      'We are worried',
    );
    expect(screen.getByRole('radio', { name: 'Getting Risk Support' })).toBeChecked();
    expect(screen.getByLabelText('Why we agreed this')).toHaveValue('Not safe at night');
    expect(await decisions()).toEqual([]);

    // Saving clears the draft.
    await user.click(screen.getByRole('checkbox', { name: 'The young person' }));
    await user.click(screen.getByRole('button', { name: 'Save the agreed grouping' }));
    expect(await screen.findByText('Saved on this device')).toBeInTheDocument();
    await waitFor(async () =>
      expect(await readDraft(localStore().db, `grouping:${session.id}`)).toBeUndefined(),
    );
    expect(screen.queryByText('We kept what you typed earlier')).not.toBeInTheDocument();
  });
});
