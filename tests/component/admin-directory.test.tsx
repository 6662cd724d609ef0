// An administrator managing the directory school staff are signposted from (issue #9) as
// met in jsdom: adding a resource with clear errors that keep what was typed, its review
// status, marking it reviewed and retiring it (kept, not deleted), and switching a
// bundled national service off and on for the whole organisation.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { forgetAccount, localStore, readOrganisation } from '../../src/db';
import type { DirectoryResourceRecord } from '../../src/domain';
import { todayOnDevice } from '../../src/ui/format-date';
import { addDays } from '../../src/features/admin/directory/review-status';
import { signInAs } from './practitioner';
import { renderApp } from './render-app';

vi.setConfig({ testTimeout: 60_000 });

const ADMIN = '01900000-0000-7000-8000-0000000000a1';

async function storedResources() {
  return (await localStore()
    .db.recordTable('directory-resource')
    .toArray()) as DirectoryResourceRecord[];
}

/** A valid resource's data, for records made before the screen opens. */
function resource(data: Record<string, unknown> = {}) {
  return {
    name: 'Hopewell youth counselling',
    description: 'Free counselling for young people in Hopewell.',
    groupings: ['getting-help'],
    topics: ['worries'],
    offers: ['someone-to-talk-to'],
    ageRange: { minAge: 11, maxAge: 18 },
    contact: { phone: '01632 960 000' },
    cost: 'free',
    exampleContent: false,
    reviewBy: '2099-01-01',
    status: 'active',
    ...data,
  };
}

afterEach(async () => {
  await forgetAccount(localStore().db);
});

