// The safety plan on the young person's and carer's phone (issue #7 items 2, 3, 5, 6), on
// the real local store (fake-indexeddb) and the app's real routes and words: crisis lines
// first as tel:/sms: links, the plan's sections and items, adding an item in their own
// words (an error keeps what was typed), the start screen's one-tap link and its setting,
// a PIN before the plan, the print view's two layouts, and the crisis lines surviving a
// plan that cannot be read.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../src/app/i18n';
import { markSignedIn } from '../../src/app/sync/signed-in-flag';
import { localStore } from '../../src/db';
import { uuidv7, type AnyRecord } from '../../src/domain';
import { HelpNow } from '../../src/features/my-plan/safety-plan/HelpNow';
import {
  forgetShownPlans,
  rememberShownPlan,
} from '../../src/features/my-plan/safety-plan/last-good-copy';
import { forgetUnlocks } from '../../src/features/my-plan/safety-plan/PinGate';
import { PlanProblem } from '../../src/features/my-plan/safety-plan/PlanProblem';
import { saveStartSetting } from '../../src/db/safety-plan-start';
import { PartBoundary } from '../../src/ui/safety-plan/PartBoundary';
import { viewOfRecords } from '../../src/ui/safety-plan/bundle-view';
import { readSafetyPlan } from '../../src/db/safety-plans';
import { openCase, signInAs } from './practitioner';
import { renderApp } from './render-app';

vi.setConfig({ testTimeout: 30_000 });

const SAM = uuidv7();

async function writePlan(caseId: string): Promise<AnyRecord> {
  const store = localStore().records;
  const plan = await store.create('safety-plan', caseId, {
    status: 'agreed',
    agreedOn: '2026-11-20',
    reviewBy: '2027-02-20',
    coordinatorName: 'Ms Khan, head of year',
    coordinatorContact: '01632 960123',
    writtenByYoungPerson: ['reasons-for-living'],
  });
  const item = (section: string, text: string, order: number, extra = {}) =>
    store.create('safety-plan-item', caseId, {
      planId: plan.id,
      section,
      text,
      order,
      addedByRole: 'practitioner',
      ...extra,
    });
  await item('warning-signs', 'Staying in my room all day', 1);
  await item('coping-alone', 'Listening to music', 1, { addedByRole: 'young-person' });
  await item('people-to-ask', 'My aunt Jo', 1, { phone: '07700 900123' });
  await item('reasons-for-living', 'My little brother', 1, { addedByRole: 'young-person' });
  await store.create('backup-team-action', caseId, {
    planId: plan.id,
    who: 'Duty team',
    role: 'Children’s social care',
    action: 'Phone Sam’s mum',
    appliesWhen: 'If Sam does not come home by 10 p.m.',
    order: 1,
  });
  return plan;
}

beforeEach(async () => {
  await signInAs(SAM, ['young-person'], 'Sam');
  forgetShownPlans();
  forgetUnlocks();
});

afterEach(() => {
  localStorage.clear();
});

