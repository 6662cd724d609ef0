// Managing users, as a person meets it in jsdom: who may open /admin, the add-user form's
// validation (error summary, inline messages, typed text kept), and what happens with no
// connection. Nothing here reaches a server (component tests have none: a call fails as
// it would offline); adding, changing and deactivating for real is in tests/e2e/admin.test.ts.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { forgetAccount, localStore, saveAccount } from '../../src/db';
import { renderApp } from './render-app';

async function signInAs(roles: string[]) {
  await saveAccount(localStore().db, {
    userId: 'user-1',
    organisationId: 'org-1',
    displayName: 'Priya Shah',
    roles,
    signedInAt: new Date().toISOString(),
  });
}

function setOnline(online: boolean) {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
  window.dispatchEvent(new Event(online ? 'online' : 'offline'));
}

afterEach(async () => {
  setOnline(true);
  await forgetAccount(localStore().db);
});

describe('who may manage users', () => {
  it('tells someone not signed in that it needs an administrator, with a way to sign in', async () => {
    await renderApp('/admin');
    expect(await screen.findByRole('heading', { level: 1, name: 'Manage users' })).toBeVisible();
    expect(screen.getByTestId('not-admin')).toHaveTextContent(
      'You need to be an administrator to manage users.',
    );
    expect(screen.getByRole('link', { name: 'Sign in as an administrator' })).toHaveAttribute(
      'href',
      '/sign-in',
    );
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Manage users – OurPlan'));
  });

  it('says the same to a practitioner who is not an administrator', async () => {
    await signInAs(['practitioner']);
    await renderApp('/admin?view=add');
    expect(await screen.findByTestId('not-admin')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Add user' })).not.toBeInTheDocument();
  });

  it('offers "Manage users" on the account page to administrators only', async () => {
    await signInAs(['practitioner']);
    const first = await renderApp('/account');
    await screen.findByTestId('signed-in-as');
    expect(screen.queryByRole('link', { name: 'Manage users' })).not.toBeInTheDocument();
    first.unmount();

    await signInAs(['admin', 'practitioner']);
    await renderApp('/account');
    await screen.findByTestId('signed-in-as');
    expect(await screen.findByRole('link', { name: 'Manage users' })).toHaveAttribute(
      'href',
      '/admin',
    );
  });
});

describe('an administrator', () => {
  it('is told plainly when the list of users cannot be fetched', async () => {
    await signInAs(['admin']);
    await renderApp('/admin');
    await screen.findByRole('heading', { level: 1, name: 'Manage users' });
    const users = screen.getByRole('region', { name: 'Users' });
    expect(await within(users).findByRole('alert')).toHaveTextContent(
      'The list of users could not be loaded.',
    );
  });

  it('gets an error summary and inline messages for missing answers, with typed text kept', async () => {
    const user = userEvent.setup();
    await signInAs(['admin']);
    const { router } = await renderApp('/admin');
    await user.click(await screen.findByRole('link', { name: 'Add a user' }));
    expect(router.state.location.search).toBe('?view=add');
    const heading = await screen.findByRole('heading', { level: 1, name: 'Add a user' });
    await waitFor(() => expect(heading).toHaveFocus());

    // Practitioner is ticked to start with: the usual case.
    expect(screen.getByRole('checkbox', { name: 'Practitioner' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Administrator' })).not.toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: 'Practitioner' }));
    await user.type(screen.getByLabelText('Email address'), 'sam at example');
    await user.click(screen.getByRole('button', { name: 'Add user' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeVisible();
    const links = within(summary).getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['This is required', '#add-user-displayName'],
      ['Enter an email address in the correct format, like name@example.com', '#add-user-email'],
      ['Select at least one role', '#add-user-roles'],
    ]);
    await waitFor(() => expect(summary).toHaveFocus());
    // Inline, against each field, and described by it.
    const email = screen.getByLabelText('Email address');
    expect(email).toHaveValue('sam at example');
    expect(email).toHaveAttribute('aria-invalid', 'true');
    // (The visually hidden "Error:" prefix is joined without a space by jsdom's computation.)
    expect(email).toHaveAccessibleDescription(
      /^They sign in with this\. Error: ?Enter an email address in the correct format/,
    );
    const roles = screen.getByRole('group', { name: 'Roles' });
    expect(roles).toHaveAccessibleDescription(
      /^Select all that apply\. Error: ?Select at least one role$/,
    );
  });

  it('keeps what was typed and says so plainly when the server cannot be reached', async () => {
    const user = userEvent.setup();
    await signInAs(['admin']);
    await renderApp('/admin?view=add');
    await screen.findByRole('heading', { level: 1, name: 'Add a user' });
    await user.type(screen.getByLabelText('Name'), 'Sam Jones');
    await user.type(screen.getByLabelText('Email address'), 'sam@example.org');
    await user.click(screen.getByRole('checkbox', { name: 'Administrator' }));
    await user.click(screen.getByRole('button', { name: 'Add user' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent("You're offline. Connect to the internet and try again.");
    expect(screen.getByLabelText('Name')).toHaveValue('Sam Jones');
    expect(screen.getByLabelText('Email address')).toHaveValue('sam@example.org');
    expect(screen.getByRole('checkbox', { name: 'Administrator' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Practitioner' })).toBeChecked();
  });

  it('is told when offline, and cannot start anything that needs the server', async () => {
    await signInAs(['admin']);
    setOnline(false);
    await renderApp('/admin');
    await screen.findByRole('heading', { level: 1, name: 'Manage users' });
    expect(await screen.findByTestId('admin-offline')).toHaveTextContent(
      'Managing users needs an internet connection.',
    );
    expect(screen.getByRole('button', { name: 'Add a user' })).toBeDisabled();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('cannot send the add-user form while offline, but can still type', async () => {
    const user = userEvent.setup();
    await signInAs(['admin']);
    await renderApp('/admin?view=add');
    await screen.findByRole('heading', { level: 1, name: 'Add a user' });
    setOnline(false);
    expect(await screen.findByTestId('admin-offline')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Add user' })).toBeDisabled();
    await user.type(screen.getByLabelText('Name'), 'Sam');
    expect(screen.getByLabelText('Name')).toHaveValue('Sam');
    setOnline(true);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Add user' })).toBeEnabled());
    expect(screen.queryByTestId('admin-offline')).not.toBeInTheDocument();
  });

  it('reads in Urdu, right to left', async () => {
    await signInAs(['admin']);
    await renderApp('/admin?view=add', 'ur');
    expect(await screen.findByRole('heading', { level: 1, name: 'صارف شامل کریں' })).toBeVisible();
    expect(document.documentElement.dir).toBe('rtl');
    expect(screen.getByRole('checkbox', { name: 'منتظم' })).toBeInTheDocument();
  });
});
