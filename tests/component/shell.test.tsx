// The app shell as a person meets it: start screen, each person's home, settings with
// the language switcher, not-found, and the save status.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from './render-app';

afterEach(() => {
  localStorage.clear();
});

describe('app shell', () => {
  it('asks who is using OurPlan and leads each person to their own home', async () => {
    const user = userEvent.setup();
    const { router } = await renderApp('/');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welcome to OurPlan' }),
    ).toBeInTheDocument();
    const choices = screen.getAllByRole('link').filter((a) => a.closest('.app-choice'));
    expect(choices.map((a) => a.textContent)).toEqual([
      'I work with young people',
      "I'm a young person, parent or carer",
      "I'm supporting a young person at school",
    ]);
    await user.click(screen.getByRole('link', { name: "I'm supporting a young person at school" }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Supporting a young person' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/support');
    expect(screen.getByText(/call 999/, { selector: '.nhsuk-body' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Supporting a young person – OurPlan'));
  });

  it('moves focus to the new heading after navigating', async () => {
    const user = userEvent.setup();
    await renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Welcome to OurPlan' });
    await user.click(screen.getByRole('link', { name: 'I work with young people' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Your caseload' });
    await waitFor(() => expect(heading).toHaveFocus());
  });

  it('says plainly that the work is saved on this device', async () => {
    await renderApp('/my-plan');
    expect(await screen.findByRole('heading', { level: 1, name: 'My plan' })).toBeInTheDocument();
    expect(screen.getByTestId('save-status')).toHaveTextContent('Saved on this device');
  });

  it('shows the offline indicator when the browser goes offline', async () => {
    await renderApp('/');
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByTestId('offline-indicator')).not.toBeInTheDocument();
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    window.dispatchEvent(new Event('offline'));
    expect(await screen.findByTestId('offline-indicator')).toHaveTextContent("You're offline");
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => true });
    window.dispatchEvent(new Event('online'));
    await waitFor(() => expect(screen.queryByTestId('offline-indicator')).not.toBeInTheDocument());
  });

  it('switches language from settings: words, lang and dir follow, and the choice is remembered', async () => {
    const user = userEvent.setup();
    await renderApp('/settings');
    const heading = await screen.findByRole('heading', { level: 1, name: 'Settings' });
    expect(heading).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'اردو' }));
    await user.click(screen.getByRole('button', { name: 'Use this language' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'ترتیبات' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('ur');
    expect(document.documentElement.dir).toBe('rtl');
    expect(localStorage.getItem('ourplan.language')).toBe('ur');
    await user.click(screen.getByRole('radio', { name: 'Cymraeg' }));
    await user.click(screen.getByRole('button', { name: 'یہ زبان استعمال کریں' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Gosodiadau' }),
    ).toBeInTheDocument();
    expect(document.documentElement.dir).toBe('ltr');
    expect(document.documentElement.lang).toBe('cy');
  });

  it('shows how many changes are waiting on this device', async () => {
    await renderApp('/settings', 'en-GB');
    const status = await screen.findByTestId('outbox-count');
    expect(status).toHaveTextContent('not yet sent to a server: 0');
  });

  it('answers an unknown address with a page-not-found screen and a way back', async () => {
    await renderApp('/no-such-page');
    const heading = await screen.findByRole('heading', { level: 1, name: 'Page not found' });
    expect(
      within(heading.parentElement!).getByRole('link', { name: 'Go to the start' }),
    ).toHaveAttribute('href', '/');
  });
});
