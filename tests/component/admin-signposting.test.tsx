// An administrator reading the anonymous signposting counts (issue #9) as met in jsdom:
// the last 12 weeks in an accessible table, each week's topics and resources by name, a
// plain statement that there is no personal data, and counts older than 12 weeks left out.
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { forgetAccount, localStore } from '../../src/db';
import { weekStartOf } from '../../src/domain';
import { addDays } from '../../src/features/admin/directory/review-status';
import { formatCalendarDate, todayOnDevice } from '../../src/ui/format-date';
import { signInAs } from './practitioner';
import { renderApp } from './render-app';

vi.setConfig({ testTimeout: 60_000 });

const ADMIN = '01900000-0000-7000-8000-0000000000a1';
/** A directory-resource id that is on no device (a record since removed). */
const GONE = '01900000-0000-7000-8000-0000000000ff';

function count(data: Record<string, unknown>) {
  return localStore().records.create('signposting-event', null, {
    topicIds: [],
    ageBand: 'not-known',
    immediateDanger: false,
    resourceIds: [],
    ...data,
  });
}

const weekHeading = (date: string) => `Week starting ${formatCalendarDate(date, 'en-GB')}`;

afterEach(async () => {
  await forgetAccount(localStore().db);
});

describe('signposting counts for administrators', () => {
  it('tells someone who is not an administrator that it needs one', async () => {
    await signInAs(ADMIN, ['practitioner'], 'Pat Practitioner');
    await renderApp('/admin/signposting');
    expect(await screen.findByTestId('not-admin')).toBeVisible();
    expect(screen.queryByTestId('weeks-table')).not.toBeInTheDocument();
  });

  it('says there are no counts yet, and that there is no personal data', async () => {
    await signInAs(ADMIN, ['admin'], 'Priya Shah');
    await renderApp('/admin/signposting');
    await screen.findByRole('heading', { level: 1, name: 'Signposting counts' });
    expect(screen.getByTestId('no-personal-data')).toHaveTextContent(
      'There is no personal data here.',
    );
    expect(await screen.findByTestId('no-counts')).toBeVisible();
    const table = screen.getByRole('table', { name: 'Counts for each of the last 12 weeks' });
    // A header row and one row per week, quiet weeks as zeros.
    expect(within(table).getAllByRole('row')).toHaveLength(13);
  });

  it('shows each week with its topics and the resources offered, by name', async () => {
    await signInAs(ADMIN, ['admin'], 'Priya Shah');
    const today = todayOnDevice();
    const thisWeek = weekStartOf(today);
    const twoWeeksAgo = addDays(thisWeek, -14);
    const local = await localStore().records.create('directory-resource', null, {
      name: 'Hopewell youth counselling',
      description: 'Free counselling for young people.',
      groupings: ['getting-help'],
      topics: ['worries'],
      ageRange: { minAge: 11, maxAge: 18 },
      contact: { phone: '01632 960 000' },
      cost: 'free',
      exampleContent: false,
      reviewBy: '2099-01-01',
      status: 'retired',
    });
    await count({
      topicIds: ['worries', 'low-mood'],
      ageBand: '14-15',
      resourceIds: ['national-childline', local.id],
      occurredOn: today,
    });
    await count({ topicIds: ['worries'], resourceIds: [local.id], occurredOn: thisWeek });
    await count({ immediateDanger: true, occurredOn: thisWeek });
    await count({ topicIds: ['sleep'], resourceIds: [GONE], occurredOn: twoWeeksAgo });
    // Older than 12 weeks: not shown.
    await count({ topicIds: ['family'], occurredOn: addDays(thisWeek, -7 * 13) });

    await renderApp('/admin/signposting');
    const table = await screen.findByRole('table', {
      name: 'Counts for each of the last 12 weeks',
    });
    const row = (date: string) =>
      within(table)
        .getByRole('rowheader', { name: weekHeading(date) })
        .closest('tr') as HTMLElement;
    expect(
      within(row(thisWeek))
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['3', '1']);
    expect(
      within(row(addDays(thisWeek, -7)))
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['0', '0']);
    expect(
      within(row(twoWeeksAgo))
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['1', '0']);
    expect(screen.queryByText('Family or home')).toBeNull();

    // This week: topics and resources by name, most first.
    const week = screen.getByRole('region', { name: weekHeading(thisWeek) });
    expect(week).toHaveTextContent('Times used: 3. Someone in immediate danger: 1.');
    const topics = within(week).getByRole('table', { name: /^Topics raised/ });
    expect(
      within(topics)
        .getAllByRole('row')
        .slice(1)
        .map((r) => r.textContent),
    ).toEqual(['Worries or anxiety2', 'Feeling low or sad1']);
    const resources = within(week).getByRole('table', { name: /^Resources offered/ });
    expect(
      within(resources)
        .getAllByRole('row')
        .slice(1)
        .map((r) => r.textContent),
    ).toEqual(['Hopewell youth counselling2', 'Childline1']);

    // A resource no longer on this device is still counted, without a name.
    const earlier = screen.getByRole('region', { name: weekHeading(twoWeeksAgo) });
    expect(within(earlier).getByRole('table', { name: /^Resources offered/ })).toHaveTextContent(
      'A resource no longer in the directory1',
    );
    expect(within(earlier).getByRole('table', { name: /^Topics raised/ })).toHaveTextContent(
      'Sleep1',
    );
  });
});
