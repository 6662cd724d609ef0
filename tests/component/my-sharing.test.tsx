// Sharing controls (issue #8 item 5) and the carer's view of them (item 6), on the real
// local store (fake-indexeddb): the young person chooses per carer and saves (one record
// per carer, updated in place); a practitioner's decision shows read-only with its
// reason; a carer sees what is shared with them; the home's summary says who sees what;
// the practitioner page needs a reason to decide for the young person and keeps the ticks.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../src/app/i18n';
import { forgetAccount, localStore, setActor } from '../../src/db';
import { uuidv7, type AnyRecord } from '../../src/domain';
import { SharedWithWhom } from '../../src/features/my-plan/sharing/SharedWithWhom';
import { currentSettings } from '../../src/domain/carer-sharing';
import { openCase, signInAs } from './practitioner';

vi.setConfig({ testTimeout: 30_000 });

const SAM = uuidv7();
const MUM = uuidv7();
const DAD = uuidv7();
const PRACTITIONER = uuidv7();

const stored = () => localStore().db.recordTable('sharing-settings').toArray();

function join(caseId: string, userId: string, role: string, relationship?: string) {
  return localStore().records.create('case-membership', caseId, {
    userId,
    role,
    active: true,
    ...(relationship ? { relationship } : {}),
  });
}

/** A case for Sam with Mum (and Dad) as carers, written as the practitioner would. */
async function samWithFamily(): Promise<AnyRecord> {
  const sam = await openCase();
  await join(sam.id, SAM, 'young-person');
  await join(sam.id, MUM, 'carer', 'Mum');
  await join(sam.id, DAD, 'carer', 'Dad');
  return sam;
}

/** Our own routes (not the app's), so other features' route modules are not needed. */
async function renderAt(path: string, caseId?: string) {
  const i18n = await initI18n('en-GB');
  await i18n.changeLanguage('en-GB');
  const router = createMemoryRouter(
    [
      {
        path: '/my-plan',
        element: (
          <Suspense fallback={null}>{caseId && <SharedWithWhom caseId={caseId} />}</Suspense>
        ),
      },
      {
        path: '/my-plan/sharing',
        lazy: () => import('../../src/features/my-plan/sharing/sharing.route'),
        HydrateFallback: () => null,
      },
      {
        path: '/practitioner/cases/:caseId/sharing',
        lazy: () => import('../../src/features/cases/sharing/sharing.route'),
        HydrateFallback: () => null,
      },
      {
        path: '/practitioner/cases/:caseId',
        lazy: () => import('../../src/features/cases/case.route'),
        HydrateFallback: () => null,
      },
    ],
    { initialEntries: [path] },
  );
  const view = render(
    <Suspense fallback={null}>
      <RouterProvider router={router} />
    </Suspense>,
  );
  return { ...view, router };
}

async function formFor(name: string): Promise<HTMLElement> {
  const forms = await screen.findAllByTestId('sharing-form');
  const form = forms.find((f) => within(f).queryByRole('heading', { name }));
  if (!form) throw new Error(`No sharing form for ${name}`);
  return form;
}

