// Unsent changes as a locked file, as a person meets it (issue #10 item 4): at sign-out with
// changes that cannot be sent, saving them locked with the passcode (checked first, with
// the growing delays), and on the account page, bringing them back. Real store
// (fake-indexeddb, unlocked as after the passcode), real crypto, real words. Only the
// browser's download (object URLs and the link click, which jsdom lacks) is stood in for,
// to catch the file the browser would have saved. Component tests have no server, so
// signing out finds the changes still unsent, as it would offline.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense, type ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../src/app/i18n';
import { decryptUnsent, encryptUnsent, unsentEntries } from '../../src/app/account/unsent-file';
import { localStore, setPasscode, verifyPasscode, type OutboxEntry } from '../../src/db';
import { ImportUnsentSection } from '../../src/features/account/ImportUnsentSection';
import { SignOutSection } from '../../src/features/account/SignOutSection';
import { openCase, signInAsPractitioner } from './practitioner';
import { renderApp } from './render-app';

const ME = 'user-practitioner-1';
const GOOD = '480351';
const WRONG = '480352';
const FAST = { iterations: 1_000 };

vi.setConfig({ testTimeout: 30_000 });

/** What the browser was asked to download: the file and the name it was offered under. */
interface Download {
  file: Blob;
  name: string;
}

let downloads: Download[] = [];

beforeEach(async () => {
  await signInAsPractitioner(ME);
  downloads = [];
  const files = new Map<string, Blob>();
  let next = 0;
  URL.createObjectURL = (file: Blob | MediaSource) => {
    const url = `blob:test/${++next}`;
    if (file instanceof Blob) files.set(url, file);
    return url;
  };
  URL.revokeObjectURL = (url: string) => void files.delete(url);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const file = files.get(this.getAttribute('href') ?? '');
    if (file) downloads.push({ file, name: this.download });
  });
});

const { createObjectURL, revokeObjectURL } = URL;
afterEach(() => {
  URL.createObjectURL = createObjectURL;
  URL.revokeObjectURL = revokeObjectURL;
  vi.restoreAllMocks();
});

async function renderWithWords(ui: ReactNode) {
  const i18n = await initI18n('en-GB');
  await i18n.changeLanguage('en-GB');
  return render(<Suspense fallback={null}>{ui}</Suspense>);
}

/** Three changes waiting to be sent. */
async function threeUnsentChanges(): Promise<OutboxEntry[]> {
  await openCase({ preferredName: 'Sam' });
  await openCase({ preferredName: 'Jo' });
  await openCase({ preferredName: 'Alex' });
  const entries = await unsentEntries(localStore().db);
  expect(entries).toHaveLength(3);
  return entries;
}

/** Sign out, and be told three changes are not sent. */
async function signOutWithUnsent() {
  const user = userEvent.setup();
  await renderWithWords(<SignOutSection fileIterations={FAST.iterations} />);
  await user.click(await screen.findByRole('button', { name: 'Sign out' }));
  await screen.findByText('Some changes have not been sent yet');
  // The form appears once it knows whether this device has a passcode.
  await screen.findByRole('button', { name: 'Download them as a locked file' });
  return user;
}

function withoutSeq(entries: OutboxEntry[]) {
  return entries.map(({ seq: _seq, ...rest }) => rest);
}

