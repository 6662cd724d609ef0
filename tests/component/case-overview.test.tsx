// The case overview as a practitioner sees it, on the real local store (fake-indexeddb):
// the session button, the agreed grouping with everyone's view, the timeline newest first,
// THRIVE's best-practice checklist worded with its evidence, and RESPECT across sessions.
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { localStore } from '../../src/db';
import { formatCalendarDate } from '../../src/ui/format-date';
import { signInAsPractitioner } from './practitioner';
import { renderApp } from './render-app';

const ME = 'user-practitioner-1';

vi.setConfig({ testTimeout: 30_000 });

beforeEach(() => signInAsPractitioner(ME));

const date = (d: string) => formatCalendarDate(d, 'en-GB');
const todayUtc = () => new Date().toISOString().slice(0, 10);

async function openCase(name = 'Sam') {
  return localStore().records.createCase({
    preferredName: name,
    ageBand: '14-15',
    involved: [],
    consentToRecord: true,
    status: 'open',
  });
}

const session = (day: string, status = 'completed') => ({
  date: day,
  attendees: [{ role: 'young-person' }, { role: 'practitioner' }],
  status,
});

const goal = (text: string, extra: Record<string, unknown> = {}) => ({
  text,
  theme: 'general-wellbeing',
  setBy: 'jointly',
  baselineRating: 3,
  status: 'active',
  order: 1,
  ...extra,
});

/** A case part way through help: sessions, a grouping change, a decision, goals, a plan. */
async function caseWithHistory() {
  const { records } = localStore();
  const kase = await openCase();
  await records.create('session', kase.id, session('2026-01-10'));
  await records.create('session', kase.id, session('2026-03-03'));
  await records.create('session', kase.id, session('2026-02-07'));
  const first = await records.create('grouping-decision', kase.id, {
    grouping: 'getting-advice',
    agreedOn: '2026-01-10',
    reasons: 'Some worries at school',
    agreedBy: [{ role: 'young-person' }, { role: 'practitioner' }],
  });
  await records.create('grouping-history-entry', kase.id, {
    grouping: 'getting-advice',
    from: null,
    decisionId: first.id,
    agreedOn: '2026-01-10',
    reasons: 'Some worries at school',
  });
  const second = await records.create('grouping-decision', kase.id, {
    grouping: 'getting-help',
    agreedOn: '2026-02-07',
    reasons: 'Low mood most days since January',
    youngPersonView: 'I want to feel like going out again',
    youngPersonGrouping: 'getting-help',
    familyView: 'We are worried about her sleep',
    agreedBy: [{ role: 'young-person' }, { role: 'practitioner' }],
  });
  await records.create('grouping-history-entry', kase.id, {
    grouping: 'getting-help',
    from: 'getting-advice',
    decisionId: second.id,
    agreedOn: '2026-02-07',
    reasons: 'Low mood most days since January',
  });
  await records.create('goal', kase.id, goal('Go to football on Saturdays'));
  await records.create('goal', kase.id, goal('Sleep before midnight', { order: 2 }));
  await records.create('safety-plan', kase.id, {
    status: 'agreed',
    agreedOn: '2026-02-20',
    reviewBy: '2026-05-20',
    writtenByYoungPerson: [],
  });
  return kase;
}