describe('Choosing who can see my plan (young person)', () => {
  beforeEach(() => signInAs(SAM, ['young-person'], 'Sam'));

  it('saves what Mum can see, then updates the same record', async () => {
    const user = userEvent.setup();
    await samWithFamily();
    await renderAt('/my-plan/sharing');

    await screen.findByRole('heading', { level: 1, name: 'Who can see my plan' });
    expect(await screen.findByTestId('sharing-explained')).toHaveTextContent(
      'Their phone only gets the parts you tick.',
    );
    expect(screen.getByTestId('sharing-explained')).toHaveTextContent(
      'Your care team can always see all of your plan.',
    );
    const mum = await formFor('Mum');
    const goals = within(mum).getByRole('checkbox', { name: 'Your goals' });
    expect(goals).not.toBeChecked();
    expect(goals).toHaveAccessibleDescription('Your goals and the numbers you give them.');
    await user.click(goals);
    await user.click(within(mum).getByRole('button', { name: 'Save for Mum' }));

    expect(await within(mum).findByTestId('sharing-saved')).toHaveTextContent(
      "Saved. Mum's phone will change the next time it connects.",
    );
    let records = await stored();
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      carerUserId: MUM,
      sections: { goals: true, safetyPlan: false, decisions: false, notes: false },
      decidedBy: 'young-person',
      createdBy: SAM,
    });
    const first = records[0]!.id;

    await user.click(within(mum).getByRole('checkbox', { name: 'Your goals' }));
    await user.click(within(mum).getByRole('checkbox', { name: 'Your safety plan' }));
    await user.click(within(mum).getByRole('button', { name: 'Save for Mum' }));
    await within(mum).findByTestId('sharing-saved');
    records = await stored();
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      id: first,
      sections: { goals: false, safetyPlan: true, decisions: false, notes: false },
      decidedBy: 'young-person',
    });
    // Dad's choice is untouched: nothing was saved for him.
    expect(
      within(await formFor('Dad')).getByRole('checkbox', { name: 'Your goals' }),
    ).not.toBeChecked();
  });

  it("shows a practitioner's decision read-only, with who and why", async () => {
    const sam = await samWithFamily();
    setActor(PRACTITIONER);
    await localStore().records.create('user', null, {
      displayName: 'Pat Practitioner',
      email: 'pat@example.org',
      roles: ['practitioner'],
      active: true,
    });
    // The user record's id is made by the store; write the decision as that person.
    const pat = (await localStore().db.recordTable('user').toArray())[0]!;
    setActor(pat.id);
    await localStore().records.create('sharing-settings', sam.id, {
      carerUserId: MUM,
      sections: { goals: true, safetyPlan: true, decisions: false, notes: false },
      decidedBy: 'practitioner',
      reason: 'We agreed this at the safeguarding meeting.',
    });
    setActor(SAM);
    await renderAt('/my-plan/sharing');

    const decided = await screen.findByTestId('sharing-practitioner-decided');
    expect(decided).toHaveTextContent('Your practitioner decided this.');
    expect(decided).toHaveTextContent('Why: We agreed this at the safeguarding meeting.');
    expect(await within(decided).findByText('Decided by: Pat Practitioner')).toBeInTheDocument();
    expect(decided).toHaveTextContent('If you want to change it, talk to your practitioner.');
    expect(within(decided).queryByRole('checkbox')).toBeNull();
    expect(within(decided).queryByRole('button')).toBeNull();
    // Dad's part is still Sam's to choose.
    expect(await formFor('Dad')).toBeInTheDocument();
  });

  it('asks someone not signed in to sign in', async () => {
    await forgetAccount(localStore().db);
    await renderAt('/my-plan/sharing');
    expect(await screen.findByRole('link', { name: 'Sign in' })).toHaveAttribute(
      'href',
      '/sign-in/family',
    );
    expect(screen.queryByTestId('sharing-form')).toBeNull();
  });

  it('says so when no one else has been invited', async () => {
    const sam = await openCase();
    await join(sam.id, SAM, 'young-person');
    await renderAt('/my-plan/sharing');
    expect(await screen.findByTestId('sharing-nobody')).toHaveTextContent(
      'No one else has been invited to see your plan.',
    );
    expect(screen.queryByTestId('sharing-form')).toBeNull();
  });

  it('summarises who can see what on the home', async () => {
    const sam = await samWithFamily();
    await localStore().records.create('sharing-settings', sam.id, {
      carerUserId: MUM,
      sections: { goals: true, safetyPlan: true, decisions: false, notes: false },
      decidedBy: 'young-person',
    });
    await renderAt('/my-plan', sam.id);

    const summary = await screen.findByTestId('shared-with-whom');
    expect(within(summary).getByRole('heading', { level: 3 })).toHaveTextContent(
      'Who can see your plan',
    );
    const lines = within(summary).getAllByTestId('shared-with-whom-carer');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toHaveTextContent('Mum can see: your goals, your safety plan.');
    expect(lines[0]).toHaveTextContent('You chose this.');
    expect(lines[1]).toHaveTextContent("Dad can't see anything in your plan.");
    expect(within(summary).getByRole('link', { name: 'Change who can see what' })).toHaveAttribute(
      'href',
      '/my-plan/sharing',
    );
  });
});

