// Young people and carers signing in on a second phone, as they meet it in jsdom: the way
// in from the sign-in and join screens, the form's validation (error summary, inline
// messages, typed text kept), what happens with no connection, and the join screen's code
// filled in from a QR code's link. Component tests have no server (a call fails as it
// would offline); signing in for real is in tests/server/family-sign-in.test.ts and
// tests/e2e/join.test.ts.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { forgetAccount, localStore, saveAccount } from '../../src/db';
import { renderApp } from './render-app';

async function signedInAs(roles: string[]) {
  await saveAccount(localStore().db, {
    userId: 'user-1',
    organisationId: 'org-1',
    displayName: 'Sam',
    roles,
    signedInAt: new Date().toISOString(),
  });
}

afterEach(async () => {
  await forgetAccount(localStore().db);
});

describe('signing in with a sign-in name', () => {
  it('is a clear second way in from the staff sign-in screen and from joining', async () => {
    const user = userEvent.setup();
    const { router } = await renderApp('/sign-in');
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    expect(
      screen.getByRole('heading', {
        level: 2,
        name: 'Signing in as a young person or family member?',
      }),
    ).toBeVisible();
    await user.click(screen.getByRole('link', { name: 'Sign in with your sign-in name' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sign in to your plan' }),
    ).toBeVisible();
    expect(router.state.location.pathname).toBe('/sign-in/family');
    await waitFor(() => expect(document.title).toBe('Sign in to your plan – OurPlan'));

    await user.click(screen.getByRole('link', { name: 'Join your plan with a code' }));
    await screen.findByRole('heading', { level: 1, name: 'Join your plan' });
    expect(screen.getByRole('link', { name: 'Sign in with your sign-in name' })).toHaveAttribute(
      'href',
      '/sign-in/family',
    );
  });

  it('shows an error summary and inline messages, keeping what was typed', async () => {
    const user = userEvent.setup();
    await renderApp('/sign-in/family');
    await screen.findByRole('heading', { level: 1, name: 'Sign in to your plan' });
    const name = screen.getByLabelText('Your sign-in name');
    const passphrase = screen.getByLabelText('Your passphrase');
    expect(name).toHaveAttribute('autocomplete', 'username');
    expect(passphrase).toHaveAttribute('type', 'password');
    expect(passphrase).toHaveAttribute('autocomplete', 'current-password');

    // Nothing typed: both fields are required.
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeVisible();
    const links = within(summary).getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['This is required', '#family-sign-in-signInName'],
      ['This is required', '#family-sign-in-passphrase'],
    ]);
    await waitFor(() => expect(summary).toHaveFocus());
    expect(name).toHaveAttribute('aria-invalid', 'true');
    // The hint and the message are both read out with the field.
    expect(name).toHaveAccessibleDescription(
      expect.stringMatching(/^You were shown it when you joined\. .*This is required$/),
    );
  });

  it('says when a name is not the shape of a sign-in name, keeping what was typed', async () => {
    const user = userEvent.setup();
    await renderApp('/sign-in/family');
    await screen.findByRole('heading', { level: 1, name: 'Sign in to your plan' });
    const name = screen.getByLabelText('Your sign-in name');
    const passphrase = screen.getByLabelText('Your passphrase');
    await user.type(name, 'sam@example.org');
    await user.type(passphrase, 'purple elephant dancing');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    const message = 'Enter your sign-in name as it was shown to you, like sam-7KQ2';
    const summary = await screen.findByRole('alert');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((a) => [a.textContent, a.getAttribute('href')]),
    ).toEqual([[message, '#family-sign-in-signInName']]);
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(passphrase).not.toHaveAttribute('aria-invalid');
    expect(name).toHaveValue('sam@example.org');
    expect(passphrase).toHaveValue('purple elephant dancing');
  });

  it('accepts any case and spacing, and says plainly when there is no connection', async () => {
    const user = userEvent.setup();
    await renderApp('/sign-in/family');
    await screen.findByRole('heading', { level: 1, name: 'Sign in to your plan' });
    // Valid to the form (the server is asked), but there is no server here: as offline.
    await user.type(screen.getByLabelText('Your sign-in name'), 'SAM 7kq2');
    await user.type(screen.getByLabelText('Your passphrase'), 'purple elephant dancing');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      "You're offline. Signing in needs an internet connection.",
    );
    expect(screen.getByLabelText('Your sign-in name')).toHaveValue('SAM 7kq2');
    expect(screen.getByLabelText('Your passphrase')).toHaveValue('purple elephant dancing');
    expect(screen.getByLabelText('Your sign-in name')).not.toHaveAttribute('aria-invalid');
  });

  it('says it in Welsh too', async () => {
    const user = userEvent.setup();
    await renderApp('/sign-in/family', 'cy');
    await screen.findByRole('heading', { level: 1, name: "Mewngofnodi i'ch cynllun" });
    await user.type(screen.getByLabelText('Eich enw mewngofnodi'), '!!');
    await user.click(screen.getByRole('button', { name: 'Mewngofnodi' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Rhowch eich enw mewngofnodi fel y cafodd ei ddangos i chi, fel sam-7KQ2',
    );
  });
});

describe('joining from a QR code', () => {
  it('fills in the code from the link’s #code= and keeps the rest for the person', async () => {
    const { router } = await renderApp('/join#code=K7QM-3XPA-9T');
    await screen.findByRole('heading', { level: 1, name: 'Join your plan' });
    await waitFor(() => expect(screen.getByLabelText('Your code')).toHaveValue('K7QM-3XPA-9T'));
    expect(screen.getByLabelText('What should we call you?')).toHaveValue('');
    expect(router.state.location.pathname).toBe('/join');
    // The code leaves the address bar.
    expect(window.location.hash).toBe('');
  });

  it('leaves the code empty when the link has none', async () => {
    await renderApp('/join');
    await screen.findByRole('heading', { level: 1, name: 'Join your plan' });
    expect(screen.getByLabelText('Your code')).toHaveValue('');
  });
});

describe('the sign-in name on the account page', () => {
  it('is asked of the server for a young person; offline, the page says to connect', async () => {
    await signedInAs(['young-person']);
    await renderApp('/account');
    await screen.findByTestId('signed-in-as');
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Your sign-in name' }),
    ).toBeVisible();
    expect(
      screen.getByText('Connect to the internet to see your sign-in name.'),
    ).toBeInTheDocument();
  });

  it('is not offered to staff, who sign in with their email address', async () => {
    await signedInAs(['practitioner']);
    await renderApp('/account');
    await screen.findByTestId('signed-in-as');
    await screen.findByRole('heading', { level: 2, name: "Where you're signed in" });
    expect(screen.queryByRole('heading', { name: 'Your sign-in name' })).not.toBeInTheDocument();
  });
});
