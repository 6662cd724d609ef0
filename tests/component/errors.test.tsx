// What a person sees when something fails: a screen error keeps their data and offers a
// reload; a failed chunk load says a new version exists; a storage failure is announced.
import { act, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../src/app/i18n';
import { AppLayout } from '../../src/app/layout/AppLayout';
import { RouteError } from '../../src/app/RouteError';
import { StorageError, reportStorageProblem } from '../../src/db/storage-errors';

beforeAll(async () => {
  await initI18n('en-GB');
});

// React and React Router log the errors these tests throw on purpose; keep the output for
// real problems, and check the errors were indeed reported.
let consoleError: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  consoleError.mockRestore();
});

function renderFailing(error: Error) {
  function Broken(): never {
    throw error;
  }
  const router = createMemoryRouter([
    {
      element: <AppLayout />,
      children: [{ path: '/', element: <Broken />, errorElement: <RouteError /> }],
    },
  ]);
  return render(<RouterProvider router={router} />);
}

describe('error screens', () => {
  it('keeps the person calm and their data: says it is still saved and offers a reload', async () => {
    renderFailing(new Error('boom'));
    expect(
      await screen.findByRole('heading', { name: 'Sorry, something went wrong on this screen' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Everything you saved is still on this device.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload the screen' })).toBeInTheDocument();
    // The header still works, so the person is never stuck on a blank page.
    expect(screen.getByRole('link', { name: 'Settings' })).toBeInTheDocument();
    expect(consoleError).toHaveBeenCalled();
  });

  it('treats a chunk that failed to load as a new version, not a crash', async () => {
    renderFailing(
      new TypeError('Failed to fetch dynamically imported module: /assets/route-abc.js'),
    );
    expect(
      await screen.findByRole('heading', { name: 'A new version of OurPlan is available' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Reload to get it. Everything you saved is kept.')).toBeInTheDocument();
  });
});

describe('storage problems', () => {
  it('announces a full disk with what to do', async () => {
    const router = createMemoryRouter([
      { element: <AppLayout />, children: [{ path: '/', element: <h1>Here</h1> }] },
    ]);
    render(<RouterProvider router={router} />);
    await screen.findByRole('heading', { name: 'Here' });
    act(() => reportStorageProblem(new StorageError('quota', new Error('QuotaExceededError'))));
    const alert = await screen.findByRole('alert', { name: 'Your last change was not saved' });
    expect(alert).toHaveTextContent(
      'This device is out of space. Free up some space, then try again.',
    );
  });
});
