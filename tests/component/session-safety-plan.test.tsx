// The session part "Safety plan" on the real local store (fake-indexeddb), the real
// routes and words: starting a plan, adding items to two sections (with a problem shown
// and the other typed words kept), marking a section as the young person's own words, a
// backup team action, agreeing (a version appears), agreeing again after a change (what
// changed), and sharing only with consent (a practitioner's decision needs a reason).
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { endHandOver, localStore, readHandOver } from '../../src/db';
import { uuidv7, type AnyRecord, type SessionRecord } from '../../src/domain';
import { todayOnDevice } from '../../src/ui/format-date';
import { openCase, signInAsPractitioner } from './practitioner';
import { renderApp } from './render-app';

vi.setConfig({ testTimeout: 45_000 });

const ME = uuidv7();

beforeEach(async () => {
  endHandOver();
  await signInAsPractitioner(ME);
});

async function session(caseId: string): Promise<SessionRecord> {
  return (await localStore().records.create('session', caseId, {
    date: todayOnDevice(),
    attendees: [{ role: 'young-person' }, { role: 'practitioner' }],
    status: 'in-progress',
  })) as unknown as SessionRecord;
}

const all = async (kind: Parameters<ReturnType<typeof localStore>['db']['recordTable']>[0]) =>
  (await localStore().db.recordTable(kind).toArray()).filter((r: AnyRecord) => !r.deleted);

async function openPart(caseId: string) {
  const s = await session(caseId);
  await renderApp(`/practitioner/cases/${caseId}/sessions/${s.id}/safety-plan`);
}

/** A case with a started plan, opened at the safety plan part. */
async function withPlan(): Promise<{ caseId: string; planId: string }> {
  const kase = await openCase();
  const plan = await localStore().records.create('safety-plan', kase.id, {
    status: 'draft',
    writtenByYoungPerson: [],
  });
  await openPart(kase.id);
  await screen.findByTestId('editor-section-warning-signs');
  return { caseId: kase.id, planId: plan.id };
}

const section = async (name: string) => within(await screen.findByTestId(`editor-section-${name}`));

async function addItem(
  user: ReturnType<typeof userEvent.setup>,
  sectionName: string,
  text: string,
  role: string,
  phone?: string,
) {
  const s = await section(sectionName);
  await user.type(await s.findByLabelText('What to add'), text);
  if (phone) await user.type(s.getByLabelText('Phone number (optional)'), phone);
  await user.click(s.getByRole('radio', { name: role }));
  await user.click(s.getByRole('button', { name: /^Add it/ }));
  await s.findByText(`Added: “${text}”`);
}