describe('saving unsent changes as a locked file at sign-out', () => {
  it('checks the passcode, then saves a file that opens with it', async () => {
    const entries = await threeUnsentChanges();
    await setPasscode(localStore().db, ME, GOOD, FAST);
    const user = await signOutWithUnsent();

    const field = await screen.findByLabelText('Your passcode, to lock the file');
    expect(field).toHaveAttribute('type', 'password');
    expect(field).toHaveAttribute('inputmode', 'numeric');
    await user.type(field, GOOD);
    await user.click(screen.getByRole('button', { name: 'Download them as a locked file' }));

    expect(
      await screen.findByText(
        'Saved. You can bring them back after signing in again: Your account, then Bring back unsent changes.',
      ),
    ).toBeInTheDocument();
    expect(downloads).toHaveLength(1);
    const [{ file, name }] = downloads as [Download];
    expect(name).toMatch(/^ourplan-unsent-changes-\d{4}-\d{2}-\d{2}\.ourplan$/);
    expect(await decryptUnsent(file, GOOD)).toEqual({ ok: true, entries: withoutSeq(entries) });
    expect(await decryptUnsent(file, WRONG)).toEqual({ ok: false, reason: 'wrongPasscode' });
    // Nothing is removed by saving: the changes stay until sent or knowingly discarded.
    expect(await localStore().db.outbox.count()).toBe(3);
  });

  it('refuses a passcode that is not the one on this device, so no file is made that nobody can open', async () => {
    await threeUnsentChanges();
    await setPasscode(localStore().db, ME, GOOD, FAST);
    const user = await signOutWithUnsent();

    await user.click(screen.getByRole('button', { name: 'Download them as a locked file' }));
    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    expect(within(summary).getByRole('link', { name: 'Enter your passcode' })).toHaveAttribute(
      'href',
      '#unsent-file-passcode',
    );

    await user.type(screen.getByLabelText('Your passcode, to lock the file'), WRONG);
    await user.click(screen.getByRole('button', { name: 'Download them as a locked file' }));
    expect(
      await within(await screen.findByRole('alert', { name: 'There is a problem' })).findByRole(
        'link',
        { name: 'The passcode is not right. Check it and try again.' },
      ),
    ).toHaveAttribute('href', '#unsent-file-passcode');
    expect(screen.getByLabelText('Your passcode, to lock the file')).toHaveValue('');
    expect(downloads).toHaveLength(0);
  });

  it('shows the wait after too many wrong passcodes, as the lock screen does', async () => {
    await threeUnsentChanges();
    const { db } = localStore();
    await setPasscode(db, ME, GOOD, FAST);
    for (let i = 0; i < 3; i++) await verifyPasscode(db, ME, WRONG); // free typos
    const user = await signOutWithUnsent();

    await user.type(screen.getByLabelText('Your passcode, to lock the file'), WRONG);
    await user.click(screen.getByRole('button', { name: 'Download them as a locked file' }));
    const wait = await screen.findByTestId('passcode-wait');
    expect(wait).toHaveTextContent(/^Wait [1-5] seconds?, then try again\.$/);
    expect(
      screen.queryByRole('button', { name: 'Download them as a locked file' }),
    ).not.toBeInTheDocument();
    expect(downloads).toHaveLength(0);
  });

  it('asks for a new passcode, twice, when this device has none', async () => {
    const entries = await threeUnsentChanges();
    const user = await signOutWithUnsent();

    const field = await screen.findByLabelText('Choose a passcode, to lock the file');
    await user.type(field, '123456');
    await user.type(screen.getByLabelText('Enter the passcode again'), '123457');
    await user.click(screen.getByRole('button', { name: 'Download them as a locked file' }));
    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    expect(
      within(summary).getByRole('link', {
        name: 'Choose a passcode that is harder to guess, not a run like 123456 or the same numbers repeated',
      }),
    ).toBeInTheDocument();
    expect(
      within(summary).getByRole('link', {
        name: 'The passcodes do not match. Enter the same passcode twice',
      }),
    ).toBeInTheDocument();
    expect(field).toHaveValue('123456'); // what was typed is kept

    await user.clear(field);
    await user.type(field, GOOD);
    await user.clear(screen.getByLabelText('Enter the passcode again'));
    await user.type(screen.getByLabelText('Enter the passcode again'), GOOD);
    await user.click(screen.getByRole('button', { name: 'Download them as a locked file' }));
    await screen.findByText(/^Saved\./);
    expect(await decryptUnsent(downloads[0]!.file, GOOD)).toEqual({
      ok: true,
      entries: withoutSeq(entries),
    });
  });
});

