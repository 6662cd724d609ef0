// An administrator signing out one of a colleague's devices from the colleague's account
// page (issue #10 item 4), as met in jsdom: the list of devices, the question asked first,
// the device gone from the list with a success message, and plain words when it cannot
// be done. Component tests have no server, so a small in-test stand-in answers fetch with
// the contract of GET /api/admin/users/:id/sessions and POST …/sessions/:sessionId/revoke;
// the real server's side is in tests/server.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { forgetAccount, localStore } from '../../src/db';
import { signInAs } from './practitioner';
import { renderApp } from './render-app';

// Screens load lazily; on a busy machine the first render can take a while.
vi.setConfig({ testTimeout: 30_000 });

const ADMIN = '01900000-0000-7000-8000-0000000000a1';
const SAM = '01900000-0000-7000-8000-0000000000b2';

const users = [
  {
    id: ADMIN,
    displayName: 'Priya Shah',
    email: 'priya@example.org',
    roles: ['admin'],
    active: true,
    hasPassword: true,
  },
  {
    id: SAM,
    displayName: 'Sam Jones',
    email: 'sam@example.org',
    roles: ['practitioner'],
    active: true,
    hasPassword: true,
  },
];

interface Device {
  id: string;
  deviceLabel: string | null;
  createdAt: string;
  lastSeenAt: string | null;
  current?: boolean;
}

const TABLET: Device = {
  id: 'session-tablet',
  deviceLabel: 'Clinic room 3 tablet',
  createdAt: '2026-03-02T09:15:00.000Z',
  lastSeenAt: '2026-03-09T16:40:00.000Z',
};
const PHONE: Device = {
  id: 'session-phone',
  deviceLabel: 'Chrome on Android',
  createdAt: '2026-02-20T08:00:00.000Z',
  lastSeenAt: null,
};

type Outage = 'offline' | 'server' | null;

/**
 * The server's side of the contract, in memory: the users list, each user's sessions, and
 * revoking one (204, or 404 when it has gone). `listOutage` / `revokeOutage` make the next
 * calls fail as a dropped connection (fetch rejects) or a server error would.
 */
function fakeServer(devices: Device[]) {
  const state = {
    sessions: [...devices],
    calls: [] as string[],
    listOutage: null as Outage,
    revokeOutage: null as Outage,
  };
  const fail = (outage: Outage): Response | null => {
    if (outage === 'offline') throw new TypeError('Failed to fetch');
    if (outage === 'server') return Response.json({ error: 'internal_error' }, { status: 500 });
    return null;
  };
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    const method = init?.method ?? 'GET';
    state.calls.push(`${method} ${url}`);
    if (method === 'GET' && url === '/api/admin/users') return Response.json({ users });
    const list = /^\/api\/admin\/users\/([^/]+)\/sessions$/.exec(url);
    if (method === 'GET' && list) {
      const failed = fail(state.listOutage);
      if (failed) return failed;
      return Response.json({ sessions: list[1] === SAM ? state.sessions : [] });
    }
    const revoke = /^\/api\/admin\/users\/([^/]+)\/sessions\/([^/]+)\/revoke$/.exec(url);
    if (method === 'POST' && revoke) {
      const failed = fail(state.revokeOutage);
      if (failed) return failed;
      const index = state.sessions.findIndex((s) => s.id === decodeURIComponent(revoke[2] ?? ''));
      if (revoke[1] !== SAM || index < 0) {
        return Response.json({ error: 'not_found', message: 'No such session.' }, { status: 404 });
      }
      state.sessions.splice(index, 1);
      return new Response(null, { status: 204 });
    }
    return Response.json({ error: 'not_found', message: 'No such endpoint.' }, { status: 404 });
  });
  vi.stubGlobal('fetch', fetch);
  return state;
}

function setOnline(online: boolean) {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
  window.dispatchEvent(new Event(online ? 'online' : 'offline'));
}

async function openSamsPage() {
  await signInAs(ADMIN, ['admin'], 'Priya Shah');
  const view = await renderApp(`/admin?user=${SAM}`);
  await screen.findByRole('heading', { level: 1, name: 'Change account: Sam Jones' });
  const section = screen.getByRole('region', { name: 'Signed-in devices' });
  return { ...view, section };
}

