// The service view of outcomes (issue #6 item 6) on the real local store (fake-indexeddb):
// the practitioner reaches "Outcomes of my cases" from the caseload and sees goal progress
// by the current grouping, with counts beside every percentage and the meaning of
// reliable change; the empty state; the admin page's figures from the server (fetch
// stubbed: component tests have no server), its refusal and its offline notice.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { localStore, readOutcomeInputs, readOutcomeSummaries } from '../../src/db';
import { uuidv7 } from '../../src/domain';
import { serviceOutcomes, tallyOutcomes } from '../../src/domain/service-outcomes';
import { openCase, signInAs, signInAsPractitioner } from './practitioner';
import { renderApp } from './render-app';

vi.setConfig({ testTimeout: 30_000 });

const ME = uuidv7();
const ADMIN = uuidv7();

const create = (kind: string, caseId: string, data: Record<string, unknown>) =>
  localStore().records.create(kind as never, caseId, data);

function decide(caseId: string, grouping: string, agreedOn: string) {
  return create('grouping-decision', caseId, {
    grouping,
    agreedOn,
    reasons: 'Agreed together',
    agreedBy: [{ role: 'practitioner' }],
  });
}

async function goal(caseId: string, baselineRating: number, ratings: number[] = []) {
  const record = await create('goal', caseId, {
    text: 'Sleep better',
    theme: 'general-wellbeing',
    setBy: 'young-person',
    baselineRating,
    status: 'active',
    order: 1,
  });
  for (const [i, rating] of ratings.entries()) {
    await create('goal-rating', caseId, {
      goalId: record.id,
      rating,
      ratedOn: `2026-11-${String(10 + i).padStart(2, '0')}T09:00:00.000Z`,
      ratedBy: 'young-person',
    });
  }
  return record;
}

function setOnline(online: boolean) {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
  window.dispatchEvent(new Event(online ? 'online' : 'offline'));
}

/** The text of each cell of a figures row, by its test id. */
const rowText = (group: string) =>
  within(screen.getByTestId(`outcomes-row-${group}`))
    .getAllByRole('cell')
    .map((c) => c.textContent);

describe('outcomes of my cases', () => {
  beforeEach(() => signInAsPractitioner(ME));

  it('shows goal progress by current grouping, reached from the caseload', async () => {
    const user = userEvent.setup();
    // Sam: was Getting Help, now Getting More Help. +4 improvement, -3 deterioration,
    // +1 no change, one goal never rated.
    const sam = await openCase({ preferredName: 'Sam' });
    await decide(sam.id, 'getting-help', '2026-09-01');
    await decide(sam.id, 'getting-more-help', '2026-10-01');
    await goal(sam.id, 2, [3, 6]);
    await goal(sam.id, 8, [5]);
    await goal(sam.id, 4, [5]);
    await goal(sam.id, 3);
    // Alex: no grouping agreed yet; one goal up 3.
    const alex = await openCase({ preferredName: 'Alex' });
    await goal(alex.id, 1, [4]);

    const view = await renderApp('/practitioner');
    await user.click(
      await screen.findByRole('link', { name: 'Outcomes of my cases (goal progress)' }),
    );
    await screen.findByRole('heading', { level: 1, name: /Outcomes of my cases/ });
    expect(view.router.state.location.pathname).toBe('/practitioner/outcomes');
    await screen.findByTestId('outcomes-table');

    expect(screen.getByTestId('outcomes-summary')).toHaveTextContent(
      '4 of 5 goals have been rated since they were set.',
    );
    // Goals, rated, improvement, no change, deterioration: counts with shares of rated.
    expect(rowText('getting-more-help')).toEqual(['4', '3', '1 (33%)', '1 (33%)', '1 (33%)']);
    expect(rowText('getting-help')).toEqual(['0', '0', '0', '0', '0']);
    expect(rowText('none')).toEqual(['1', '1', '1 (100%)', '0 (0%)', '0 (0%)']);
    const total = within(screen.getByTestId('outcomes-total'));
    expect(total.getByRole('rowheader')).toHaveTextContent('All cases');
    expect(total.getAllByRole('cell').map((c) => c.textContent)).toEqual([
      '5',
      '4',
      '2 (50%)',
      '1 (25%)',
      '1 (25%)',
    ]);
    expect(screen.getByRole('columnheader', { name: 'Reliable improvement' })).toBeVisible();
    // Plain words: the threshold, its source, and where the figures come from.
    const explained = screen.getByTestId('reliable-change-explained');
    expect(explained).toHaveTextContent('A change of 2.45 points or more');
    expect(explained).toHaveTextContent('Edbrooke-Childs');
    expect(screen.getByTestId('outcomes-source')).toHaveTextContent('synced to this device');
    await waitFor(() => expect(document.title).toBe('Outcomes of my cases – OurPlan'));
  });

  it('leaves out deleted goals and the goals of deleted cases', async () => {
    const sam = await openCase();
    const kept = await goal(sam.id, 2, [6]);
    const gone = await goal(sam.id, 2, [9]);
    await localStore().records.remove('goal', gone.id);
    const closed = await openCase({ preferredName: 'Gone' });
    await goal(closed.id, 2, [9]);
    await localStore().records.remove('case', closed.id);

    const input = await readOutcomeInputs(localStore().db);
    const figures = serviceOutcomes(input);
    expect(figures.total).toMatchObject({ goals: 1, rated: 1, reliableImprovement: 1 });
    expect(input.goals.map((g) => g.id)).toContain(kept.id);
    // What the screen reads (one summary row per goal) gives the same figures.
    const summaries = await readOutcomeSummaries(localStore().db);
    expect(tallyOutcomes(summaries.goals, summaries.groupingByCase)).toEqual(figures);
  });

  it('says so when there are no goals yet', async () => {
    await openCase();
    await renderApp('/practitioner/outcomes');
    expect(await screen.findByTestId('outcomes-empty')).toHaveTextContent(
      'There are no goals on this device yet.',
    );
    expect(screen.queryByTestId('outcomes-table')).not.toBeInTheDocument();
    expect(screen.getByTestId('reliable-change-explained')).toBeVisible();
  });
});

