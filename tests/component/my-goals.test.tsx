// Goals on the young person's and carer's phone (issue #6 items 2–3), on the real local
// store (fake-indexeddb): My goals with the plain-words summary; rating a goal; a missing
// number shows the error summary and keeps the words; putting a mistake right adds a
// correcting rating and the wrong one stops counting; a carer rates only their own goals.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../src/app/i18n';
import { localStore, setActor } from '../../src/db';
import { uuidv7, type AnyRecord } from '../../src/domain';
import { MyGoals } from '../../src/features/my-plan/goals/MyGoals';
import { openCase, signInAs } from './practitioner';

vi.setConfig({ testTimeout: 30_000 });

const SAM = uuidv7();
const CARER = uuidv7();
const PRACTITIONER = uuidv7();

const ratings = () => localStore().db.recordTable('goal-rating').toArray();

function addGoal(caseId: string, data: Record<string, unknown>): Promise<AnyRecord> {
  return localStore().records.create('goal', caseId, {
    text: 'Go back to school',
    theme: 'impact-on-life',
    setBy: 'young-person',
    baselineRating: 2,
    status: 'active',
    order: 1,
    ...data,
  });
}

function addRating(
  caseId: string,
  goalId: string,
  rating: number,
  ratedOn: string,
  data: Record<string, unknown> = {},
): Promise<AnyRecord> {
  return localStore().records.create('goal-rating', caseId, {
    goalId,
    rating,
    ratedOn,
    ratedBy: 'young-person',
    ...data,
  });
}

/**
 * My goals (My plan mounts it) and the rate page, in a memory router with the real words.
 * The routes are our own rather than the app's, so this test does not depend on other
 * features' route modules; routes.tsx registers /my-plan/goals/:goalId the same way.
 */
