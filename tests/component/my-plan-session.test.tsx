// The young person's plan shows what the last session agreed, in their words: what we
// talked about, who does what next, and what happens if things don't get better.
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { localStore } from '../../src/db';
import { uuidv7 } from '../../src/domain';
import { openCase, signInAs } from './practitioner';
import { renderApp } from './render-app';

const SAM = uuidv7();

vi.setConfig({ testTimeout: 30_000 });

beforeEach(() => signInAs(SAM, ['young-person'], 'Sam'));

describe('my plan: the last session', () => {
  it('shows the latest finished session’s plain words, next steps and what if not better', async () => {
    const sam = await openCase({ preferredName: 'Sam' });
    const { records } = localStore();
    await records.create('session', sam.id, {
      date: '2026-10-01',
      attendees: [],
      status: 'completed',
      plainWordsSummary: 'An older session',
    });
    await records.create('session', sam.id, {
      date: '2026-11-01',
      attendees: [],
      status: 'completed',
      plainWordsSummary: 'We talked about mornings.',
      actions: [
        { what: 'Try the breathing plan', who: 'Sam' },
        { what: 'Ask school about a quiet start', who: 'Mum', by: '2026-11-15' },
      ],
      outcome: {
        successLooksLike: 'School most days',
        likelihood: 'likely',
        byWhen: '2027-01-31',
        ifNotBetter: 'We will look again together.',
      },
    });
    // A session still in progress is not shared yet.
    await records.create('session', sam.id, {
      date: '2026-11-20',
      attendees: [],
      status: 'in-progress',
      plainWordsSummary: 'Not finished',
    });
    await renderApp('/my-plan');

    const last = await screen.findByTestId('my-plan-last-session');
    expect(
      within(last).getByRole('heading', { name: 'Our last meeting, 1 Nov 2026' }),
    ).toBeVisible();
    expect(within(last).getByText('We talked about mornings.')).toBeVisible();
    expect(
      within(last)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Sam: Try the breathing plan',
      'Mum: Ask school about a quiet start, by 15 Nov 2026',
    ]);
    expect(within(last).getByText('We will look again together.')).toBeVisible();
    expect(screen.queryByText('Not finished')).not.toBeInTheDocument();
    expect(screen.queryByText('An older session')).not.toBeInTheDocument();
  });

  it('shows nothing about sessions when none has anything for the young person', async () => {
    const sam = await openCase({ preferredName: 'Sam' });
    await localStore().records.create('session', sam.id, {
      date: '2026-11-01',
      attendees: [],
      status: 'completed',
    });
    await renderApp('/my-plan');
    await screen.findByTestId('my-plan-review');
    expect(screen.queryByTestId('my-plan-last-session')).not.toBeInTheDocument();
  });
});