describe('My safety plan on the phone', () => {
  it('shows the crisis lines first as call and text links, then the plan', async () => {
    const sam = await openCase();
    await writePlan(sam.id);
    await renderApp('/my-plan/safety-plan');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'My safety plan' }),
    ).toBeInTheDocument();
    const help = screen.getByTestId('help-now');
    const calls = await within(help).findAllByTestId('crisis-call');
    expect(calls[0]).toHaveAttribute('href', 'tel:999');
    expect(calls[0]).toHaveTextContent('Call 999');
    expect(within(help).getByRole('link', { name: 'Call 116 123' })).toHaveAttribute(
      'href',
      'tel:116123',
    );
    const childline = within(help).getByRole('link', { name: 'Call 0800 1111' });
    expect(childline).toHaveAttribute('href', 'tel:08001111');
    // The number is isolated left to right, so Urdu pages keep its groups in order.
    expect(childline.querySelector('bdi[dir="ltr"]')).toHaveTextContent(/^0800 1111$/);
    expect(within(help).getByRole('link', { name: 'Text SHOUT to 85258' })).toHaveAttribute(
      'href',
      'sms:85258?body=SHOUT',
    );

    const plan = await screen.findByTestId('my-safety-plan');
    // The crisis lines come before the plan.
    expect(help.compareDocumentPosition(plan) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const status = within(plan).getByTestId('plan-status');
    expect(status).toHaveTextContent('Agreed on 20 Nov 2026.');
    expect(status).toHaveTextContent('To look at again by 20 Feb 2027.');
    const people = within(plan).getByTestId('plan-section-people-to-ask');
    expect(
      within(people).getByRole('heading', { level: 3, name: 'People I can ask for help' }),
    ).toBeInTheDocument();
    expect(people).toHaveTextContent('My aunt Jo');
    expect(people).toHaveTextContent('Your worker added this');
    expect(within(people).getByRole('link', { name: 'Call 07700 900123' })).toHaveAttribute(
      'href',
      'tel:07700900123',
    );
    expect(within(plan).getByTestId('plan-section-coping-alone')).toHaveTextContent(
      'Listening to musicYou added this',
    );
    const reasons = within(plan).getByTestId('plan-section-reasons-for-living');
    expect(within(reasons).getByTestId('own-words')).toHaveTextContent('In my own words');
    expect(within(plan).getByTestId('plan-section-warning-signs')).not.toHaveTextContent(
      'In my own words',
    );
    expect(within(plan).getByTestId('plan-section-distractions')).toHaveTextContent(
      'Nothing here yet.',
    );
    const team = within(plan).getByTestId('backup-team-entry');
    expect(team).toHaveTextContent('Duty team (Children’s social care)');
    expect(team).toHaveTextContent('When: If Sam does not come home by 10 p.m.');
    expect(team).toHaveTextContent('They will: Phone Sam’s mum');
    const coordinator = within(plan).getByTestId('coordinator');
    expect(coordinator).toHaveTextContent('Ms Khan, head of year');
    expect(within(coordinator).getByRole('link', { name: 'Call 01632 960123' })).toHaveAttribute(
      'href',
      'tel:01632960123',
    );
  });

  it('says so when there is no plan yet, with the crisis lines still there', async () => {
    await openCase();
    await renderApp('/my-plan/safety-plan');
    expect(await screen.findByTestId('no-plan')).toHaveTextContent(
      "There's no safety plan on this phone yet.",
    );
    expect((await screen.findAllByTestId('crisis-call'))[0]).toHaveAttribute('href', 'tel:999');
  });

  it('adds an item in my own words; an empty item keeps the number typed', async () => {
    const user = userEvent.setup();
    const sam = await openCase();
    const plan = await writePlan(sam.id);
    await renderApp('/my-plan/safety-plan');

    const form = await screen.findByTestId('add-to-plan');
    expect(within(form).getByRole('radio', { name: 'People I can ask for help' })).toBeChecked();
    await user.type(within(form).getByLabelText('Phone number (if you want)'), '07700 900456');
    await user.click(within(form).getByRole('button', { name: 'Add to my plan' }));

    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', { name: 'Write what you want to add' }),
    ).toHaveAttribute('href', '#add-to-plan-text');
    expect(within(form).getByLabelText('Phone number (if you want)')).toHaveValue('07700 900456');

    await user.type(within(form).getByLabelText('What do you want to add?'), 'My friend Ali');
    await user.click(within(form).getByRole('button', { name: 'Add to my plan' }));
    expect(await screen.findByText('Added to “People I can ask for help”.')).toBeInTheDocument();

    const stored = (await localStore().db.recordTable('safety-plan-item').toArray()).find(
      (r) => r['text'] === 'My friend Ali',
    );
    expect(stored).toMatchObject({
      caseId: sam.id,
      planId: plan.id,
      section: 'people-to-ask',
      phone: '07700 900456',
      addedByRole: 'young-person',
      createdBy: SAM,
    });
    const people = screen.getByTestId('plan-section-people-to-ask');
    await waitFor(() => expect(people).toHaveTextContent('My friend Ali'));
    expect(within(people).getByRole('link', { name: 'Call 07700 900456' })).toHaveAttribute(
      'href',
      'tel:07700900456',
    );
    expect(within(form).getByLabelText('What do you want to add?')).toHaveValue('');
  });

  it('keeps the crisis lines when the plan cannot be read', async () => {
    const i18n = await initI18n('en-GB');
    await i18n.changeLanguage('en-GB');
    function Broken(): never {
      throw new Error('IndexedDB is broken');
    }
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <MemoryRouter>
        <Suspense fallback={null}>
          <HelpNow />
          <PartBoundary fallback={(retry) => <PlanProblem retry={retry} />}>
            <Broken />
          </PartBoundary>
        </Suspense>
      </MemoryRouter>,
    );
    expect(await screen.findByTestId('plan-problem')).toHaveTextContent(
      "Your plan couldn't be opened just now",
    );
    expect((await screen.findAllByTestId('crisis-call'))[0]).toHaveAttribute('href', 'tel:999');
    vi.restoreAllMocks();
  });

  it('shows the copy shown earlier when a later read fails', async () => {
    const sam = await openCase();
    await writePlan(sam.id);
    const bundle = await readSafetyPlan(localStore().db, sam.id);
    rememberShownPlan({
      caseId: sam.id,
      name: 'Sam',
      view: viewOfRecords(bundle),
      status: 'agreed',
      agreedOn: '2026-11-20',
    });
    const i18n = await initI18n('en-GB');
    await i18n.changeLanguage('en-GB');
    render(
      <MemoryRouter>
        <Suspense fallback={null}>
          <PlanProblem retry={() => undefined} />
        </Suspense>
      </MemoryRouter>,
    );
    const problem = await screen.findByTestId('plan-problem');
    expect(problem).toHaveTextContent('This is the copy you saw earlier.');
    expect(within(problem).getByTestId('plan-section-people-to-ask')).toHaveTextContent(
      'My aunt Jo',
    );
  });

  it('shows a carer the plan only while the young person shares it with them', async () => {
    const carer = uuidv7();
    await signInAs(carer, ['carer'], 'Alex');
    const sam = await openCase();
    await writePlan(sam.id);
    await renderApp('/my-plan/safety-plan');
    expect(await screen.findByTestId('plan-not-shared')).toHaveTextContent(
      'It shows here only when Sam chooses to share it with you.',
    );
    expect(screen.queryByText('My aunt Jo')).not.toBeInTheDocument();
    expect((await screen.findAllByTestId('crisis-call'))[0]).toHaveAttribute('href', 'tel:999');

    await localStore().records.create('sharing-settings', sam.id, {
      carerUserId: carer,
      sections: { goals: false, safetyPlan: true, decisions: false, notes: false },
      decidedBy: 'young-person',
    });
    const people = await screen.findByTestId('plan-section-people-to-ask');
    expect(people).toHaveTextContent('My aunt Jo');
    expect(people).toHaveTextContent('Added by the practitioner');
    expect(screen.queryByTestId('add-to-plan')).not.toBeInTheDocument();
  });
});