describe('the case overview', () => {
  it('offers to start a session, or to continue the one in progress', async () => {
    const kase = await openCase();
    await renderApp(`/practitioner/cases/${kase.id}`);
    const start = await screen.findByRole('link', { name: 'Start a session' });
    expect(start).toHaveAttribute('href', `/practitioner/cases/${kase.id}/session`);

    await localStore().records.create('session', kase.id, session('2026-03-03', 'in-progress'));
    const carry = await screen.findByRole('link', { name: 'Continue the session' });
    expect(carry).toHaveAttribute('href', `/practitioner/cases/${kase.id}/session`);
    expect(screen.queryByRole('link', { name: 'Start a session' })).not.toBeInTheDocument();
  });

  it('shows the grouping agreed last, with the reasons and each view', async () => {
    const kase = await caseWithHistory();
    await renderApp(`/practitioner/cases/${kase.id}`);
    const grouping = await screen.findByTestId('current-grouping');
    expect(within(grouping).getByText('Getting Help')).toBeInTheDocument();
    expect(grouping).toHaveTextContent(`Agreed on ${date('2026-02-07')}`);
    expect(within(grouping).getByText('Low mood most days since January')).toBeInTheDocument();
    expect(within(grouping).getByText("Sam's view")).toBeInTheDocument();
    expect(within(grouping).getByText('I want to feel like going out again')).toBeInTheDocument();
    expect(within(grouping).getByText('We are worried about her sleep')).toBeInTheDocument();
    expect(grouping).toHaveTextContent('Would have chosen: Getting Help');
  });

  it('tells the story newest first, with each session linking to its summary', async () => {
    const kase = await caseWithHistory();
    await renderApp(`/practitioner/cases/${kase.id}`);
    const timeline = await screen.findByTestId('timeline');
    const items = within(timeline).getAllByRole('listitem');
    const lines = items.map((li) => [
      li.querySelector('time')?.getAttribute('datetime'),
      li.getAttribute('data-kind'),
    ]);
    const today = todayUtc();
    expect(lines).toEqual([
      [today, 'goal'],
      [today, 'goal'],
      ['2026-03-03', 'session'],
      ['2026-02-20', 'safety-plan'],
      ['2026-02-07', 'grouping'],
      ['2026-02-07', 'session'],
      ['2026-01-10', 'grouping'],
      ['2026-01-10', 'session'],
    ]);
    // The later goal (written second) comes first within the day.
    expect(items[0]).toHaveTextContent('Sleep before midnight');
    expect(items[4]).toHaveTextContent(
      'Grouping changed from Getting Advice and Signposting to Getting Help',
    );
    expect(items[4]).toHaveTextContent('Why: Low mood most days since January');
    expect(items[6]).toHaveTextContent('Grouping agreed: Getting Advice and Signposting');
    expect(items[3]).toHaveTextContent(`Safety plan agreed`);
    expect(items[3]).toHaveTextContent(`Review by ${date('2026-05-20')}`);
    const sessions = await localStore().db.recordTable('session').toArray();
    const march = sessions.find((s) => s.date === '2026-03-03')!;
    expect(
      within(items[2]!).getByRole('link', {
        name: `Summary of the session on ${date('2026-03-03')}`,
      }),
    ).toHaveAttribute('href', `/practitioner/cases/${kase.id}/sessions/${march.id}/summary`);
  });

  it('words the best-practice checklist with its evidence, and links unmet items', async () => {
    const kase = await caseWithHistory();
    await renderApp(`/practitioner/cases/${kase.id}`);
    await screen.findByTestId('best-practice');
    const item = (id: string) => screen.getByTestId(`checklist-${id}`);

    expect(item('state-need')).toHaveTextContent(
      `In the record Yes: Getting Help agreed on ${date('2026-02-07')}, with the reasons.`,
    );
    expect(item('address-need')).toHaveTextContent(
      `Yes: 3 sessions completed since the need was stated, the last on ${date('2026-03-03')}. Are they working on that need?`,
    );
    expect(item('agreed-goals')).toHaveTextContent(`Yes: 2 goals on ${date(todayUtc())}.`);
    // Unmet: worded as a prompt, linking to where it is done.
    expect(item('share-responsibility')).toHaveAttribute('data-met', 'false');
    expect(item('share-responsibility')).toHaveTextContent(
      'Worth a look None of the 2 active goals says what will happen if it is not reached.',
    );
    // It links to the goals part of the session, where the agreement is written.
    expect(
      within(item('share-responsibility')).getByRole('link', { name: 'Set or rate goals' }),
    ).toHaveAttribute('href', expect.stringMatching(/\/session\?part=goals$/));
  });

  it('links an unmet item to the part of the session where it is done', async () => {
    const kase = await openCase('Kit');
    await renderApp(`/practitioner/cases/${kase.id}`);
    const stateNeed = await screen.findByTestId('checklist-state-need');
    expect(stateNeed).toHaveTextContent('Nothing in the record states the need yet');
    expect(
      within(stateNeed).getByRole('link', { name: 'Agree the grouping in a session' }),
    ).toHaveAttribute('href', `/practitioner/cases/${kase.id}/session?part=grouping`);
    expect(screen.getByTestId('checklist-address-need')).toHaveTextContent(
      'Not yet: the need is not stated in the record (question 1).',
    );
    expect(screen.getByText(/^Nothing has been recorded yet/)).toBeInTheDocument();
  });

  it('shows which RESPECT rights were talked about across sessions', async () => {
    const kase = await openCase();
    const { records } = localStore();
    const one = await records.create('session', kase.id, session('2026-01-10'));
    const two = await records.create('session', kase.id, session('2026-02-07'));
    await records.create('respect-item', kase.id, {
      itemId: 'review-options',
      status: 'talked-about',
      sessionId: one.id,
    });
    await records.create('respect-item', kase.id, {
      itemId: 'progress-goals',
      status: 'talked-about',
      sessionId: two.id,
    });
    await records.create('respect-item', kase.id, {
      itemId: 'review-pros-and-cons',
      status: 'not-relevant-today',
      sessionId: two.id,
    });
    await renderApp(`/practitioner/cases/${kase.id}`);
    const coverage = await screen.findByTestId('respect-coverage');
    expect(coverage).toHaveTextContent('2 of 13 rights talked about so far.');
    const review = coverage.querySelector('[data-heading="review"]') as HTMLElement;
    expect(review).toHaveTextContent('Review1 of 2 talked about');
    const options = within(review).getByText('Know what options are available').closest('li')!;
    expect(options).toHaveTextContent(`Talked about, last on ${date(todayUtc())}`);
    const prosAndCons = within(review)
      .getByText('Know the pros and cons of the different options')
      .closest('li')!;
    expect(prosAndCons).toHaveTextContent('Not relevant so far');
    const clarity = coverage.querySelector('[data-heading="clarity"]') as HTMLElement;
    expect(clarity).toHaveTextContent('0 of 2 talked about');
    expect(within(clarity).getAllByText('Not talked about yet')).toHaveLength(2);
  });

  it('says when the case is not on this device', async () => {
    await renderApp('/practitioner/cases/not-a-case');
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1 })).not.toHaveTextContent('Loading'),
    );
    expect(screen.queryByTestId('timeline')).not.toBeInTheDocument();
  });
});
