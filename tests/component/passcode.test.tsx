// The passcode forms as a practitioner meets them before and after hand-over: choosing a
// passcode (problems explained, typed text kept), and entering it (wrong passcodes, the
// growing wait with its countdown, and success). Real store (fake-indexeddb), real words.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense, type ReactNode } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../src/app/i18n';
import { hasPasscode, localStore, setPasscode, verifyPasscode } from '../../src/db';
import { EnterPasscodeForm } from '../../src/ui/passcode/EnterPasscodeForm';
import { SetPasscodeForm } from '../../src/ui/passcode/SetPasscodeForm';

const ME = 'user-practitioner-1';
const GOOD = '480351';
const FAST = { iterations: 1_000 };

// Saving runs the real 600,000-iteration hash: slower than most component tests.
vi.setConfig({ testTimeout: 30_000 });

beforeEach(async () => {
  await localStore().db.meta.clear();
});

async function renderWithWords(ui: ReactNode) {
  const i18n = await initI18n('en-GB');
  await i18n.changeLanguage('en-GB');
  return render(<Suspense fallback={null}>{ui}</Suspense>);
}

/** The error summary, once it has appeared. */
function errorSummary() {
  return screen.findByRole('alert');
}

describe('choosing a passcode', () => {
  it('says why it is asked for, and explains what is missing', async () => {
    const user = userEvent.setup();
    const onDone = vi.fn();
    await renderWithWords(<SetPasscodeForm userId={ME} onDone={onDone} />);
    expect(
      await screen.findByText(
        'Before you hand the tablet over, choose a passcode. You will need it to take the tablet back.',
      ),
    ).toBeInTheDocument();
    const field = screen.getByLabelText('New passcode');
    expect(field).toHaveAttribute('inputmode', 'numeric');
    expect(field).toHaveAttribute('autocomplete', 'off');
    expect(field).toHaveAttribute('type', 'password');

    await user.click(screen.getByRole('button', { name: 'Save passcode' }));
    const summary = await errorSummary();
    expect(within(summary).getByText('There is a problem')).toBeInTheDocument();
    expect(within(summary).getByRole('link', { name: 'Enter a passcode' })).toHaveAttribute(
      'href',
      '#set-passcode-passcode',
    );
    expect(within(summary).getByRole('link', { name: 'Enter the passcode again' })).toHaveAttribute(
      'href',
      '#set-passcode-confirm',
    );
    expect(summary).toHaveFocus();
    expect(onDone).not.toHaveBeenCalled();
  });

  it('refuses a passcode that is easy to guess, keeping what was typed', async () => {
    const user = userEvent.setup();
    const onDone = vi.fn();
    await renderWithWords(<SetPasscodeForm userId={ME} onDone={onDone} />);
    await user.type(await screen.findByLabelText('New passcode'), '123456');
    await user.type(screen.getByLabelText('Enter the passcode again'), '123456');
    await user.click(screen.getByRole('button', { name: 'Save passcode' }));

    const message =
      'Choose a passcode that is harder to guess, not a run like 123456 or the same numbers repeated';
    expect(
      await within(await errorSummary()).findByRole('link', { name: message }),
    ).toBeInTheDocument();
    // And on the field itself, which keeps what was typed.
    expect(screen.getByLabelText('New passcode')).toHaveAccessibleDescription(
      expect.stringContaining(message),
    );
    expect(screen.getByLabelText('New passcode')).toHaveValue('123456');
    expect(onDone).not.toHaveBeenCalled();
    expect(await hasPasscode(localStore().db, ME)).toBe(false);

    await user.clear(screen.getByLabelText('New passcode'));
    await user.type(screen.getByLabelText('New passcode'), '4803');
    await user.click(screen.getByRole('button', { name: 'Save passcode' }));
    expect(
      await within(await errorSummary()).findByRole('link', {
        name: 'Passcode must be 6 numbers or more',
      }),
    ).toBeInTheDocument();
  });

  it('says when the two passcodes do not match, keeping both', async () => {
    const user = userEvent.setup();
    const onDone = vi.fn();
    await renderWithWords(<SetPasscodeForm userId={ME} onDone={onDone} />);
    await user.type(await screen.findByLabelText('New passcode'), GOOD);
    await user.type(screen.getByLabelText('Enter the passcode again'), '480315');
    await user.click(screen.getByRole('button', { name: 'Save passcode' }));

    const message = 'The passcodes do not match. Enter the same passcode twice';
    expect(
      await within(await errorSummary()).findByRole('link', { name: message }),
    ).toHaveAttribute('href', '#set-passcode-confirm');
    expect(within(await errorSummary()).getAllByRole('link')).toHaveLength(1);
    expect(screen.getByLabelText('New passcode')).toHaveValue(GOOD);
    expect(screen.getByLabelText('Enter the passcode again')).toHaveValue('480315');
    expect(onDone).not.toHaveBeenCalled();
  });

  it('saves a good passcode on this device and says it is done', async () => {
    const user = userEvent.setup();
    const onDone = vi.fn();
    await renderWithWords(<SetPasscodeForm userId={ME} onDone={onDone} purpose="lock" />);
    expect(
      await screen.findByText(/Choose a passcode for OurPlan on this device/),
    ).toBeInTheDocument();
    await user.type(screen.getByLabelText('New passcode'), GOOD);
    await user.type(screen.getByLabelText('Enter the passcode again'), GOOD);
    await user.click(screen.getByRole('button', { name: 'Save passcode' }));

    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(await verifyPasscode(localStore().db, ME, GOOD)).toEqual({ ok: true });
  });
});