/** Each device row's name, signed-in and last-used cells, as read on screen (not the label). */
function rows(section: HTMLElement): string[][] {
  const table = within(section).getByTestId('user-devices-table');
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      [...row.querySelectorAll('th, td')]
        .slice(0, 3)
        .map((cell) => cell.lastChild?.textContent ?? ''),
    );
}

/**
 * A device's button: "Sign out this device", then the device in visually hidden words.
 * (jsdom joins the hidden part without the space a browser reads.)
 */
function signOutName(device: string, words = 'Sign out this device'): RegExp {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escape(words)} ?\\(${escape(device)}\\)$`);
}

afterEach(async () => {
  vi.unstubAllGlobals();
  setOnline(true);
  await forgetAccount(localStore().db);
});

describe("a colleague's signed-in devices", () => {
  it('lists each device with when it was signed in and last used', async () => {
    const server = fakeServer([TABLET, PHONE]);
    const { section } = await openSamsPage();
    await within(section).findByTestId('user-devices-table');
    const when = (iso: string) =>
      new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(
        new Date(iso),
      );
    expect(rows(section)).toEqual([
      ['Clinic room 3 tablet', when(TABLET.createdAt), when(TABLET.lastSeenAt ?? '')],
      ['Chrome on Android', when(PHONE.createdAt), 'Not used yet'],
    ]);
    expect(server.calls).toContain(`GET /api/admin/users/${SAM}/sessions`);
    // One button per device, each named for its device for screen readers.
    expect(
      within(section).getByRole('button', {
        name: signOutName('Clinic room 3 tablet'),
      }),
    ).toBeEnabled();
    expect(
      within(section).getByRole('button', { name: signOutName('Chrome on Android') }),
    ).toBeEnabled();
  });

  it('marks the device in hand and offers no sign-out for it', async () => {
    fakeServer([{ ...TABLET, current: true }, PHONE]);
    const { section } = await openSamsPage();
    await within(section).findByTestId('user-devices-table');
    expect(within(section).getByTestId('this-device')).toHaveTextContent('This device');
    expect(
      within(section).queryByRole('button', { name: signOutName('Clinic room 3 tablet') }),
    ).toBeNull();
    expect(
      within(section).getByRole('button', { name: signOutName('Chrome on Android') }),
    ).toBeEnabled();
  });

  it('says so when the colleague is signed in nowhere', async () => {
    fakeServer([]);
    const { section } = await openSamsPage();
    expect(
      await within(section).findByText('Sam Jones is not signed in on any device.'),
    ).toBeVisible();
    expect(within(section).queryByRole('table')).not.toBeInTheDocument();
  });

  it('asks first, and changing your mind signs nothing out', async () => {
    const user = userEvent.setup();
    const server = fakeServer([TABLET, PHONE]);
    const { section } = await openSamsPage();
    const button = await within(section).findByRole('button', {
      name: signOutName('Clinic room 3 tablet'),
    });
    await user.click(button);

    const question = within(section).getByRole('alert');
    expect(question).toHaveTextContent('Sign out Clinic room 3 tablet?');
    expect(question).toHaveTextContent(
      "OurPlan's data on it will be removed the next time it connects.",
    );
    await waitFor(() => expect(question).toHaveFocus());
    // One question at a time.
    expect(
      within(section).getByRole('button', { name: signOutName('Chrome on Android') }),
    ).toBeDisabled();

    await user.click(within(question).getByRole('button', { name: 'Cancel' }));
    expect(within(section).queryByRole('alert')).not.toBeInTheDocument();
    await waitFor(() => expect(button).toHaveFocus());
    expect(server.calls.filter((c) => c.startsWith('POST'))).toEqual([]);
    expect(rows(section)).toHaveLength(2);
  });

  it('signs the device out, says so, and shows the list again without it', async () => {
    const user = userEvent.setup();
    const server = fakeServer([TABLET, PHONE]);
    const { section } = await openSamsPage();
    await user.click(
      await within(section).findByRole('button', {
        name: signOutName('Clinic room 3 tablet'),
      }),
    );
    await user.click(within(section).getByRole('button', { name: 'Yes, sign it out' }));

    const banner = await within(section).findByRole('status');
    expect(banner).toHaveAccessibleName(
      "Clinic room 3 tablet has been signed out. OurPlan's data on it will be removed the next time it connects.",
    );
    expect(server.calls).toContain(`POST /api/admin/users/${SAM}/sessions/session-tablet/revoke`);
    expect(server.sessions.map((s) => s.id)).toEqual(['session-phone']);
    await waitFor(() => expect(rows(section).map((r) => r[0])).toEqual(['Chrome on Android']));
    // The list was fetched again after the revoke, not just edited on screen.
    const lists = server.calls.filter((c) => c === `GET /api/admin/users/${SAM}/sessions`);
    expect(lists.length).toBeGreaterThanOrEqual(2);
    await waitFor(() =>
      expect(within(section).getByRole('heading', { name: 'Signed-in devices' })).toHaveFocus(),
    );
  });

  it('says plainly when the connection drops, and keeps the device listed', async () => {
    const user = userEvent.setup();
    const server = fakeServer([TABLET]);
    const { section } = await openSamsPage();
    await user.click(
      await within(section).findByRole('button', {
        name: signOutName('Clinic room 3 tablet'),
      }),
    );
    server.revokeOutage = 'offline';
    await user.click(within(section).getByRole('button', { name: 'Yes, sign it out' }));

    expect(await within(section).findByRole('alert')).toHaveTextContent(
      "You're offline. Connect to the internet and try again.",
    );
    expect(within(section).queryByRole('status')).not.toBeInTheDocument();
    expect(rows(section).map((r) => r[0])).toEqual(['Clinic room 3 tablet']);
    expect(server.sessions).toHaveLength(1);
  });

  it('says plainly when the server fails', async () => {
    const user = userEvent.setup();
    const server = fakeServer([TABLET]);
    const { section } = await openSamsPage();
    await user.click(
      await within(section).findByRole('button', {
        name: signOutName('Clinic room 3 tablet'),
      }),
    );
    server.revokeOutage = 'server';
    await user.click(within(section).getByRole('button', { name: 'Yes, sign it out' }));
    expect(await within(section).findByRole('alert')).toHaveTextContent(
      'Something went wrong on the server. Try again in a few minutes.',
    );
    expect(rows(section).map((r) => r[0])).toEqual(['Clinic room 3 tablet']);
  });

  it('treats a device that has already gone as signed out', async () => {
    const user = userEvent.setup();
    const server = fakeServer([TABLET, PHONE]);
    const { section } = await openSamsPage();
    await user.click(
      await within(section).findByRole('button', {
        name: signOutName('Chrome on Android'),
      }),
    );
    // Signed out elsewhere meanwhile.
    server.sessions = server.sessions.filter((s) => s.id !== PHONE.id);
    await user.click(within(section).getByRole('button', { name: 'Yes, sign it out' }));
    expect(await within(section).findByRole('status')).toHaveAccessibleName(
      'Chrome on Android was already signed out.',
    );
    await waitFor(() => expect(rows(section).map((r) => r[0])).toEqual(['Clinic room 3 tablet']));
  });

  it('says when the list cannot be loaded, and loads it when asked again', async () => {
    const user = userEvent.setup();
    const server = fakeServer([TABLET]);
    server.listOutage = 'server';
    const { section } = await openSamsPage();
    const alert = await within(section).findByRole('alert');
    expect(alert).toHaveTextContent('The list of devices could not be loaded.');
    server.listOutage = null;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(rows(section).map((r) => r[0])).toEqual(['Clinic room 3 tablet']));
  });

  it('cannot sign a device out while offline', async () => {
    fakeServer([TABLET]);
    const { section } = await openSamsPage();
    const button = await within(section).findByRole('button', {
      name: signOutName('Clinic room 3 tablet'),
    });
    setOnline(false);
    await waitFor(() => expect(button).toBeDisabled());
    expect(screen.getByTestId('admin-offline')).toBeVisible();
    setOnline(true);
    await waitFor(() => expect(button).toBeEnabled());
  });

  it('reads in Welsh', async () => {
    fakeServer([TABLET]);
    await signInAs(ADMIN, ['admin'], 'Priya Shah');
    await renderApp(`/admin?user=${SAM}`, 'cy');
    const section = await screen.findByRole('region', { name: 'Dyfeisiau sydd wedi mewngofnodi' });
    expect(
      await within(section).findByRole('button', {
        name: signOutName('Clinic room 3 tablet', "Allgofnodi'r ddyfais hon"),
      }),
    ).toBeVisible();
  });
});