describe('the safety plan part', () => {
  it('starts a plan, and says the wording is example content for staff', async () => {
    const kase = await openCase();
    const user = userEvent.setup();
    await openPart(kase.id);
    expect(await screen.findByRole('heading', { level: 1, name: 'Safety plan' })).toBeTruthy();
    expect(await screen.findByTestId('example-content-note')).toHaveTextContent(
      'example content. Your service must review them',
    );
    await user.click(await screen.findByRole('button', { name: 'Start a safety plan' }));
    await screen.findByTestId('editor-section-warning-signs');
    const plans = await all('safety-plan');
    expect(plans).toHaveLength(1);
    expect(plans[0]).toMatchObject({
      caseId: kase.id,
      status: 'draft',
      writtenByYoungPerson: [],
    });
    expect(screen.getByTestId('plan-status')).toHaveTextContent('Draft: not agreed yet.');
  });

  it('adds items to two sections; a problem keeps the other typed words', async () => {
    const { planId } = await withPlan();
    const user = userEvent.setup();
    // Each section under its plain-words title, shared with the phone and print.
    expect(
      await screen.findByRole('heading', { level: 2, name: 'People I can ask for help' }),
    ).toBeInTheDocument();
    await addItem(user, 'warning-signs', 'I stop answering my phone', 'The young person');

    // No words, but a number and who is adding it: the words are asked for, the rest kept.
    const people = await section('people-to-ask');
    await user.type(await people.findByLabelText('Phone number (optional)'), '07700 900123');
    await user.click(people.getByRole('radio', { name: 'A parent or carer' }));
    await user.click(people.getByRole('button', { name: /^Add it/ }));
    expect(await screen.findAllByText('Enter what to add')).not.toHaveLength(0);
    expect(people.getByLabelText('Phone number (optional)')).toHaveValue('07700 900123');
    expect(people.getByRole('radio', { name: 'A parent or carer' })).toBeChecked();
    expect(people.getByLabelText('What to add')).toHaveAttribute('aria-invalid', 'true');
    expect(await all('safety-plan-item')).toHaveLength(1);

    await user.type(people.getByLabelText('What to add'), 'Mum');
    await user.click(people.getByRole('button', { name: /^Add it/ }));
    await people.findByText('Added: “Mum”');
    await addItem(user, 'people-to-ask', 'Auntie Jo', 'The young person', '07700 900456');

    const items = (await all('safety-plan-item')).sort(
      (a, b) => Number(a['order']) - Number(b['order']),
    );
    expect(
      items.map((i) => [i['section'], i['text'], i['phone'], i['order'], i['addedByRole']]),
    ).toEqual([
      ['warning-signs', 'I stop answering my phone', undefined, 1, 'young-person'],
      ['people-to-ask', 'Mum', '07700 900123', 1, 'carer'],
      ['people-to-ask', 'Auntie Jo', '07700 900456', 2, 'young-person'],
    ]);
    expect(items.every((i) => i['planId'] === planId)).toBe(true);
    // Shown in their sections, with tap-to-call links; and removable.
    await waitFor(() => expect(people.getAllByTestId('editor-item')).toHaveLength(2));
    expect(people.getByRole('link', { name: '07700 900123' })).toHaveAttribute(
      'href',
      'tel:07700900123',
    );
    await user.click(people.getByRole('button', { name: 'Remove: Auntie Jo' }));
    await user.click(people.getByRole('button', { name: 'Yes, remove it: Auntie Jo' }));
    await waitFor(() => expect(people.getAllByTestId('editor-item')).toHaveLength(1));
    expect((await all('safety-plan-item')).map((i) => i['text'])).not.toContain('Auntie Jo');
  });

  it('changes an item’s words and number, keeping who added it', async () => {
    const { caseId, planId } = await withPlan();
    await localStore().records.create('safety-plan-item', caseId, {
      planId,
      section: 'professionals',
      text: 'CAMHS duty line',
      phone: '0161 496 0001',
      order: 1,
      addedByRole: 'practitioner',
    });
    const user = userEvent.setup();
    const pros = await section('professionals');
    await user.click(await pros.findByRole('button', { name: 'Change: CAMHS duty line' }));
    const words = await pros.findByDisplayValue('CAMHS duty line');
    await user.clear(words);
    await user.click(pros.getByRole('button', { name: 'Save the change' }));
    expect(await screen.findAllByText('Enter what to add')).not.toHaveLength(0);
    await user.type(words, 'CAMHS duty line (weekdays 9 to 5)');
    const phone = pros.getByDisplayValue('0161 496 0001');
    await user.clear(phone);
    await user.type(phone, '0161 496 0002');
    await user.click(pros.getByRole('button', { name: 'Save the change' }));
    await pros.findByText('CAMHS duty line (weekdays 9 to 5)');
    const [item] = await all('safety-plan-item');
    expect(item).toMatchObject({
      text: 'CAMHS duty line (weekdays 9 to 5)',
      phone: '0161 496 0002',
      addedByRole: 'practitioner',
    });
  });

  it('marks a section as written by the young person in their own words', async () => {
    const { planId } = await withPlan();
    const user = userEvent.setup();
    const reasons = await section('reasons-for-living');
    const box = reasons.getByRole('checkbox', {
      name: /Written by the young person in their own words/,
    });
    await user.click(box);
    await waitFor(async () =>
      expect(
        (await localStore().records.get('safety-plan', planId))?.['writtenByYoungPerson'],
      ).toEqual(['reasons-for-living']),
    );
    await waitFor(() => expect(box).toBeChecked());
    await user.click(box);
    await waitFor(async () =>
      expect(
        (await localStore().records.get('safety-plan', planId))?.['writtenByYoungPerson'],
      ).toEqual([]),
    );
  });

  it('adds a backup team action', async () => {
    const { planId } = await withPlan();
    const user = userEvent.setup();
    const team = within(await screen.findByTestId('editor-backup-team'));
    await user.click(team.getByRole('button', { name: 'Add to the backup team' }));
    expect(await screen.findAllByText('Enter who this is')).not.toHaveLength(0);
    await user.type(team.getByLabelText('Who (a person or a team)'), 'Ms Khan');
    await user.type(team.getByLabelText('Their role or agency'), 'Head of year, school');
    await user.type(
      team.getByLabelText('What they have agreed to do'),
      'Let Sam leave class for the quiet room',
    );
    await user.type(team.getByLabelText('When this applies'), 'If Sam shows the red card');
    await user.type(team.getByLabelText('Phone number (optional)'), '0161 496 0000');
    await user.click(team.getByRole('button', { name: 'Add to the backup team' }));
    await team.findByText('Ms Khan is added to the backup team.');
    const [action] = await all('backup-team-action');
    expect(action).toMatchObject({
      planId,
      who: 'Ms Khan',
      role: 'Head of year, school',
      action: 'Let Sam leave class for the quiet room',
      appliesWhen: 'If Sam shows the red card',
      phone: '0161 496 0000',
      order: 1,
    });
    expect(await team.findByTestId('editor-action')).toHaveTextContent(
      'Ms Khan (Head of year, school)',
    );

    // Removing asks once more; "No, keep it" keeps it.
    await user.click(team.getByRole('button', { name: 'Remove: Ms Khan' }));
    await user.click(team.getByRole('button', { name: 'No, keep it' }));
    expect(team.getByTestId('editor-action')).toBeInTheDocument();
    await user.click(team.getByRole('button', { name: 'Remove: Ms Khan' }));
    await user.click(team.getByRole('button', { name: 'Yes, remove it: Ms Khan' }));
    await team.findByText('No one is in the backup team yet.');
    expect(await all('backup-team-action')).toEqual([]);
  });

  it('agrees the plan (a version appears), and after a change shows what changed', async () => {
    const { planId } = await withPlan();
    const user = userEvent.setup();
    await addItem(user, 'coping-alone', 'Listen to music', 'The young person');

    const agree = within(await screen.findByTestId('agree-plan'));
    expect(agree.getByLabelText('Date agreed')).toHaveValue(todayOnDevice());
    await user.click(agree.getByRole('button', { name: 'Agree the plan' }));
    expect(await screen.findAllByText('Choose who was there')).not.toHaveLength(0);
    expect(await screen.findAllByText('Enter the date to review the plan')).not.toHaveLength(0);
    expect(await all('safety-plan-version')).toHaveLength(0);

    fireEvent.change(agree.getByLabelText('Review by'), { target: { value: '2099-03-01' } });
    await user.click(agree.getByRole('checkbox', { name: 'The young person' }));
    await user.type(await agree.findByLabelText('The young person’s name (optional)'), 'Sam');
    await user.click(agree.getByRole('checkbox', { name: 'The practitioner' }));
    await user.click(agree.getByRole('button', { name: 'Agree the plan' }));
    await agree.findByText('Version 1 is saved on this device.');

    const [v1] = await all('safety-plan-version');
    expect(v1).toMatchObject({
      planId,
      version: 1,
      agreedOn: todayOnDevice(),
      reviewBy: '2099-03-01',
      present: [{ role: 'young-person', name: 'Sam' }, { role: 'practitioner' }],
      items: [expect.objectContaining({ section: 'coping-alone', text: 'Listen to music' })],
    });
    expect(await localStore().records.get('safety-plan', planId)).toMatchObject({
      status: 'agreed',
      agreedOn: todayOnDevice(),
      reviewBy: '2099-03-01',
    });
    const versions = within(screen.getByTestId('plan-versions'));
    expect(await versions.findByTestId('plan-version')).toHaveTextContent(
      'Who was there: Sam (The young person), The practitioner',
    );

    // A change, not agreed yet, then agreed again: what changed since last time.
    await addItem(user, 'coping-alone', 'Go for a run', 'The young person');
    await waitFor(() =>
      expect(versions.getByTestId('changes-not-agreed')).toHaveTextContent('Added: “Go for a run”'),
    );
    fireEvent.change(agree.getByLabelText('Review by'), { target: { value: '2099-06-01' } });
    await user.click(agree.getByRole('checkbox', { name: 'The young person' }));
    await user.click(agree.getByRole('button', { name: 'Agree the plan' }));
    await agree.findByText('Version 2 is saved on this device.');
    await waitFor(() => expect(versions.getAllByTestId('plan-version')).toHaveLength(2));
    expect(versions.getByTestId('changes-since-last-time')).toHaveTextContent(
      'Added: “Go for a run”',
    );
    expect(versions.getByTestId('changes-since-last-time')).not.toHaveTextContent(
      'Listen to music',
    );
    expect(versions.getByTestId('changes-not-agreed')).toHaveTextContent('Nothing has changed.');
    expect((await all('safety-plan-version')).map((v) => v['version']).sort()).toEqual([1, 2]);
  });

  it('shares only with consent: a practitioner’s decision needs a reason', async () => {
    const { planId } = await withPlan();
    const user = userEvent.setup();
    const sharing = within(await screen.findByTestId('plan-sharing'));
    expect(sharing.getByText('The plan is not shared with anyone.')).toBeTruthy();

    await user.type(sharing.getByLabelText('Their name'), 'Ms Khan');
    await user.click(sharing.getByRole('radio', { name: 'school' }));
    await user.click(sharing.getByRole('radio', { name: 'The young person agreed' }));
    await user.click(sharing.getByRole('button', { name: 'Record and share' }));
    await sharing.findByText('The plan can now be shared with Ms Khan.');
    expect(await all('safety-plan-share')).toEqual([
      expect.objectContaining({
        planId,
        personName: 'Ms Khan',
        relationship: 'school',
        consentGivenBy: 'young-person',
        consentOn: todayOnDevice(),
      }),
    ]);
    expect(await sharing.findByTestId('current-shares')).toHaveTextContent('Ms Khan, school');

    // The practitioner decides, without a reason: refused, and the name typed is kept.
    await user.type(sharing.getByLabelText('Their name'), 'Dad');
    await user.click(sharing.getByRole('radio', { name: 'parent or carer' }));
    await user.click(
      sharing.getByRole('radio', { name: 'I decided, without the young person’s consent' }),
    );
    await user.click(sharing.getByRole('button', { name: 'Record and share' }));
    expect(
      await screen.findAllByText(
        'Enter why you decided to share the plan without the young person’s consent',
      ),
    ).not.toHaveLength(0);
    expect(sharing.getByLabelText('Their name')).toHaveValue('Dad');
    expect(await all('safety-plan-share')).toHaveLength(1);
    await user.type(
      sharing.getByLabelText('Why did you decide to share it?'),
      'A safeguarding concern',
    );
    await user.click(sharing.getByRole('button', { name: 'Record and share' }));
    await sharing.findByText('The plan can now be shared with Dad.');
    expect(await all('safety-plan-share')).toHaveLength(2);

    // Withdrawing consent keeps the record, with the date it stopped.
    await user.click(sharing.getByRole('button', { name: 'Stop sharing: Ms Khan' }));
    await waitFor(async () =>
      expect(
        (await all('safety-plan-share')).find((s) => s['personName'] === 'Ms Khan'),
      ).toMatchObject({ withdrawnOn: todayOnDevice() }),
    );
    expect(await sharing.findByTestId('withdrawn-shares')).toHaveTextContent('Ms Khan, school');
  });
});