describe('My safety plan from the start screen', () => {
  const startLink = () => screen.queryByRole('link', { name: 'My safety plan' });

  it('opens the plan in one tap when the phone holds one', async () => {
    const user = userEvent.setup();
    markSignedIn(true);
    const sam = await openCase();
    await writePlan(sam.id);
    const { router } = await renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Welcome to OurPlan' });
    await user.click(await screen.findByRole('link', { name: 'My safety plan' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'My safety plan' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/my-plan/safety-plan');
    expect(await screen.findByTestId('plan-section-people-to-ask')).toHaveTextContent('My aunt Jo');
  });

  it('hides the link when set not to show it, or when there is no plan', async () => {
    markSignedIn(true);
    const sam = await openCase();
    await renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Welcome to OurPlan' });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(startLink()).not.toBeInTheDocument();

    await writePlan(sam.id);
    expect(await screen.findByRole('link', { name: 'My safety plan' })).toBeInTheDocument();
    await saveStartSetting(localStore().db, SAM, 'hide');
    await waitFor(() => expect(startLink()).not.toBeInTheDocument());
  });

  it('is set from settings, and a PIN keeps the plan (not the crisis lines) closed', async () => {
    const user = userEvent.setup();
    markSignedIn(true);
    const sam = await openCase();
    await writePlan(sam.id);
    const { router } = await renderApp('/settings');
    const section = await screen.findByTestId('safety-plan-start-setting');
    expect(
      within(section).getByRole('radio', { name: 'Show it on the start screen' }),
    ).toBeChecked();

    await user.click(
      within(section).getByRole('radio', { name: "Don't show it on the start screen" }),
    );
    await user.click(within(section).getByRole('button', { name: 'Save' }));
    expect(await within(section).findByText('Saved on this phone.')).toBeInTheDocument();
    expect((await localStore().db.meta.get(`safety-plan-start:${SAM}`))?.value).toBe('hide');

    await user.click(
      within(section).getByRole('radio', { name: 'Show it, but ask for a PIN first' }),
    );
    await user.type(within(section).getByLabelText('Choose a PIN'), '123456');
    await user.click(within(section).getByRole('button', { name: 'Save' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent("Choose a PIN that's harder to guess");
    expect(summary).toHaveTextContent('Enter the new PIN again');
    await user.clear(within(section).getByLabelText('Choose a PIN'));
    await user.type(within(section).getByLabelText('Choose a PIN'), '258036');
    await user.type(within(section).getByLabelText('Enter the new PIN again'), '258036');
    await user.click(within(section).getByRole('button', { name: 'Save' }));
    expect(await within(section).findByText('Saved on this phone.')).toBeInTheDocument();

    await router.navigate('/my-plan/safety-plan');
    const gate = await screen.findByTestId('safety-plan-pin');
    expect(screen.queryByTestId('my-safety-plan')).not.toBeInTheDocument();
    expect((await screen.findAllByTestId('crisis-call'))[0]).toHaveAttribute('href', 'tel:999');
    await user.type(within(gate).getByLabelText('PIN'), '111222');
    await user.click(within(gate).getByRole('button', { name: 'Show my plan' }));
    expect(
      await within(gate).findByText("That PIN isn't right. Try again.", { selector: 'a' }),
    ).toBeInTheDocument();
    await user.type(within(gate).getByLabelText('PIN'), '258036');
    await user.click(within(gate).getByRole('button', { name: 'Show my plan' }));
    expect(await screen.findByTestId('my-safety-plan')).toHaveTextContent('My aunt Jo');
  });
});

describe('Printing the safety plan', () => {
  it('prints the whole plan on A4 or a pocket card', async () => {
    const user = userEvent.setup();
    const sam = await openCase();
    await writePlan(sam.id);
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    await renderApp(`/my-plan/safety-plan/print?case=${sam.id}`);

    const a4 = await screen.findByTestId('safety-plan-print-a4');
    expect(
      within(a4).getByRole('heading', { level: 1, name: "Sam's safety plan" }),
    ).toBeInTheDocument();
    expect(within(a4).getByTestId('print-dates')).toHaveTextContent(
      'Agreed on 20 Nov 2026. To look at again by 20 Feb 2027.',
    );
    expect(within(a4).getByTestId('print-help-now')).toHaveTextContent('Call 116 123');
    expect(within(a4).getByTestId('plan-section-warning-signs')).toHaveTextContent(
      'Staying in my room all day',
    );
    expect(within(a4).getByTestId('backup-team')).toBeInTheDocument();
    // Empty sections are left out on paper.
    expect(within(a4).queryByTestId('plan-section-distractions')).not.toBeInTheDocument();
    await user.click(within(a4).getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledOnce();

    await user.click(within(a4).getByRole('radio', { name: 'A pocket card' }));
    const card = await screen.findByTestId('safety-plan-print-card');
    expect(within(card).getByTestId('print-help-now')).toHaveTextContent('Text SHOUT to 85258');
    expect(within(card).getByTestId('plan-section-people-to-ask')).toHaveTextContent('My aunt Jo');
    expect(within(card).getByTestId('plan-section-coping-alone')).toHaveTextContent(
      'Listening to music',
    );
    expect(within(card).queryByTestId('plan-section-warning-signs')).not.toBeInTheDocument();
    expect(within(card).queryByTestId('backup-team')).not.toBeInTheDocument();
    print.mockRestore();
  });

  it('prints a case’s plan for the care team', async () => {
    await signInAs(uuidv7(), ['practitioner'], 'Pat Practitioner');
    const sam = await openCase();
    await writePlan(sam.id);
    await renderApp(`/practitioner/cases/${sam.id}/safety-plan/print?layout=card`);
    const card = await screen.findByTestId('safety-plan-print-card');
    expect(within(card).getByRole('heading', { level: 1 })).toHaveTextContent("Sam's safety plan");
    expect(within(card).getByTestId('plan-section-people-to-ask')).toHaveTextContent('My aunt Jo');
  });
});

describe('accessibility', () => {
  // jsdom cannot judge contrast or target size; those are checked in Chromium (e2e).
  it.each(['en-GB', 'ur'] as const)('has no axe violations in %s', async (language) => {
    const { default: axe } = await import('axe-core');
    const user = userEvent.setup();
    const sam = await openCase();
    await writePlan(sam.id);
    const { router, unmount } = await renderApp('/my-plan/safety-plan', language);
    const form = await screen.findByTestId('add-to-plan');
    await screen.findAllByTestId('crisis-call');
    // Show the problems too, so their markup is checked.
    await user.click(within(form).getByRole('button'));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    const options = { rules: { 'color-contrast': { enabled: false } } };
    expect((await axe.run(document.body, options)).violations).toEqual([]);

    await router.navigate(`/my-plan/safety-plan/print?case=${sam.id}`);
    await screen.findByTestId('safety-plan-print-a4');
    expect((await axe.run(document.body, options)).violations).toEqual([]);
    await router.navigate(`/my-plan/safety-plan/print?case=${sam.id}&layout=card`);
    await screen.findByTestId('safety-plan-print-card');
    expect((await axe.run(document.body, options)).violations).toEqual([]);

    await router.navigate('/settings');
    await screen.findByTestId('safety-plan-start-setting');
    expect((await axe.run(document.body, options)).violations).toEqual([]);
    unmount();
  });
});