describe('bringing unsent changes back', () => {
  /** A file saved before signing out, then a fresh sign-in with an empty outbox. */
  async function savedFileThenSignedInAgain(): Promise<{ file: File; entries: OutboxEntry[] }> {
    const entries = await threeUnsentChanges();
    const blob = await encryptUnsent(entries, GOOD, FAST);
    await signInAsPractitioner(ME);
    expect(await localStore().db.outbox.count()).toBe(0);
    const file = new File([await blob.text()], 'ourplan-unsent-changes-2026-03-04.ourplan', {
      type: '',
    });
    return { file, entries };
  }

  it('puts the changes back to be sent, and adds nothing the second time', async () => {
    const { file, entries } = await savedFileThenSignedInAgain();
    const user = userEvent.setup();
    await renderWithWords(<ImportUnsentSection />);

    expect(
      await screen.findByRole('heading', { level: 2, name: 'Bring back unsent changes' }),
    ).toBeVisible();
    const input = screen.getByLabelText('File of unsent changes');
    expect(input).toHaveAttribute('accept', '.ourplan,application/json');
    await user.upload(input, file);
    expect(await screen.findByText('This file holds 3 changes.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('The passcode the file was locked with'), GOOD);
    await user.click(screen.getByRole('button', { name: 'Bring them back' }));

    expect(
      await screen.findByText('3 changes added. They will be sent the next time OurPlan connects.'),
    ).toBeInTheDocument();
    const outbox = await unsentEntries(localStore().db);
    expect(withoutSeq(outbox)).toEqual(withoutSeq(entries));

    await user.click(screen.getByRole('button', { name: 'Bring them back' }));
    expect(
      await screen.findByText(
        'Every change in this file is already on this device. There is nothing to add.',
      ),
    ).toBeInTheDocument();
    expect(await localStore().db.outbox.count()).toBe(3);
  });

  it('says what is missing, then that the passcode does not open the file, keeping what was typed', async () => {
    const { file } = await savedFileThenSignedInAgain();
    const user = userEvent.setup();
    await renderWithWords(<ImportUnsentSection />);

    await user.click(await screen.findByRole('button', { name: 'Bring them back' }));
    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    expect(summary).toHaveFocus();
    expect(
      within(summary).getByRole('link', { name: 'Choose the file of unsent changes' }),
    ).toHaveAttribute('href', '#import-unsent-file');
    expect(
      within(summary).getByRole('link', { name: 'Enter the passcode the file was locked with' }),
    ).toHaveAttribute('href', '#import-unsent-passcode');

    await user.upload(screen.getByLabelText('File of unsent changes'), file);
    const passcode = screen.getByLabelText('The passcode the file was locked with');
    await user.type(passcode, WRONG);
    await user.click(screen.getByRole('button', { name: 'Bring them back' }));
    const message = 'That passcode does not open this file.';
    expect(
      await within(await screen.findByRole('alert', { name: 'There is a problem' })).findByRole(
        'link',
        { name: message },
      ),
    ).toHaveAttribute('href', '#import-unsent-passcode');
    expect(passcode).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(passcode).toHaveValue(WRONG);
    expect(await localStore().db.outbox.count()).toBe(0);

    // Correcting the passcode is enough: the file is still chosen.
    await user.clear(passcode);
    await user.type(passcode, GOOD);
    await user.click(screen.getByRole('button', { name: 'Bring them back' }));
    await screen.findByText('3 changes added. They will be sent the next time OurPlan connects.');
    expect(screen.queryByRole('alert', { name: 'There is a problem' })).not.toBeInTheDocument();
  });

  it('says a file that is not ours is not a file of unsent changes', async () => {
    const user = userEvent.setup();
    await renderWithWords(<ImportUnsentSection />);
    const input = await screen.findByLabelText('File of unsent changes');
    await user.upload(
      input,
      new File(['{"some":"other json"}'], 'notes.json', { type: 'application/json' }),
    );
    await user.type(screen.getByLabelText('The passcode the file was locked with'), GOOD);
    await user.click(screen.getByRole('button', { name: 'Bring them back' }));

    const message = 'That file is not an OurPlan file of unsent changes.';
    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    expect(await within(summary).findByRole('link', { name: message })).toHaveAttribute(
      'href',
      '#import-unsent-file',
    );
    expect(input).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(screen.queryByText(/This file holds/)).not.toBeInTheDocument();
    expect(await localStore().db.outbox.count()).toBe(0);
  });

  it('is on the account page', async () => {
    await renderApp('/account');
    await screen.findByTestId('signed-in-as');
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Bring back unsent changes' }),
    ).toBeVisible();
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Bring them back' })).toBeEnabled(),
    );
  });
});