describe('outcomes across the service (admins)', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    setOnline(true);
  });

  const counts = (goals: number, rated: number, up: number, same: number, down: number) => ({
    goals,
    rated,
    reliableImprovement: up,
    noReliableChange: same,
    reliableDeterioration: down,
    shares: {
      reliableImprovement: rated ? up / rated : null,
      noReliableChange: rated ? same / rated : null,
      reliableDeterioration: rated ? down / rated : null,
    },
  });

  it('shows the figures the server worked out, reached from the admin page', async () => {
    await signInAs(ADMIN, ['admin'], 'Ada Admin');
    const fetch = vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
      const url = String(input);
      if (url === '/api/admin/outcomes') {
        return Response.json({
          outcomes: {
            byGroup: {
              thriving: counts(0, 0, 0, 0, 0),
              'getting-advice': counts(2, 1, 0, 1, 0),
              'getting-help': counts(10, 8, 4, 3, 1),
              'getting-more-help': counts(0, 0, 0, 0, 0),
              'getting-risk-support': counts(0, 0, 0, 0, 0),
              none: counts(0, 0, 0, 0, 0),
            },
            total: counts(12, 9, 4, 4, 1),
          },
          computedAt: '2026-12-02T09:30:00.000Z',
        });
      }
      return Response.json({ users: [] });
    });
    const user = userEvent.setup();
    await renderApp('/admin');
    await user.click(await screen.findByTestId('outcomes-link'));
    await screen.findByRole('heading', { level: 1, name: /Outcomes across the service/ });
    await screen.findByTestId('outcomes-table');
    expect(fetch).toHaveBeenCalledWith('/api/admin/outcomes', expect.anything());
    expect(rowText('getting-help')).toEqual(['10', '8', '4 (50%)', '3 (38%)', '1 (13%)']);
    expect(screen.queryByTestId('outcomes-row-none')).not.toBeInTheDocument();
    expect(screen.getByTestId('outcomes-source')).toHaveTextContent('Worked out by the server');
  });

  it('tells a practitioner it is for administrators, and asks nothing of the server', async () => {
    await signInAsPractitioner(ME);
    const fetch = vi.spyOn(globalThis, 'fetch');
    await renderApp('/admin/outcomes');
    expect(await screen.findByTestId('outcomes-not-admin')).toBeVisible();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('says plainly when offline', async () => {
    await signInAs(ADMIN, ['admin'], 'Ada Admin');
    setOnline(false);
    vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('Failed to fetch'));
    await renderApp('/admin/outcomes');
    expect(await screen.findByTestId('outcomes-offline')).toHaveTextContent(
      'Connect to the internet to see them.',
    );
    expect(screen.queryByTestId('outcomes-table')).not.toBeInTheDocument();
  });
});