async function renderGoals(caseId: string, path = '/my-plan') {
  const i18n = await initI18n('en-GB');
  await i18n.changeLanguage('en-GB');
  const router = createMemoryRouter(
    [
      {
        path: '/my-plan',
        element: (
          <Suspense fallback={null}>
            <MyGoals caseId={caseId} />
          </Suspense>
        ),
      },
      {
        path: '/my-plan/goals/:goalId',
        lazy: () => import('../../src/features/my-plan/goals/rate.route'),
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

/** Choose a number on the 0–10 scale (each radio is named by its number). */
async function choose(user: ReturnType<typeof userEvent.setup>, value: number) {
  const group = screen.getByRole('group', { name: /How close (am I|are we) to reaching/ });
  await user.click(within(group).getByRole('radio', { name: new RegExp(`^${value}\\b`) }));
}

describe('My goals on the young person’s phone', () => {
  beforeEach(() => signInAs(SAM, ['young-person'], 'Sam'));

  it('lists active goals with the plain-words summary and the others with their status', async () => {
    const user = userEvent.setup();
    const sam = await openCase();
    const school = await addGoal(sam.id, { carerText: 'Sam back at school full time' });
    await addGoal(sam.id, { text: 'Sleep better', baselineRating: 3, order: 2 });
    await addGoal(sam.id, { text: 'See friends', status: 'paused', order: 3 });
    await addRating(sam.id, school.id, 4, '2026-11-10T17:00:00.000+00:00');
    await addRating(sam.id, school.id, 6, '2026-11-24T17:00:00.000+00:00');
    const view = await renderGoals(sam.id);

    const cards = await screen.findAllByTestId('my-goal');
    expect(cards).toHaveLength(2);
    expect(cards[0]).toHaveTextContent('Go back to school');
    expect(cards[0]).toHaveTextContent(
      'Your parent or carer put it like this: Sam back at school full time',
    );
    expect(within(cards[0]!).getByTestId('my-goal-summary')).toHaveTextContent(
      "You've moved from 2 to 6 on “Go back to school”. That's a big step.",
    );
    expect(within(cards[0]!).getByTestId('my-goal-latest')).toHaveTextContent(
      'Your last number was 6, on 24 Nov 2026.',
    );
    expect(within(cards[1]!).getByTestId('my-goal-summary')).toHaveTextContent(
      "You haven't rated this yet: you started at 3.",
    );
    expect(screen.getByTestId('my-goals-other')).toHaveTextContent('See friends (on hold for now)');

    await user.click(within(cards[0]!).getByRole('link', { name: 'Rate now: Go back to school' }));
    await screen.findByRole('heading', { level: 1, name: 'How close are you to your goal?' });
    expect(view.router.state.location.pathname).toBe(`/my-plan/goals/${school.id}`);
  });

  it('saves a rating by the young person and shows the new summary', async () => {
    const user = userEvent.setup();
    const sam = await openCase();
    const school = await addGoal(sam.id, {});
    await renderGoals(sam.id, `/my-plan/goals/${school.id}`);

    expect(await screen.findByTestId('goal-summary')).toHaveTextContent(
      "You haven't rated this yet: you started at 2.",
    );
    expect(screen.getByRole('radio', { name: '0 Not at all' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '10 Reached it' })).toBeInTheDocument();
    await choose(user, 5);
    await user.type(
      screen.getByLabelText('A few words about it (if you want)'),
      'Went in on Monday',
    );
    await user.click(screen.getByRole('button', { name: 'Save my rating' }));

    const saved = await screen.findByTestId('goal-rating-saved');
    expect(within(saved).getByRole('heading', { name: 'Saved' })).toHaveFocus();
    expect(within(saved).getByTestId('goal-summary')).toHaveTextContent(
      "You've moved from 2 to 5 on “Go back to school”. That's a big step.",
    );
    expect(within(saved).getByRole('link', { name: 'Back to My plan' })).toHaveAttribute(
      'href',
      '/my-plan',
    );
    const stored = await ratings();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      caseId: sam.id,
      goalId: school.id,
      rating: 5,
      ratedBy: 'young-person',
      comment: 'Went in on Monday',
      createdBy: SAM,
    });
    expect(stored[0]!['correctsRatingId']).toBeUndefined();
    expect(await screen.findAllByTestId('goal-history-item')).toHaveLength(1);
    expect(screen.getByTestId('goal-history')).toHaveTextContent('5 out of 10, by you');
  });

  it('asks for a number when none is chosen and keeps the words', async () => {
    const user = userEvent.setup();
    const sam = await openCase();
    const school = await addGoal(sam.id, {});
    await renderGoals(sam.id, `/my-plan/goals/${school.id}`);

    const words = await screen.findByLabelText('A few words about it (if you want)');
    await user.type(words, 'Hard week');
    await user.click(screen.getByRole('button', { name: 'Save my rating' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('There is a problem');
    expect(
      within(summary).getByRole('link', { name: 'Choose a number from 0 to 10' }),
    ).toHaveAttribute('href', '#goal-rating-0');
    expect(screen.getByLabelText('A few words about it (if you want)')).toHaveValue('Hard week');
    expect(await ratings()).toHaveLength(0);

    await choose(user, 3);
    await user.click(screen.getByRole('button', { name: 'Save my rating' }));
    await screen.findByTestId('goal-rating-saved');
    expect((await ratings())[0]).toMatchObject({ rating: 3, comment: 'Hard week' });
  });

  it('puts a mistake right with a new rating, and the wrong one stops counting', async () => {
    const user = userEvent.setup();
    const sam = await openCase();
    const school = await addGoal(sam.id, {});
    await addRating(sam.id, school.id, 4, '2026-11-10T17:00:00.000+00:00');
    const wrong = await addRating(sam.id, school.id, 9, '2026-11-24T17:00:00.000+00:00', {
      comment: 'Great day',
    });
    const view = await renderGoals(sam.id, `/my-plan/goals/${school.id}`);

    expect(await screen.findByTestId('goal-summary')).toHaveTextContent("You've moved from 2 to 9");
    const items = screen.getAllByTestId('goal-history-item');
    expect(items[0]).toHaveTextContent('9 out of 10, by you');
    await user.click(
      within(items[0]!).getByRole('link', { name: /^That was a mistake: 9 on 24 Nov 2026/ }),
    );
    expect(await screen.findByTestId('goal-correcting')).toHaveTextContent(
      'You chose 9 on 24 Nov 2026.',
    );
    expect(view.router.state.location.search).toBe(`?corrects=${wrong.id}`);
    // Filled in with the wrong one: the same again is not a correction.
    expect(screen.getByRole('radio', { name: '9' })).toBeChecked();
    expect(screen.getByLabelText('A few words about it (if you want)')).toHaveValue('Great day');
    await user.click(screen.getByRole('button', { name: 'Save the right number' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Choose the number you meant, or change your words',
    );
    expect(await ratings()).toHaveLength(2);

    await choose(user, 5);
    await user.click(screen.getByRole('button', { name: 'Save the right number' }));
    const saved = await screen.findByTestId('goal-rating-saved');
    expect(within(saved).getByRole('heading', { name: 'Put right' })).toBeInTheDocument();
    expect(within(saved).getByTestId('goal-summary')).toHaveTextContent(
      "You've moved from 2 to 5 on “Go back to school”.",
    );

    const stored = await ratings();
    expect(stored).toHaveLength(3);
    const correction = stored.find((r) => r['correctsRatingId'] === wrong.id);
    expect(correction).toMatchObject({
      rating: 5,
      ratedBy: 'young-person',
      ratedOn: wrong['ratedOn'],
      comment: 'Great day',
      createdBy: SAM,
    });
    // Nothing is deleted or edited: the wrong one is still there, marked as a mistake.
    expect(stored.find((r) => r.id === wrong.id)).toMatchObject({ rating: 9, deleted: false });
    const history = await screen.findAllByTestId('goal-history-item');
    const wrongItem = history.find((h) => h.textContent?.includes('9 out of 10'));
    expect(wrongItem).toHaveTextContent('Marked as a mistake');
    expect(within(wrongItem!).queryByRole('link', { name: /That was a mistake/ })).toBeNull();
    const fixed = history.find((h) => h.textContent?.includes('5 out of 10'));
    expect(fixed).toHaveTextContent('This puts a mistake right.');
  });

  it('takes a rating made twice by mistake away, with no new number', async () => {
    const user = userEvent.setup();
    const sam = await openCase();
    const school = await addGoal(sam.id, {});
    await addRating(sam.id, school.id, 4, '2026-11-10T17:00:00.000+00:00');
    const twice = await addRating(sam.id, school.id, 9, '2026-11-10T17:01:00.000+00:00');
    await renderGoals(sam.id, `/my-plan/goals/${school.id}?corrects=${twice.id}`);

    expect(await screen.findByTestId('goal-correcting')).toHaveTextContent('You chose 9');
    await user.click(screen.getByRole('button', { name: 'Take this rating away' }));
    const saved = await screen.findByTestId('goal-rating-saved');
    // Only the first rating counts now: 2 (baseline) to 4.
    expect(within(saved).getByTestId('goal-summary')).toHaveTextContent("You've moved from 2 to 4");
    const stored = await ratings();
    expect(stored).toHaveLength(3);
    const removal = stored.find((r) => r['correctsRatingId'] === twice.id);
    expect(removal).toMatchObject({ ratedBy: 'young-person', ratedOn: twice['ratedOn'] });
    expect(removal).not.toHaveProperty('rating');
    const history = await screen.findAllByTestId('goal-history-item');
    expect(history.find((h) => h.textContent?.includes('9 out of 10'))).toHaveTextContent(
      'Marked as a mistake',
    );
    const removed = history.find((h) => h.textContent?.includes('Took away a rating'));
    expect(removed).toHaveTextContent('Took away a rating made by mistake, by you');
    // A removal is not itself offered for correcting.
    expect(within(removed!).queryByRole('link', { name: /That was a mistake/ })).toBeNull();
  });
});

describe('Goals on a carer’s phone', () => {
  beforeEach(() => signInAs(CARER, ['carer'], 'Alex'));

  it('offers rating only on goals the carer set, and saves it as the carer’s', async () => {
    const user = userEvent.setup();
    setActor(PRACTITIONER);
    const sam = await openCase();
    const theirs = await addGoal(sam.id, { text: 'Go back to school', setBy: 'young-person' });
    const mine = await addGoal(sam.id, {
      text: 'Fewer arguments at home',
      setBy: 'carer',
      baselineRating: 3,
      order: 2,
    });
    await addRating(sam.id, theirs.id, 5, '2026-11-24T17:00:00.000+00:00');
    setActor(CARER);
    await renderGoals(sam.id);

    const cards = await screen.findAllByTestId('my-goal');
    expect(cards).toHaveLength(2);
    expect(within(cards[0]!).queryByRole('link', { name: /Rate now/ })).toBeNull();
    // The young person's goal is spoken of by name: these are Sam's ratings, not Alex's.
    expect(within(cards[0]!).getByTestId('my-goal-summary')).toHaveTextContent(
      "Sam has moved from 2 to 5 on “Go back to school”. That's a big step.",
    );
    expect(within(cards[1]!).getByTestId('my-goal-summary')).toHaveTextContent(
      "You haven't rated this yet: you started at 3.",
    );
    expect(
      within(cards[1]!).getByRole('link', { name: 'Rate now: Fewer arguments at home' }),
    ).toHaveAttribute('href', `/my-plan/goals/${mine.id}`);

    await user.click(within(cards[1]!).getByRole('link', { name: /Rate now/ }));
    await screen.findByRole('group', { name: /How close are we to reaching this goal\?/ });
    await choose(user, 6);
    await user.click(screen.getByRole('button', { name: 'Save my rating' }));
    await screen.findByTestId('goal-rating-saved');
    expect((await ratings()).find((r) => r['goalId'] === mine.id)).toMatchObject({
      rating: 6,
      ratedBy: 'carer',
      createdBy: CARER,
    });

    // The young person's goal cannot be rated by the carer, even by its address.
    const other = await renderGoals(sam.id, `/my-plan/goals/${theirs.id}`);
    expect(await within(other.container).findByTestId('goal-not-yours')).toHaveTextContent(
      'You can rate the goals you set.',
    );
    expect(within(other.container).queryByTestId('goal-rating-form')).toBeNull();
  });
});