describe('the safety plan in hand-over mode', () => {
  it('lets the young person write in their own words, without the note for staff', async () => {
    const { caseId, planId } = await withPlan();
    // Something the practitioner wrote before handing over.
    await localStore().records.create('safety-plan-item', caseId, {
      planId,
      section: 'professionals',
      text: 'Duty team',
      order: 1,
      addedByRole: 'practitioner',
    });
    const user = userEvent.setup();
    await user.click(screen.getByRole('link', { name: 'Hand the tablet over' }));
    await user.type(await screen.findByLabelText('New passcode'), '246810');
    await user.type(screen.getByLabelText('Enter the passcode again'), '246810');
    await user.click(screen.getByRole('button', { name: 'Save passcode' }));
    await user.click(
      await screen.findByRole('button', { name: 'Hand over to Sam now' }, { timeout: 20_000 }),
    );
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'My safety plan, Sam' },
        { timeout: 20_000 },
      ),
    ).toBeInTheDocument();
    expect(readHandOver()).toMatchObject({ caseId, part: 'safety-plan', userId: ME });
    expect(screen.queryByTestId('example-content-note')).not.toBeInTheDocument();
    expect(screen.queryByTestId('agree-plan')).not.toBeInTheDocument();
    expect(screen.queryByTestId('plan-sharing')).not.toBeInTheDocument();
    // The practitioner's item is shown to Sam, not offered for changing or removing.
    const professionals = await section('professionals');
    const theirs = await professionals.findByTestId('editor-item');
    expect(theirs).toHaveTextContent('Duty team');
    expect(within(theirs).queryByRole('button')).toBeNull();

    const reasons = await section('reasons-for-living');
    await user.type(await reasons.findByLabelText('What do you want to add?'), 'My little sister');
    await user.click(reasons.getByRole('button', { name: /^Add it/ }));
    await reasons.findByText('Added: “My little sister”');
    await user.click(reasons.getByRole('checkbox', { name: /I wrote this part in my own words/ }));
    await waitFor(async () =>
      expect(await localStore().records.get('safety-plan', planId)).toMatchObject({
        writtenByYoungPerson: ['reasons-for-living'],
      }),
    );
    expect((await all('safety-plan-item')).filter((i) => i['text'] !== 'Duty team')).toEqual([
      expect.objectContaining({
        planId,
        section: 'reasons-for-living',
        text: 'My little sister',
        addedByRole: 'young-person',
      }),
    ]);
  });
});