describe('the directory of support for administrators', () => {
  it('tells someone who is not an administrator that it needs one', async () => {
    await signInAs(ADMIN, ['practitioner'], 'Pat Practitioner');
    await renderApp('/admin/directory/new');
    expect(await screen.findByTestId('not-admin')).toBeVisible();
    expect(screen.queryByTestId('resource-editor')).not.toBeInTheDocument();
  });

  it('is reached from the admin page, with the signposting counts', async () => {
    const user = userEvent.setup();
    await signInAs(ADMIN, ['admin'], 'Priya Shah');
    await renderApp('/admin');
    expect(
      await screen.findByRole('link', {
        name: 'See how often staff used "Supporting a young person"',
      }),
    ).toHaveAttribute('href', '/admin/signposting');
    await user.click(screen.getByRole('link', { name: 'Manage the directory of support' }));
    await screen.findByRole('heading', { level: 1, name: 'Directory of support' });
    expect(await screen.findByTestId('no-resources')).toHaveTextContent(
      'Your service has not added any resources yet.',
    );
    // The bundled entries: national services, and examples marked as examples.
    const national = await screen.findByTestId('national-entries');
    expect(within(national).getByRole('heading', { name: 'Childline' })).toBeVisible();
    expect(within(national).queryByText('Example')).toBeNull();
    const examples = screen.getByTestId('example-entries');
    expect(
      within(examples).getByRole('heading', { name: /Example: school counselling service/ }),
    ).toHaveTextContent('Example');
  });

  it('adds a resource, with errors that keep what was typed', async () => {
    const user = userEvent.setup();
    await signInAs(ADMIN, ['admin'], 'Priya Shah');
    await renderApp('/admin/directory');
    await user.click(await screen.findByRole('link', { name: 'Add a resource' }));
    await screen.findByRole('heading', { level: 1, name: 'Add a resource' });
    await screen.findByTestId('resource-editor');

    await user.type(screen.getByLabelText('Name'), 'Hopewell youth counselling');
    await user.type(screen.getByLabelText('Youngest age'), 'eleven');
    await user.type(screen.getByLabelText('Website (optional)'), 'www.hopewell.example');
    fireEvent.change(screen.getByLabelText('Review by'), { target: { value: '2020-01-01' } });
    await user.click(screen.getByRole('button', { name: 'Save resource' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('There is a problem');
    const link = (name: string) => within(summary).getByRole('link', { name });
    expect(link('Enter what the resource is')).toHaveAttribute(
      'href',
      '#directory-resource-description',
    );
    expect(link('Choose at least one THRIVE grouping')).toHaveAttribute(
      'href',
      '#directory-resource-groupings',
    );
    expect(link('Enter the youngest age as a whole number, like 11')).toHaveAttribute(
      'href',
      '#directory-resource-minAge',
    );
    expect(
      link('Enter a web address in the correct format, like https://www.nhs.uk'),
    ).toHaveAttribute('href', '#directory-resource-url');
    expect(link('Choose what it costs')).toHaveAttribute('href', '#directory-resource-cost');
    expect(link('Enter a review date that is after today')).toHaveAttribute(
      'href',
      '#directory-resource-reviewBy',
    );
    expect(screen.getByLabelText('Review by')).toHaveAccessibleDescription(
      /Error:\s*Enter a review date that is after today/,
    );
    // Nothing typed is lost, and nothing was saved.
    expect(screen.getByLabelText('Name')).toHaveValue('Hopewell youth counselling');
    expect(screen.getByLabelText('Youngest age')).toHaveValue('eleven');
    expect(screen.getByLabelText('Website (optional)')).toHaveValue('www.hopewell.example');
    expect(await storedResources()).toEqual([]);

    // Put right and filled in, it saves.
    await user.type(screen.getByLabelText('What it is'), 'Free counselling in Hopewell.');
    await user.click(screen.getByLabelText('Getting Help'));
    await user.click(screen.getByLabelText('Worries or anxiety'));
    await user.click(screen.getByLabelText('Feeling low or sad'));
    await user.click(screen.getByLabelText('Someone to talk to'));
    await user.clear(screen.getByLabelText('Youngest age'));
    await user.type(screen.getByLabelText('Youngest age'), '11');
    await user.type(screen.getByLabelText('Oldest age'), '18');
    const url = screen.getByLabelText('Website (optional)');
    await user.clear(url);
    await user.type(url, 'https://hopewell.example.org/counselling');
    const selfReferral = screen.getByRole('group', {
      name: 'Can young people or families refer themselves?',
    });
    await user.click(within(selfReferral).getByLabelText('Yes'));
    await user.type(screen.getByLabelText('How to refer (optional)'), 'Ring the duty worker.');
    await user.click(screen.getByLabelText('Free'));
    await user.type(screen.getByLabelText('Languages (optional)'), 'English, Welsh, ');
    fireEvent.change(screen.getByLabelText('Review by'), { target: { value: '2099-06-30' } });
    await user.click(screen.getByRole('button', { name: 'Save resource' }));

    await screen.findByRole('heading', { level: 1, name: 'Directory of support' });
    expect(await screen.findByText('Resource saved')).toBeVisible();
    const row = await screen.findByTestId('resource-row');
    expect(row).toHaveTextContent('Hopewell youth counselling');
    expect(row).toHaveTextContent('Getting Help');
    expect(row).toHaveTextContent('In use');

    const [record, ...others] = await storedResources();
    expect(others).toEqual([]);
    expect(record).toMatchObject({
      caseId: null,
      deleted: false,
      name: 'Hopewell youth counselling',
      description: 'Free counselling in Hopewell.',
      groupings: ['getting-help'],
      topics: ['worries', 'low-mood'],
      offers: ['someone-to-talk-to'],
      ageRange: { minAge: 11, maxAge: 18 },
      contact: { url: 'https://hopewell.example.org/counselling' },
      selfReferral: true,
      howToRefer: 'Ring the duty worker.',
      cost: 'free',
      languages: ['English', 'Welsh'],
      reviewBy: '2099-06-30',
      exampleContent: false,
      status: 'active',
    });
    // Questions left unanswered are left out, not saved as "no".
    expect(record).not.toHaveProperty('walkIn');
    expect(record).not.toHaveProperty('openingHours');
  });

  it('shows review status, marks a resource reviewed, and retires it without deleting it', async () => {
    const user = userEvent.setup();
    await signInAs(ADMIN, ['admin'], 'Priya Shah');
    const today = todayOnDevice();
    const overdue = await localStore().records.create(
      'directory-resource',
      null,
      resource({ reviewBy: addDays(today, -3) }),
    );
    await localStore().records.create(
      'directory-resource',
      null,
      resource({ name: 'Anchor youth club', reviewBy: addDays(today, 10) }),
    );
    await renderApp('/admin/directory');
    const rows = await screen.findAllByTestId('resource-row');
    expect(rows.map((r) => within(r).getByRole('link').textContent)).toEqual([
      'Anchor youth club',
      'Hopewell youth counselling',
    ]);
    expect(rows[0]).toHaveTextContent('Review due soon');
    expect(rows[1]).toHaveTextContent('Review overdue');

    await user.click(within(rows[1]!).getByRole('link'));
    await screen.findByRole('heading', { level: 1, name: 'Resource: Hopewell youth counselling' });
    expect(screen.getByTestId('resource-status')).toHaveTextContent('Review overdue');

    // A past date is refused, with the date kept.
    const newDate = screen.getByLabelText('Next review date');
    fireEvent.change(newDate, { target: { value: addDays(today, -1) } });
    await user.click(screen.getByRole('button', { name: 'Mark as reviewed' }));
    expect(
      within(await screen.findByRole('alert')).getByRole('link', {
        name: 'Enter a review date that is after today',
      }),
    ).toHaveAttribute('href', '#directory-review-date');
    expect(screen.getByLabelText('Next review date')).toHaveValue(addDays(today, -1));

    fireEvent.change(screen.getByLabelText('Next review date'), {
      target: { value: '2099-12-31' },
    });
    await user.click(screen.getByRole('button', { name: 'Mark as reviewed' }));
    expect(await screen.findByText('Marked as reviewed')).toBeVisible();
    await waitFor(() =>
      expect(screen.getByTestId('resource-status')).not.toHaveTextContent('Review overdue'),
    );
    // The form below now starts from the new date.
    expect(screen.getByLabelText('Review by')).toHaveValue('2099-12-31');
    expect(await localStore().records.get('directory-resource', overdue.id)).toMatchObject({
      reviewBy: '2099-12-31',
      name: 'Hopewell youth counselling',
    });

    await user.click(screen.getByRole('button', { name: 'Retire' }));
    expect(await screen.findByText('Resource retired')).toBeVisible();
    expect(screen.getByTestId('resource-status')).toHaveTextContent('Retired');
    const retired = await localStore().records.get('directory-resource', overdue.id);
    expect(retired).toMatchObject({ status: 'retired', deleted: false });

    // Retired, it can be brought back.
    await user.click(screen.getByRole('button', { name: 'Bring back' }));
    expect(await screen.findByText('Resource back in use')).toBeVisible();
    expect(await localStore().records.get('directory-resource', overdue.id)).toMatchObject({
      status: 'active',
    });
  });

  it('changes a resource, clearing what the admin removed', async () => {
    const user = userEvent.setup();
    await signInAs(ADMIN, ['admin'], 'Priya Shah');
    const made = await localStore().records.create(
      'directory-resource',
      null,
      resource({ openingHours: 'Weekdays 9 to 5', walkIn: true }),
    );
    await renderApp(`/admin/directory/${made.id}`);
    await screen.findByTestId('resource-editor');
    expect(screen.getByLabelText('Opening hours (optional)')).toHaveValue('Weekdays 9 to 5');
    const walkIn = screen.getByRole('group', {
      name: 'Can people walk in without an appointment?',
    });
    expect(within(walkIn).getByLabelText('Yes')).toBeChecked();
    await user.clear(screen.getByLabelText('Opening hours (optional)'));
    await user.click(within(walkIn).getByLabelText('No'));
    await user.click(screen.getByRole('button', { name: 'Save resource' }));
    expect(await screen.findByText('Resource saved')).toBeVisible();
    const saved = await localStore().records.get('directory-resource', made.id);
    expect(saved).toMatchObject({ walkIn: false, status: 'active' });
    expect(saved?.['openingHours']).toBeUndefined();
  });

  it('switches a national service off and on for the whole organisation', async () => {
    const user = userEvent.setup();
    await signInAs(ADMIN, ['admin'], 'Priya Shah');
    await localStore().records.create('organisation', null, {
      name: 'Hopewell MHST',
      defaultLanguage: 'en-GB',
    });
    await renderApp('/admin/directory');
    const childline = await screen.findByTestId('bundled-national-childline');
    expect(childline).toHaveTextContent('Shown to school staff');
    await user.click(within(childline).getByRole('button', { name: 'Switch off Childline' }));
    await waitFor(() =>
      expect(screen.getByTestId('bundled-national-childline')).toHaveTextContent(
        'Switched off: not shown to school staff',
      ),
    );
    expect((await readOrganisation(localStore().db))?.['disabledDirectoryIds']).toEqual([
      'national-childline',
    ]);

    await user.click(screen.getByRole('button', { name: 'Switch on Childline' }));
    await waitFor(() =>
      expect(screen.getByTestId('bundled-national-childline')).toHaveTextContent(
        'Shown to school staff',
      ),
    );
    expect((await readOrganisation(localStore().db))?.['disabledDirectoryIds']).toEqual([]);
  });

  it('says to save the service settings first when there is no organisation record', async () => {
    await signInAs(ADMIN, ['admin'], 'Priya Shah');
    await renderApp('/admin/directory');
    expect(await screen.findByTestId('no-organisation')).toHaveTextContent(
      "first save your service's settings",
    );
    expect(screen.queryByRole('button', { name: /^Switch off/ })).toBeNull();
  });
});
