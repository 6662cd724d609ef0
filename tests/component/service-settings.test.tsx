// The service settings on the admin page (issue #6 item 5: the caseload flags goals not
// rated in 6 weeks, configurable): saving makes the organisation record, clear errors keep
// what was typed, and a practitioner's caseload then flags by the service's weeks.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { forgetAccount, localStore } from '../../src/db';
import { addDays } from '../../src/features/cases/caseload-view';
import { todayOnDevice } from '../../src/ui/format-date';
import { signInAs } from './practitioner';
import { renderApp } from './render-app';

vi.setConfig({ testTimeout: 60_000 });

const ADMIN = '01900000-0000-7000-8000-0000000000a1';
const PRACTITIONER = '01900000-0000-7000-8000-0000000000b2';

afterEach(async () => {
  await forgetAccount(localStore().db);
});

const organisations = () => localStore().db.recordTable('organisation').toArray();

describe('service settings', () => {
  it('saves the service name and weeks, after clear errors that keep what was typed', async () => {
    const user = userEvent.setup();
    await signInAs(ADMIN, ['admin'], 'Priya Shah');
    await renderApp('/admin');
    const form = await screen.findByTestId('service-settings');
    const weeks = within(form).getByLabelText(/Flag a goal on the caseload/);
    expect(weeks).toHaveValue('6');

    await user.type(within(form).getByLabelText('ODS code (optional)'), 'rx4');
    await user.clear(weeks);
    await user.type(weeks, '30');
    await user.click(within(form).getByRole('button', { name: 'Save service settings' }));
    const section = screen.getByRole('region', { name: 'Your service' });
    const summary = await within(section).findByRole('alert');
    expect(summary).toHaveTextContent('Enter the name of your service');
    expect(summary).toHaveTextContent('Enter 26 weeks or fewer');
    expect(within(form).getByLabelText('ODS code (optional)')).toHaveValue('rx4');
    expect(await organisations()).toHaveLength(0);

    await user.type(within(form).getByLabelText('Service name'), 'Northfield CAMHS');
    await user.clear(weeks);
    await user.type(weeks, '3');
    await user.click(within(form).getByRole('button', { name: 'Save service settings' }));
    expect(await screen.findByText('Service settings saved')).toBeVisible();
    const [saved] = await organisations();
    expect(saved).toMatchObject({
      name: 'Northfield CAMHS',
      odsCode: 'RX4',
      defaultLanguage: 'en-GB',
      goalNotRatedWeeks: 3,
    });

    // Changing it again updates the same record.
    const again = await screen.findByTestId('service-settings');
    const weeksAgain = within(again).getByLabelText(/Flag a goal on the caseload/);
    expect(weeksAgain).toHaveValue('3');
    await user.clear(weeksAgain);
    await user.type(weeksAgain, '4');
    await user.click(within(again).getByRole('button', { name: 'Save service settings' }));
    await waitFor(async () =>
      expect((await organisations()).map((o) => o['goalNotRatedWeeks'])).toEqual([4]),
    );
  });

  it("flags a practitioner's unrated goal after the service's number of weeks", async () => {
    await signInAs(PRACTITIONER, ['practitioner'], 'Sam Lee');
    const records = localStore().records;
    // As an admin's save arrives by sync.
    await records.create('organisation', null, {
      name: 'Northfield CAMHS',
      defaultLanguage: 'en-GB',
      goalNotRatedWeeks: 2,
    });
    const sam = await records.createCase({
      preferredName: 'Sam',
      ageBand: '14-15',
      involved: [],
      consentToRecord: true,
      status: 'open',
    });
    const goal = await records.create('goal', sam.id, {
      text: 'Go back to school',
      theme: 'impact-on-life',
      setBy: 'young-person',
      baselineRating: 2,
      status: 'active',
      order: 1,
    });
    // Rated 15 days ago: past the service's 2 weeks, well within the default 6.
    await records.create('goal-rating', sam.id, {
      goalId: goal.id,
      rating: 4,
      ratedOn: `${addDays(todayOnDevice(), -15)}T10:00:00.000Z`,
      ratedBy: 'young-person',
    });
    await renderApp('/practitioner');
    const row = await screen.findByTestId('caseload');
    expect(await within(row).findByText(/A goal not rated for 2 weeks or more/)).toBeVisible();
  });
});
