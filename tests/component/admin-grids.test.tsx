// Authoring option grids as an administrator meets it in jsdom (issue #5 item 6): creating
// a grid through the editor (its error summary keeps what was typed), editing it into
// version 2 while version 1 stays as it was, retiring it, and overdue reviews flagged.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { forgetAccount, localStore, saveAccount } from '../../src/db';
import type { KindRecord, OptionGridData } from '../../src/domain';
import { renderApp } from './render-app';

vi.setConfig({ testTimeout: 60_000 });

async function signInAs(roles: string[]) {
  await saveAccount(localStore().db, {
    userId: 'user-1',
    organisationId: 'org-1',
    displayName: 'Priya Shah',
    roles,
    signedInAt: new Date().toISOString(),
  });
}

async function storedGrids() {
  const rows = (await localStore()
    .db.recordTable('option-grid')
    .toArray()) as KindRecord<'option-grid'>[];
  return rows.filter((r) => r.slug === 'sleep-problems').sort((a, b) => a.version - b.version);
}

afterEach(async () => {
  await forgetAccount(localStore().db);
});

describe('option grids for administrators', () => {
  it('tells someone who is not an administrator that it needs one', async () => {
    await signInAs(['practitioner']);
    await renderApp('/admin/option-grids/new');
    expect(await screen.findByTestId('not-admin')).toBeVisible();
    expect(screen.queryByTestId('grid-editor')).not.toBeInTheDocument();
  });

  it('links to the grids from the admin page', async () => {
    await signInAs(['admin']);
    await renderApp('/admin');
    expect(await screen.findByRole('link', { name: 'Manage option grids' })).toHaveAttribute(
      'href',
      '/admin/option-grids',
    );
  });

  it('creates a grid, edits it into version 2, and retires it, never rewriting a version', async () => {
    const user = userEvent.setup();
    await signInAs(['admin']);
    await renderApp('/admin/option-grids');
    await screen.findByRole('heading', { level: 1, name: 'Option grids' });
    await user.click(await screen.findByRole('link', { name: 'Create a grid' }));
    await screen.findByRole('heading', { level: 1, name: 'Create an option grid' });

    await user.type(await screen.findByLabelText('Topic'), 'Sleep problems');
    await user.type(screen.getByLabelText('Youngest age (years)'), '12');
    await user.type(screen.getByLabelText('Oldest age (years)'), '17');
    await user.click(screen.getByLabelText('Getting Help'));
    await user.type(screen.getByLabelText('Authors'), 'Sleep team');
    await user.type(screen.getByLabelText('Name of option 1'), 'Sleep diary');
    await user.type(screen.getByLabelText('Name of option 2'), 'Melatonin');
    await user.type(screen.getByLabelText('Question 1'), 'What is it?');
    const answers = screen.getByRole('group', { name: 'What is it?' });
    await user.type(within(answers).getByLabelText('Answer for Sleep diary'), 'Writing it down');
    // The answer for Melatonin is left empty.
    await user.type(screen.getByLabelText('Title of source 1'), 'Sleep guideline');
    await user.type(screen.getByLabelText('Publisher'), 'NICE');
    fireEvent.change(screen.getByLabelText('Review by'), { target: { value: '2099-01-01' } });

    await user.click(screen.getByRole('button', { name: 'Save grid' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('There is a problem');
    const link = within(summary).getByRole('link', {
      name: 'Question 1, option 2: Enter an answer, or mark it as not known',
    });
    expect(link).toHaveAttribute('href', '#grid-cells-q0-o1-answer');
    expect(within(answers).getByLabelText('Answer for Melatonin')).toHaveAccessibleDescription(
      /Error:\s*Enter an answer, or mark it as not known/,
    );
    // Nothing typed is lost.
    expect(screen.getByLabelText('Topic')).toHaveValue('Sleep problems');
    expect(within(answers).getByLabelText('Answer for Sleep diary')).toHaveValue('Writing it down');
    expect(await storedGrids()).toEqual([]);

    await user.click(within(answers).getByLabelText('Not known for Melatonin'));
    await user.click(screen.getByRole('button', { name: 'Save grid' }));
    expect(await screen.findByTestId('grid-saved')).toHaveTextContent(
      'Version 1 of the grid is saved.',
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Sleep problems');
    const table = screen.getByTestId('grid-table');
    expect(table).toHaveTextContent('Writing it down');
    expect(table).toHaveTextContent('Not known');
    const [v1] = await storedGrids();
    expect(v1).toMatchObject({
      version: 1,
      slug: 'sleep-problems',
      status: 'published',
      sources: [{ id: 'sleep-guideline', title: 'Sleep guideline', publisher: 'NICE' }],
    });
    const v1AsSaved = structuredClone(v1);

    await user.click(screen.getByRole('link', { name: 'Back to option grids' }));
    const row = await screen.findByTestId('grid-row-sleep-problems');
    expect(row).toHaveTextContent('Sleep problems');
    expect(row).toHaveTextContent('Published');
    expect(row).toHaveTextContent('Your service');
    expect(within(row).queryByText('Review overdue')).not.toBeInTheDocument();

    // Edit: version 2, pre-filled, slug fixed.
    await user.click(within(row).getByRole('link', { name: 'Sleep problems' }));
    await user.click(await screen.findByRole('link', { name: 'Edit (makes version 2)' }));
    await screen.findByRole('heading', { level: 1, name: 'Edit Sleep problems' });
    expect(screen.getByLabelText('Short name (ID)')).toHaveValue('sleep-problems');
    expect(screen.getByLabelText('Short name (ID)')).toHaveAttribute('readonly');
    const editAnswers = screen.getByRole('group', { name: 'What is it?' });
    const answer = within(editAnswers).getByLabelText('Answer for Sleep diary');
    expect(answer).toHaveValue('Writing it down');
    expect(within(editAnswers).getByLabelText('Not known for Melatonin')).toBeChecked();
    await user.clear(answer);
    await user.type(answer, 'A diary of your sleep');
    await user.type(
      screen.getByLabelText('Local note on availability for Sleep diary (optional)'),
      'Ask at reception',
    );
    await user.click(screen.getByRole('button', { name: 'Save as version 2' }));
    expect(await screen.findByTestId('grid-saved')).toHaveTextContent('Version 2 is saved.');
    expect(screen.getByTestId('grid-table')).toHaveTextContent('A diary of your sleep');

    const afterEdit = await storedGrids();
    expect(afterEdit.map((g) => g.version)).toEqual([1, 2]);
    expect(afterEdit[0]).toEqual(v1AsSaved);
    expect(afterEdit[1]).toMatchObject({
      basedOn: v1AsSaved!.id,
      localNotes: [{ optionId: 'sleep-diary', note: 'Ask at reception' }],
    });

    // Retire: version 3, the same grid marked retired.
    await user.click(screen.getByRole('button', { name: 'Retire (makes version 3)' }));
    // The banner of the last save is still there until the new version's page shows.
    await waitFor(() =>
      expect(screen.getByTestId('grid-saved')).toHaveTextContent('The grid is retired'),
    );
    expect(screen.getByTestId('grid-status')).toHaveTextContent('Retired');
    const afterRetire = await storedGrids();
    expect(afterRetire.map((g) => [g.version, g.status])).toEqual([
      [1, 'published'],
      [2, 'published'],
      [3, 'retired'],
    ]);
    expect(afterRetire[0]).toEqual(v1AsSaved);

    await user.click(screen.getByRole('link', { name: 'Back to option grids' }));
    const retiredRow = await screen.findByTestId('grid-row-sleep-problems');
    expect(retiredRow).toHaveTextContent('Retired');
    expect(retiredRow.children[1]).toHaveTextContent('3');
  });

  it('flags a grid whose review date has passed, and marks it reviewed with a future date', async () => {
    const user = userEvent.setup();
    await signInAs(['admin']);
    const stale: OptionGridData = {
      topic: 'Old worries',
      slug: 'old-worries',
      audience: { minAge: 11, maxAge: 18, groupings: ['getting-help'] },
      options: [
        { id: 'a', title: 'Option A' },
        { id: 'b', title: 'Option B' },
      ],
      questions: [{ id: 'q', text: 'What is it?' }],
      cells: [
        { questionId: 'q', optionId: 'a', answer: 'A' },
        { questionId: 'q', optionId: 'b', notKnown: true },
      ],
      sources: [{ id: 's', title: 'A source', publisher: 'NICE' }],
      authors: ['Team'],
      publishedOn: '2020-01-01',
      reviewBy: '2021-01-01',
      version: 1,
      exampleContent: true,
      language: 'en-GB',
      status: 'published',
    };
    await localStore().records.create('option-grid', null, { ...stale });
    await renderApp('/admin/option-grids');
    const row = await screen.findByTestId('grid-row-old-worries');
    expect(within(row).getByTestId('overdue')).toHaveTextContent('Review overdue');
    expect(row).toHaveTextContent('Example content');
    expect(screen.getByTestId('overdue-count')).toHaveTextContent('overdue for review');

    await user.click(within(row).getByRole('link', { name: 'Old worries' }));
    await screen.findByRole('heading', { level: 1, name: /Old worries/ });
    // A review date in the past is refused, with a clear message.
    const date = screen.getByLabelText('Next review by');
    fireEvent.change(date, { target: { value: '2021-06-01' } });
    await user.click(screen.getByRole('button', { name: 'Mark as reviewed' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Enter a review date that is after today');
    expect(date).toHaveValue('2021-06-01');

    fireEvent.change(date, { target: { value: '2099-06-01' } });
    await user.click(screen.getByRole('button', { name: 'Mark as reviewed' }));
    expect(await screen.findByTestId('grid-saved')).toHaveTextContent(
      'The grid is marked as reviewed (version 2).',
    );
    expect(screen.queryByTestId('overdue')).not.toBeInTheDocument();
    await waitFor(async () => {
      const rows = (await localStore()
        .db.recordTable('option-grid')
        .toArray()) as KindRecord<'option-grid'>[];
      expect(
        rows.filter((r) => r.slug === 'old-worries').map((r) => [r.version, r.reviewBy]),
      ).toEqual([
        [1, '2021-01-01'],
        [2, '2099-06-01'],
      ]);
    });
  });
});
