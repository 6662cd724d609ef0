// The app lock in the real app frame (issue #10): a signed-in person with no passcode on
// this device chooses one (a young person first answers about their safety plan); the
// lock then hides every screen but the open ones until the passcode unlocks; a young
// person who kept their plan open reads it while locked, and one who did not gets the
// passcode form with the crisis lines.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lockState, setLockState } from '../../src/app/lock/lock-state';
import { localStore, saveAccount, saveOpenPlan, setActor } from '../../src/db';
import { SAFETY_PLAN_SECTIONS } from '../../src/domain/kinds/safety-plan';
import { renderApp } from './render-app';

const PASSCODE = '258036';

async function signedInWithoutPasscode(roles: string[], displayName: string) {
  const { db } = localStore();
  db.keys.forget();
  await Promise.all(db.tables.map((table) => table.clear()));
  await saveAccount(db, {
    userId: 'user-1',
    organisationId: 'org-1',
    displayName,
    roles,
    signedInAt: new Date().toISOString(),
  });
  setActor('user-1');
  localStorage.setItem('ourplan.signedIn', '1');
  setLockState('needs-passcode');
}

async function choose(user: ReturnType<typeof userEvent.setup>) {
  await user.type(await screen.findByLabelText('New passcode'), PASSCODE);
  await user.type(screen.getByLabelText('Enter the passcode again'), PASSCODE);
  await user.click(screen.getByRole('button', { name: 'Save passcode' }));
}

beforeEach(() => {
  localStorage.clear();
});

afterEach(async () => {
  const { lock } = await import('../../src/app/lock/lock-runtime');
  await lock().catch(() => undefined);
  setLockState('signed-out');
});

describe('the app lock', () => {
  it('asks a practitioner for a passcode, then shows their screen; locked, only the passcode opens it', async () => {
    await signedInWithoutPasscode(['practitioner'], 'Pat Practitioner');
    const user = userEvent.setup();
    await renderApp('/practitioner');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Choose a passcode' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Your caseload' })).toBeNull();
    await choose(user);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Your caseload' }, { timeout: 20_000 }),
    ).toBeInTheDocument();
    expect(lockState()).toBe('unlocked');
    expect(localStore().db.keys.unlocked).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Lock' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Enter your passcode' }),
    ).toBeInTheDocument();
    expect(localStore().db.keys.unlocked).toBe(false);
    expect(screen.getByTestId('locked-for')).toHaveTextContent('Signed in as Pat Practitioner.');
    // No crisis lines on a practitioner's lock screen; they are for young people and carers.
    expect(screen.queryByTestId('help-now')).toBeNull();

    await user.type(screen.getByLabelText('Passcode'), '135790');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(
      (await screen.findAllByText('The passcode is not right. Check it and try again.')).length,
    ).toBeGreaterThan(0);
    await user.type(screen.getByLabelText('Passcode'), PASSCODE);
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Your caseload' }, { timeout: 20_000 }),
    ).toBeInTheDocument();
  }, 60_000);

  it('lets the open screens through while locked', async () => {
    await signedInWithoutPasscode(['practitioner'], 'Pat Practitioner');
    setLockState('locked');
    await renderApp('/support');
    expect(
      await screen.findByRole('heading', { level: 1, name: /supporting a young person/i }),
    ).toBeInTheDocument();
  });

  it('asks a young person about their safety plan first; kept open, it shows while locked', async () => {
    await signedInWithoutPasscode(['young-person'], 'Sam');
    const user = userEvent.setup();
    const { router } = await renderApp('/my-plan');
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Your safety plan when OurPlan is locked',
      }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Keep my safety plan open' }));
    await choose(user);
    await waitFor(() => expect(lockState()).toBe('unlocked'), { timeout: 20_000 });
    // What the keeper stores from the plan screen (here written directly: no case synced).
    await saveOpenPlan(localStore().db, 'user-1', {
      caseId: 'case-1',
      name: 'Sam',
      status: 'draft',
      view: {
        sections: {
          ...Object.fromEntries(SAFETY_PLAN_SECTIONS.map((section) => [section, []])),
          'people-to-ask': [
            { id: 'i1', section: 'people-to-ask', text: 'Auntie Jo', addedByRole: 'young-person' },
          ],
        },
        backupTeam: [],
        writtenByYoungPerson: [],
      },
    });
    const { lock } = await import('../../src/app/lock/lock-runtime');
    await lock();
    await router.navigate('/my-plan/safety-plan');
    expect(await screen.findByText('Auntie Jo')).toBeInTheDocument();
    expect(screen.getByTestId('help-now')).toBeInTheDocument();
    expect(screen.getByText('The rest of OurPlan is locked.')).toBeInTheDocument();
    expect(screen.queryByLabelText('Passcode')).toBeNull();
  }, 60_000);
});
