// My plan's home on the phone (issue #8 item 1 and 8): the next meeting, links to the
// plan's other pages, the carer's version of the page, the sections other pages link to
// (/my-plan#my-goals), and the install card that says why before the browser asks.
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { localStore } from '../../src/db';
import { uuidv7 } from '../../src/domain';
import { todayOnDevice } from '../../src/ui/format-date';
import { listenForInstallOffer } from '../../src/ui/install-offer';
import { openCase, signInAs } from './practitioner';
import { renderApp } from './render-app';

vi.setConfig({ testTimeout: 30_000 });

const SAM = uuidv7();
const MUM = uuidv7();

function addMember(caseId: string, userId: string, role: string, relationship?: string) {
  return localStore().records.create('case-membership', caseId, {
    userId,
    role,
    active: true,
    ...(relationship ? { relationship } : {}),
  });
}

/** A date `days` from today on this device, as YYYY-MM-DD. */
function inDays(days: number): string {
  const d = new Date(`${todayOnDevice()}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

listenForInstallOffer();

describe('my plan: the home', () => {
  beforeEach(() => signInAs(SAM, ['young-person'], 'Sam'));

  it('shows the next planned meeting and links to rights, information and sharing', async () => {
    const sam = await openCase({ preferredName: 'Sam', nextReviewOn: inDays(40) });
    await addMember(sam.id, SAM, 'young-person');
    const { records } = localStore();
    // A meeting in the past and a later one are not "next".
    await records.create('session', sam.id, {
      date: inDays(30),
      attendees: [],
      status: 'planned',
    });
    const next = await records.create('session', sam.id, {
      date: inDays(7),
      attendees: [],
      status: 'planned',
    });
    await renderApp('/my-plan');
    const meeting = await screen.findByTestId('my-plan-next-meeting');
    expect(meeting.textContent).toMatch(/^Your next meeting: /);
    const [y, m, d] = String(next['date']).split('-');
    expect(meeting.textContent).toContain(String(Number(d)));
    expect(meeting.textContent).toContain(y);
    expect(m).toBeDefined();
    expect(screen.getByRole('heading', { level: 2, name: 'Hi Sam' })).toBeVisible();
    const more = screen.getByTestId('my-plan-more');
    expect(
      within(more)
        .getAllByRole('link')
        .map((a) => [a.textContent, a.getAttribute('href')]),
    ).toEqual([
      ['My rights', '/my-plan/rights'],
      ['About my information', '/my-plan/about'],
      ['Who can see my plan', '/my-plan/sharing'],
    ]);
    // The sections other pages link to are there, once each.
    for (const id of ['next-meeting', 'my-goals', 'our-decisions', 'whats-next', 'next-time']) {
      expect(document.querySelectorAll(`#${id}`)).toHaveLength(1);
    }
  });

  it('tells a carer that the young person chooses what they see', async () => {
    await signInAs(MUM, ['carer'], 'Jo');
    const sam = await openCase({ preferredName: 'Sam' });
    await addMember(sam.id, MUM, 'carer', 'Mum');
    await renderApp('/my-plan');
    expect(await screen.findByRole('heading', { level: 2, name: "Sam's plan" })).toBeVisible();
    expect(screen.getByTestId('my-plan-carer-lead').textContent).toContain(
      'Sam chooses what you can see here.',
    );
    const more = screen.getByTestId('my-plan-more');
    expect(
      within(more)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['What Sam shares with you']);
    expect(screen.queryByRole('heading', { name: 'Hi Sam' })).not.toBeInTheDocument();
  });

  it('explains why before offering to add the app to the home screen', async () => {
    const sam = await openCase({ preferredName: 'Sam' });
    await addMember(sam.id, SAM, 'young-person');
    window.localStorage.removeItem('ourplan:install-later');
    await renderApp('/my-plan');
    await screen.findByTestId('my-plan-case');
    expect(screen.queryByTestId('install-prompt')).not.toBeInTheDocument();

    // The browser offers to install (Chromium's beforeinstallprompt).
    const prompt = vi.fn(() => Promise.resolve());
    const offer = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
      prompt,
      userChoice: Promise.resolve({ outcome: 'dismissed' as const }),
    });
    act(() => {
      window.dispatchEvent(offer);
    });
    expect(offer.defaultPrevented).toBe(true);
    const card = await screen.findByTestId('install-prompt');
    expect(card.textContent).toContain('even with no signal');
    await userEvent.click(within(card).getByRole('button', { name: 'Add to home screen' }));
    expect(prompt).toHaveBeenCalledOnce();
    // An offer is used once; the card goes until the browser offers again.
    await vi.waitFor(() => expect(screen.queryByTestId('install-prompt')).not.toBeInTheDocument());

    act(() => {
      window.dispatchEvent(
        Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
          prompt,
          userChoice: Promise.resolve({ outcome: 'dismissed' as const }),
        }),
      );
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Not now' }));
    expect(screen.queryByTestId('install-prompt')).not.toBeInTheDocument();
    expect(Number(window.localStorage.getItem('ourplan:install-later'))).toBeGreaterThan(
      Date.now(),
    );
  });
});