describe('What a carer sees', () => {
  beforeEach(() => signInAs(MUM, ['carer'], 'Jo'));

  it('shows, read-only, what the young person shares with them', async () => {
    const sam = await samWithFamily();
    setActor(SAM);
    await localStore().records.create('sharing-settings', sam.id, {
      carerUserId: MUM,
      sections: { goals: false, safetyPlan: true, decisions: false, notes: false },
      decidedBy: 'young-person',
    });
    setActor(MUM);
    await renderAt('/my-plan/sharing');

    await screen.findByRole('heading', { level: 1, name: 'What you can see of the plan' });
    const view = await screen.findByTestId('sharing-carer-view');
    expect(within(view).getByRole('heading', { level: 2 })).toHaveTextContent(
      'What Sam shares with you',
    );
    const rows = within(view).getAllByRole('definition');
    expect(within(view).getByText('Their safety plan').nextSibling).toHaveTextContent('Can see');
    expect(within(view).getByText('Their goals').nextSibling).toHaveTextContent("Can't see");
    expect(rows).toHaveLength(4);
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByTestId('sharing-explained')).toBeNull();
  });

  it('gives the carer their own line in the summary', async () => {
    const sam = await samWithFamily();
    await renderAt('/my-plan', sam.id);
    const lines = await screen.findAllByTestId('shared-with-whom-carer');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toHaveTextContent("You can't see anything in this plan yet.");
  });

  it("never shows the carer a practitioner's reason", async () => {
    const sam = await samWithFamily();
    setActor(PRACTITIONER);
    await localStore().records.create('sharing-settings', sam.id, {
      carerUserId: MUM,
      sections: { goals: true, safetyPlan: false, decisions: false, notes: false },
      decidedBy: 'practitioner',
      reason: 'Concerns raised at the strategy meeting.',
    });
    setActor(MUM);
    await renderAt('/my-plan', sam.id);
    const line = await screen.findByTestId('shared-with-whom-carer');
    expect(line).toHaveTextContent('You can see: their goals.');
    expect(line).toHaveTextContent('The care team chose this.');
    expect(line).not.toHaveTextContent('strategy meeting');
  });
});