describe('entering the passcode', () => {
  it('asks for the passcode when nothing was typed', async () => {
    const user = userEvent.setup();
    await setPasscode(localStore().db, ME, GOOD, FAST);
    await renderWithWords(<EnterPasscodeForm userId={ME} onDone={vi.fn()} />);
    await user.click(await screen.findByRole('button', { name: 'Unlock' }));
    expect(
      await within(await errorSummary()).findByRole('link', { name: 'Enter your passcode' }),
    ).toBeInTheDocument();
  });

  it('says a wrong passcode is not right, clears it, and unlocks with the right one', async () => {
    const user = userEvent.setup();
    const onDone = vi.fn();
    await setPasscode(localStore().db, ME, GOOD, FAST);
    await renderWithWords(<EnterPasscodeForm userId={ME} onDone={onDone} />);
    expect(
      await screen.findByText('To take the tablet back, enter your passcode.'),
    ).toBeInTheDocument();

    await user.type(screen.getByLabelText('Passcode'), '480352');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    const wrong = 'The passcode is not right. Check it and try again.';
    expect(
      await within(await errorSummary()).findByRole('link', { name: wrong }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Passcode')).toHaveValue('');
    expect(onDone).not.toHaveBeenCalled();

    await user.type(screen.getByLabelText('Passcode'), GOOD);
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
  });

  it('shows the wait after too many wrong passcodes, counting down, then lets them try again', async () => {
    const user = userEvent.setup();
    const onDone = vi.fn();
    const { db } = localStore();
    await setPasscode(db, ME, GOOD, FAST);
    for (let i = 0; i < 3; i++) await verifyPasscode(db, ME, '000001');
    await renderWithWords(<EnterPasscodeForm userId={ME} onDone={onDone} />);

    // The 4th wrong passcode starts a 5-second wait.
    await user.type(await screen.findByLabelText('Passcode'), '000001');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    const wait = await screen.findByTestId('passcode-wait');
    expect(wait).toHaveTextContent(/^Wait [45] seconds, then try again\.$/);
    expect(screen.getByRole('status')).toHaveTextContent('Wait 5 seconds, then try again.');
    expect(screen.queryByRole('button', { name: 'Unlock' })).not.toBeInTheDocument();

    // Counting down…
    await waitFor(() => expect(wait).toHaveTextContent('Wait 3 seconds, then try again.'));
    // …and then the Unlock button is back and the right passcode works.
    const unlock = await screen.findByRole('button', { name: 'Unlock' }, { timeout: 8_000 });
    expect(screen.getByRole('status')).toHaveTextContent('You can try again now.');
    await user.type(screen.getByLabelText('Passcode'), GOOD);
    await user.click(unlock);
    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
  });

  it('still shows a wait that started before the page was reloaded', async () => {
    const { db } = localStore();
    await setPasscode(db, ME, GOOD, FAST);
    // Four failures 3 seconds ago: 2 seconds of the 5-second wait are left.
    const earlier = Date.now() - 3_000;
    for (let i = 0; i < 4; i++) await verifyPasscode(db, ME, '000001', { now: () => earlier });
    await renderWithWords(<EnterPasscodeForm userId={ME} onDone={vi.fn()} />);
    expect(await screen.findByTestId('passcode-wait')).toHaveTextContent(
      /^Wait [12] seconds?, then try again\.$/,
    );
    expect(screen.queryByRole('button', { name: 'Unlock' })).not.toBeInTheDocument();
  });

  it('offers a way out when the passcode is forgotten', async () => {
    const user = userEvent.setup();
    const onForgotten = vi.fn();
    await setPasscode(localStore().db, ME, GOOD, FAST);
    await renderWithWords(
      <EnterPasscodeForm userId={ME} onDone={vi.fn()} onForgotten={onForgotten} purpose="lock" />,
    );
    expect(
      await screen.findByText('OurPlan is locked. Enter your passcode to carry on.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'I have forgotten my passcode' }));
    expect(onForgotten).toHaveBeenCalledTimes(1);
  });
});
