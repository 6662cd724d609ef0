// An administrator changing the area's crisis lines (issue #7 item 2) as met in jsdom: the
// UK defaults shown when the organisation has no list, an edited list saved and then read
// the way phones read it, clear errors that keep what was typed, and going back to the
// defaults.
import { fireEvent, renderHook, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { forgetAccount, localStore } from '../../src/db';
import { readOrganisationCrisisContacts, useCrisisContacts } from '../../src/db/safety-plans';
import { bundledCrisisContactList } from '../../src/content/crisis-contacts';
import type { KindRecord } from '../../src/domain';
import enWords from '../../locales/en-GB/crisis-contacts.json';
import { signInAs } from './practitioner';
import { renderApp } from './render-app';

vi.setConfig({ testTimeout: 60_000 });

const ADMIN = '01900000-0000-7000-8000-0000000000a1';

async function storedLists() {
  return (await localStore()
    .db.recordTable('crisis-contact-list')
    .toArray()) as KindRecord<'crisis-contact-list'>[];
}

const liveLists = async () => (await storedLists()).filter((r) => !r.deleted);

/** The line in the editor whose legend starts "Line <n>". */
const lineFields = (n: number) => screen.getByRole('group', { name: new RegExp(`^Line ${n}\\b`) });

afterEach(async () => {
  await forgetAccount(localStore().db);
});

describe('crisis lines for administrators', () => {
  it('tells someone who is not an administrator that it needs one', async () => {
    await signInAs(ADMIN, ['practitioner'], 'Pat Practitioner');
    await renderApp('/admin/crisis-contacts/change');
    expect(await screen.findByTestId('not-admin')).toBeVisible();
    expect(screen.queryByTestId('crisis-list-editor')).not.toBeInTheDocument();
  });

  it('shows the UK defaults, as example content, when the organisation has no list', async () => {
    await signInAs(ADMIN, ['admin'], 'Priya Shah');
    await renderApp('/admin/crisis-contacts');
    await screen.findByRole('heading', { level: 1, name: 'Crisis lines' });
    expect(await screen.findByTestId('crisis-list-origin')).toHaveTextContent(
      'the UK defaults that come with OurPlan',
    );
    expect(screen.getByTestId('crisis-list-notice')).toHaveTextContent(
      'These crisis lines are example content. Your service must check them',
    );
    const lines = within(screen.getByTestId('crisis-lines-in-use')).getAllByTestId('crisis-line');
    expect(lines.map((l) => within(l).getByRole('heading', { level: 3 }).textContent)).toEqual([
      '999',
      'NHS 111',
      'Childline',
      'Samaritans',
      'Shout',
      'Papyrus HOPELINE247',
    ]);
    expect(lines[2]).toHaveTextContent('0800 1111');
    expect(lines[4]).toHaveTextContent('85258');
    expect(lines[4]).toHaveTextContent('SHOUT');
    expect(screen.getByRole('link', { name: 'Childline: Contacting Childline' })).toHaveAttribute(
      'href',
      'https://www.childline.org.uk/get-support/contacting-childline/',
    );
    // Nothing to go back from.
    expect(screen.queryByRole('button', { name: 'Go back to the UK defaults' })).toBeNull();
  });

  it('saves an edited list, which the screen and phones then show', async () => {
    const user = userEvent.setup();
    await signInAs(ADMIN, ['admin'], 'Priya Shah');
    await renderApp('/admin/crisis-contacts');
    await user.click(
      await screen.findByRole('link', { name: 'Change the crisis lines for your area' }),
    );
    await screen.findByRole('heading', { level: 1, name: 'Change the crisis lines for your area' });
    await screen.findByTestId('crisis-list-editor');

    // Starts from the defaults, in the admin's language.
    const childline = lineFields(3);
    expect(childline).toHaveAccessibleName('Line 3: Childline');
    expect(within(childline).getByLabelText('Number to call (optional)')).toHaveValue('0800 1111');
    const hours = within(childline).getByLabelText('Hours');
    await user.clear(hours);
    await user.type(hours, 'Every day, 9am to midnight');
    await user.click(within(lineFields(4)).getByRole('button', { name: /^Remove line/ }));
    await waitFor(() => expect(screen.getAllByTestId('crisis-line-fields')).toHaveLength(5));
    // Childline goes below Samaritans' old place: Shout moves up.
    await user.click(within(lineFields(4)).getByRole('button', { name: /^Move up/ }));
    expect(lineFields(3)).toHaveAccessibleName('Line 3: Shout');
    fireEvent.change(screen.getByLabelText('Review by'), { target: { value: '2099-01-01' } });
    await user.click(screen.getByRole('button', { name: 'Save crisis lines' }));

    await screen.findByRole('heading', { level: 1, name: 'Crisis lines' });
    expect(await screen.findByText('Crisis lines saved')).toBeVisible();
    expect(await screen.findByTestId('crisis-list-origin')).toHaveTextContent(
      "your service's own list",
    );
    const lines = within(screen.getByTestId('crisis-lines-in-use')).getAllByTestId('crisis-line');
    expect(lines).toHaveLength(5);
    expect(lines[3]).toHaveTextContent('Every day, 9am to midnight');
    expect(screen.getByTestId('crisis-lines-in-use')).not.toHaveTextContent('Samaritans');

    const [record, ...others] = await liveLists();
    expect(others).toEqual([]);
    expect(record).toMatchObject({
      caseId: null,
      reviewBy: '2099-01-01',
      exampleContent: true,
    });
    expect(record!.contacts.map((c) => c.id)).toEqual([
      'emergency',
      'nhs-111',
      'shout',
      'childline',
      'papyrus',
    ]);
    expect(record!.contacts[2]).toEqual({
      id: 'shout',
      name: 'Shout',
      description: enWords.contacts.shout.description,
      text: { number: '85258', body: 'SHOUT' },
      hours: enWords.contacts.shout.hours,
      when: 'talk',
    });
    expect(record!.sources).toHaveLength(6);

    // What a phone reads for the safety plan's crisis lines.
    const onPhone = await readOrganisationCrisisContacts(localStore().db);
    expect(onPhone?.map((c) => c.name)).toEqual([
      '999',
      'NHS 111',
      'Shout',
      'Childline',
      'Papyrus HOPELINE247',
    ]);
    expect(onPhone?.[3]).toMatchObject({ call: '0800 1111', hours: 'Every day, 9am to midnight' });
    // And the hook every safety plan uses shows the same list.
    const { result, unmount } = renderHook(() => useCrisisContacts());
    await waitFor(() =>
      expect(result.current?.map((c) => c.id)).toEqual(record!.contacts.map((c) => c.id)),
    );
    unmount();

    // Changing it again changes the same record, starting from what was saved.
    await user.click(screen.getByRole('link', { name: 'Change the crisis lines for your area' }));
    await screen.findByTestId('crisis-list-editor');
    expect(lineFields(4)).toHaveAccessibleName('Line 4: Childline');
    expect(screen.getByLabelText('Review by')).toHaveValue('2099-01-01');
    await user.click(screen.getByLabelText('These lines are still example content'));
    await user.click(screen.getByRole('button', { name: 'Save crisis lines' }));
    expect(await screen.findByTestId('crisis-list-notice')).toHaveTextContent(
      'Your service has checked these crisis lines.',
    );
    const after = await liveLists();
    expect(after.map((r) => [r.id, r.exampleContent])).toEqual([[record!.id, false]]);
  });

  it('gives clear errors for a line with no number and a past review date, keeping what was typed', async () => {
    const user = userEvent.setup();
    await signInAs(ADMIN, ['admin'], 'Priya Shah');
    await renderApp('/admin/crisis-contacts/change');
    await screen.findByTestId('crisis-list-editor');
    await user.click(screen.getByRole('button', { name: 'Add a line' }));
    const line = lineFields(7);
    await user.type(within(line).getByLabelText('Name'), 'Hopewell crisis team');
    await user.type(within(line).getByLabelText('What it is for'), 'Help in a crisis, any age');
    await user.type(within(line).getByLabelText('Hours'), 'Weekdays 9 to 5');
    await user.selectOptions(within(line).getByLabelText('Kind'), 'urgent');
    // A source with a web address that is not one.
    const address = screen.getByLabelText('Web address of source 1 (optional)');
    await user.clear(address);
    await user.type(address, 'www.nhs.uk');
    const review = screen.getByLabelText('Review by');
    fireEvent.change(review, { target: { value: '2020-01-01' } });
    await user.click(screen.getByRole('button', { name: 'Save crisis lines' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('There is a problem');
    expect(
      within(summary).getByRole('link', {
        name: 'Line 7: Enter a number to call or a number to text',
      }),
    ).toHaveAttribute('href', '#crisis-list-contacts-6-call');
    expect(
      within(summary).getByRole('link', { name: 'Enter a review date that is after today' }),
    ).toHaveAttribute('href', '#crisis-list-reviewBy');
    expect(
      within(summary).getByRole('link', {
        name: 'Source 1: Enter a web address in the correct format, like https://www.nhs.uk',
      }),
    ).toHaveAttribute('href', '#crisis-list-sources-0-url');
    expect(
      within(lineFields(7)).getByLabelText('Number to call (optional)'),
    ).toHaveAccessibleDescription(/Error:\s*Enter a number to call or a number to text/);
    expect(screen.getByLabelText('Review by')).toHaveAccessibleDescription(
      /Error:\s*Enter a review date that is after today/,
    );
    // Nothing typed is lost, and nothing was saved.
    expect(within(lineFields(7)).getByLabelText('Name')).toHaveValue('Hopewell crisis team');
    expect(within(lineFields(7)).getByLabelText('Hours')).toHaveValue('Weekdays 9 to 5');
    expect(within(lineFields(7)).getByLabelText('Kind')).toHaveValue('urgent');
    expect(screen.getByLabelText('Review by')).toHaveValue('2020-01-01');
    expect(screen.getByLabelText('Web address of source 1 (optional)')).toHaveValue('www.nhs.uk');
    expect(await storedLists()).toEqual([]);

    // Put right, it saves, with the new line's own id.
    await user.type(
      within(lineFields(7)).getByLabelText('Number to call (optional)'),
      '0300 123 4567',
    );
    await user.clear(screen.getByLabelText('Web address of source 1 (optional)'));
    fireEvent.change(screen.getByLabelText('Review by'), { target: { value: '2099-06-30' } });
    await user.click(screen.getByRole('button', { name: 'Save crisis lines' }));
    expect(await screen.findByText('Crisis lines saved')).toBeVisible();
    const [record] = await liveLists();
    expect(record!.contacts.at(-1)).toEqual({
      id: 'line-1',
      name: 'Hopewell crisis team',
      description: 'Help in a crisis, any age',
      call: '0300 123 4567',
      hours: 'Weekdays 9 to 5',
      when: 'urgent',
    });
    expect(record!.sources[0]).toEqual({ title: 'NHS: When to call 999' });
  });

  it("goes back to the UK defaults, after asking, removing the organisation's list", async () => {
    const user = userEvent.setup();
    await signInAs(ADMIN, ['admin'], 'Priya Shah');
    const words = (id: string) => enWords.contacts[id as keyof typeof enWords.contacts];
    const defaults = bundledCrisisContactList(words);
    await localStore().records.create('crisis-contact-list', null, {
      ...defaults,
      contacts: [
        {
          id: 'local',
          name: 'Hopewell crisis team',
          description: 'Help now',
          call: '0300 123 4567',
          hours: 'Any time',
        },
      ],
      reviewBy: '2099-01-01',
      exampleContent: false,
    });
    await renderApp('/admin/crisis-contacts');
    expect(await screen.findByTestId('crisis-list-origin')).toHaveTextContent(
      "your service's own list",
    );
    expect(screen.getByTestId('crisis-lines-in-use')).toHaveTextContent('Hopewell crisis team');

    await user.click(screen.getByRole('button', { name: 'Go back to the UK defaults' }));
    const confirm = screen.getByTestId('crisis-reset-confirm');
    // Focus goes to the safe choice; saying no keeps the list.
    expect(within(confirm).getByRole('button', { name: 'No, keep our list' })).toHaveFocus();
    await user.click(within(confirm).getByRole('button', { name: 'No, keep our list' }));
    expect(await liveLists()).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Go back to the UK defaults' }));
    await user.click(screen.getByRole('button', { name: 'Yes, go back to the UK defaults' }));
    await waitFor(() =>
      expect(screen.getByTestId('crisis-list-origin')).toHaveTextContent(
        'the UK defaults that come with OurPlan',
      ),
    );
    expect(screen.getByText('Back to the UK defaults')).toBeVisible();
    expect(screen.getByTestId('crisis-lines-in-use')).toHaveTextContent('Childline');
    expect(await liveLists()).toEqual([]);
    expect(await readOrganisationCrisisContacts(localStore().db)).toBeNull();
  });
});