describe('Sharing on the practitioner’s case page', () => {
  beforeEach(() => signInAs(PRACTITIONER, ['practitioner'], 'Pat Practitioner'));

  it('needs a reason to decide for the young person, keeps the ticks, then saves', async () => {
    const user = userEvent.setup();
    const sam = await samWithFamily();
    await renderAt(`/practitioner/cases/${sam.id}/sharing`);

    await screen.findByRole('heading', { level: 1, name: "What Sam's family can see" });
    expect(screen.getByRole('link', { name: 'Back to Sam' })).toHaveAttribute(
      'href',
      `/practitioner/cases/${sam.id}`,
    );
    const cards = screen.getAllByTestId('case-sharing-carer');
    const mum = cards.find((c) => within(c).queryByRole('heading', { name: 'Mum', level: 2 }))!;
    expect(within(mum).getByTestId('case-sharing-current')).toHaveTextContent(
      'Not decided yet: nothing is shared',
    );
    await user.click(within(mum).getByRole('radio', { name: 'I am deciding for Sam' }));
    await user.click(within(mum).getByRole('checkbox', { name: 'Safety plan' }));
    await user.click(within(mum).getByRole('button', { name: 'Save for Mum' }));

    const summary = await within(mum).findByRole('alert');
    expect(summary).toHaveTextContent('There is a problem');
    expect(
      within(summary).getByRole('link', { name: 'Write why you are deciding for Sam' }),
    ).toHaveAttribute('href', `#case-sharing-${MUM}-reason`);
    expect(within(mum).getByRole('checkbox', { name: 'Safety plan' })).toBeChecked();
    expect(within(mum).getByRole('radio', { name: 'I am deciding for Sam' })).toBeChecked();
    expect(await stored()).toHaveLength(0);

    await user.type(
      within(mum).getByLabelText('Why you are deciding for Sam'),
      'Safeguarding: agreed at the strategy meeting.',
    );
    await user.click(within(mum).getByRole('button', { name: 'Save for Mum' }));
    expect(await within(mum).findByTestId('case-sharing-saved')).toBeInTheDocument();
    const records = await stored();
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      carerUserId: MUM,
      sections: { goals: false, safetyPlan: true, decisions: false, notes: false },
      decidedBy: 'practitioner',
      reason: 'Safeguarding: agreed at the strategy meeting.',
      createdBy: PRACTITIONER,
    });
    expect(within(mum).getByTestId('case-sharing-current')).toHaveTextContent(
      'Safeguarding: agreed at the strategy meeting.',
    );
  });

  it("records the young person's own choice, clearing an earlier reason", async () => {
    const user = userEvent.setup();
    const sam = await samWithFamily();
    const earlier = await localStore().records.create('sharing-settings', sam.id, {
      carerUserId: DAD,
      sections: { goals: false, safetyPlan: false, decisions: false, notes: false },
      decidedBy: 'practitioner',
      reason: 'Sam was too unwell to decide.',
    });
    await renderAt(`/practitioner/cases/${sam.id}/sharing`);

    const cards = await screen.findAllByTestId('case-sharing-carer');
    const dad = cards.find((c) => within(c).queryByRole('heading', { name: 'Dad', level: 2 }))!;
    expect(within(dad).getByTestId('case-sharing-current')).toHaveTextContent(
      'Sam was too unwell to decide.',
    );
    await user.click(within(dad).getByRole('radio', { name: 'Sam decided this in the session' }));
    await user.click(within(dad).getByRole('checkbox', { name: 'Goals' }));
    await user.click(within(dad).getByRole('button', { name: 'Save for Dad' }));
    await within(dad).findByTestId('case-sharing-saved');

    const records = await stored();
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      id: earlier.id,
      decidedBy: 'young-person',
      sections: { goals: true, safetyPlan: false, decisions: false, notes: false },
    });
    expect(records[0]!['reason']).toBeUndefined();
  });
});

describe('Which sharing settings count', () => {
  const record = (id: string, updatedAt: string, extra: Record<string, unknown> = {}) =>
    ({ id, updatedAt, deleted: false, carerUserId: MUM, ...extra }) as unknown as AnyRecord;

  it('takes the newest live record for the carer (two phones may each have made one)', () => {
    const older = record('0193a000-0000-7000-8000-000000000001', '2026-11-01T10:00:00.000Z');
    const newer = record('0193a000-0000-7000-8000-000000000002', '2026-11-02T10:00:00.000Z');
    const deleted = record('0193a000-0000-7000-8000-000000000003', '2026-11-03T10:00:00.000Z', {
      deleted: true,
    });
    const dads = record('0193a000-0000-7000-8000-000000000004', '2026-11-04T10:00:00.000Z', {
      carerUserId: DAD,
    });
    expect(currentSettings([older, newer, deleted, dads], MUM)).toBe(newer);
    expect(currentSettings([older], DAD)).toBeUndefined();
  });
});

describe('The case page', () => {
  beforeEach(() => signInAs(PRACTITIONER, ['practitioner'], 'Pat Practitioner'));

  it('links to what the family can see, after the invite', async () => {
    const user = userEvent.setup();
    const sam = await samWithFamily();
    const view = await renderAt(`/practitioner/cases/${sam.id}`);
    const link = await screen.findByRole('link', { name: 'What the family can see' });
    expect(link).toHaveAttribute('href', `/practitioner/cases/${sam.id}/sharing`);
    await user.click(link);
    await screen.findByRole('heading', { level: 1, name: "What Sam's family can see" });
    expect(view.router.state.location.pathname).toBe(`/practitioner/cases/${sam.id}/sharing`);
  });
});
