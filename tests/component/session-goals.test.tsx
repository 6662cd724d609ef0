// The session part "Goals" and a goal's page on the real local store (fake-indexeddb),
// the real routes and words: adding a goal (problems shown, typed words kept), rating it
// in the session, ending it only with a reason, reviewing with the agreement shown for a
// goal that is not moving, and the goal's chart with its table and plain summary.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { localStore } from '../../src/db';
import { uuidv7, type GoalRecord, type SessionRecord } from '../../src/domain';
import { todayOnDevice } from '../../src/ui/format-date';
import { openCase, signInAsPractitioner } from './practitioner';
import { renderApp } from './render-app';

vi.setConfig({ testTimeout: 45_000 });

beforeEach(() => signInAsPractitioner(uuidv7()));

async function session(caseId: string): Promise<SessionRecord> {
  return (await localStore().records.create('session', caseId, {
    date: todayOnDevice(),
    attendees: [{ role: 'young-person' }, { role: 'practitioner' }],
    status: 'in-progress',
  })) as unknown as SessionRecord;
}

const goals = async () =>
  (await localStore().db.recordTable('goal').toArray()) as unknown as GoalRecord[];

describe('goals in a session', () => {
  it('adds a goal in the young person’s words, after showing what is missing', async () => {
    const kase = await openCase();
    const s = await session(kase.id);
    const user = userEvent.setup();
    await renderApp(`/practitioner/cases/${kase.id}/sessions/${s.id}/goals`);
    const text = await screen.findByLabelText("The goal, in the young person's own words");
    await user.type(text, 'Go back to school for whole days');
    await user.click(screen.getByRole('button', { name: 'Add the goal' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByText('Choose what kind of goal it is')).toBeTruthy();
    expect(within(summary).getByText('Choose who set the goal')).toBeTruthy();
    expect(
      within(summary).getByText('Choose a number from 0 to 10 for where they start'),
    ).toBeTruthy();
    expect((text as HTMLTextAreaElement).value).toBe('Go back to school for whole days');
    expect(await goals()).toEqual([]);

    await user.click(screen.getByRole('radio', { name: 'Doing the things I want to do' }));
    // The questionnaires THRIVE suggests for this kind of goal appear.
    expect(await screen.findByTestId('suggested-measures')).toHaveTextContent('School attendance');
    await user.click(screen.getByRole('radio', { name: 'The young person' }));
    await user.click(screen.getByRole('radio', { name: '2' }));
    await user.type(
      screen.getByLabelText('What will happen if it is not being reached?'),
      'Talk with school about a shorter timetable',
    );
    await user.click(screen.getByRole('button', { name: 'Add the goal' }));
    await screen.findByText('Goal added');
    const [goal] = await goals();
    expect(goal).toMatchObject({
      caseId: kase.id,
      text: 'Go back to school for whole days',
      theme: 'impact-on-life',
      setBy: 'young-person',
      baselineRating: 2,
      status: 'active',
      ifNotReached: 'Talk with school about a shorter timetable',
    });
    expect(await screen.findByTestId('session-goal')).toHaveTextContent(
      'Started at 2 out of 10. Not rated since.',
    );
  });

  it('rates a goal in the session, and shows a reliable change', async () => {
    const kase = await openCase();
    const s = await session(kase.id);
    await localStore().records.create('goal', kase.id, {
      text: 'Sleep before midnight',
      theme: 'impact-on-life',
      setBy: 'young-person',
      baselineRating: 2,
      status: 'active',
      order: 1,
    });
    const user = userEvent.setup();
    await renderApp(`/practitioner/cases/${kase.id}/sessions/${s.id}/goals`);
    const card = await screen.findByTestId('session-goal');
    await user.click(within(card).getByText('Rate this goal now'));
    await user.click(within(card).getByRole('radio', { name: '6' }));
    await user.click(within(card).getByRole('button', { name: 'Save the rating' }));
    await waitFor(() =>
      expect(within(card).getByTestId('goal-progress')).toHaveTextContent(
        '+4: a reliable improvement',
      ),
    );
    const [rating] = await localStore().db.recordTable('goal-rating').toArray();
    expect(rating).toMatchObject({ rating: 6, ratedBy: 'young-person' });
  });

  it('ends a goal only with a reason, and reviews with what was agreed at the start', async () => {
    const kase = await openCase();
    const s = await session(kase.id);
    await localStore().records.create('goal', kase.id, {
      text: 'Feel calmer in the mornings',
      theme: 'symptom-change',
      setBy: 'jointly',
      baselineRating: 3,
      ifNotReached: 'Try a different kind of help',
      status: 'active',
      order: 1,
    });
    const user = userEvent.setup();
    await renderApp(`/practitioner/cases/${kase.id}/sessions/${s.id}/goals`);
    await screen.findByTestId('session-goal');
    expect(screen.getByTestId('goals-not-moving')).toHaveTextContent(
      'What we agreed at the start: Try a different kind of help',
    );
    await user.click(screen.getByRole('button', { name: 'Save the review' }));
    expect(await screen.findAllByText('Choose what you decided')).not.toHaveLength(0);
    await user.click(screen.getByRole('radio', { name: 'Change the approach' }));
    await user.click(screen.getByRole('button', { name: 'Save the review' }));
    await screen.findByText('Review saved');
    const saved = await localStore().db.recordTable('session').get(s.id);
    expect(saved?.['goalsReview']).toEqual({ outcome: 'change-approach' });

    await user.click(screen.getByRole('button', { name: 'End this goal' }));
    await user.click(screen.getByRole('button', { name: 'End the goal' }));
    expect(await screen.findByText('Enter why this goal is ending')).toBeTruthy();
    await user.type(screen.getByLabelText('Why is this goal ending?'), 'Mornings are fine now');
    await user.click(screen.getByRole('button', { name: 'End the goal' }));
    await waitFor(async () =>
      expect((await goals())[0]).toMatchObject({
        status: 'ended',
        endReason: 'Mornings are fine now',
      }),
    );
  });
});

describe("a goal's page", () => {
  it('charts the ratings that count, with a table and the plain summary', async () => {
    const kase = await openCase({ preferredName: 'Sam' });
    const goal = await localStore().records.create('goal', kase.id, {
      text: 'Go back to school',
      theme: 'impact-on-life',
      setBy: 'young-person',
      baselineRating: 2,
      status: 'active',
      order: 1,
    });
    const rate = (rating: number, day: string, extra: Record<string, unknown> = {}) =>
      localStore().records.create('goal-rating', kase.id, {
        goalId: goal.id,
        rating,
        ratedOn: `2026-11-${day}T10:00:00.000Z`,
        ratedBy: 'young-person',
        ...extra,
      });
    await rate(4, '02');
    const wrong = await rate(9, '09');
    await rate(6, '09', { correctsRatingId: wrong.id });
    await renderApp(`/practitioner/cases/${kase.id}/goals/${goal.id}`);
    const summary = await screen.findByTestId('goal-summary');
    expect(summary).toHaveTextContent('Sam has moved from 2 to 6 on “Go back to school”.');
    expect(summary).toHaveTextContent('A change of 4 points: a reliable change.');
    const chart = screen.getByTestId('progress-chart');
    // The corrected 9 is not drawn; the two ratings that count are.
    expect(chart.querySelectorAll('[data-point]').length).toBe(2);
    expect(within(chart).getByRole('table')).toHaveTextContent('6');
    expect(screen.getByTestId('rating-history')).toHaveTextContent('Corrected: a mistake');
  });
});
