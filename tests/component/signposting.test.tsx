// "No wrong door" for school staff (issue #9) on the app's real routes and words, offline:
// the danger steps at once on "Yes", the questions, suggestions from the bundled
// directory grouped by THRIVE grouping, filters, choosing up to five for a card, the card
// page decoding its fragment with no network, and the one anonymous count each
// conversation leaves in the offline queue (nothing else about the young person).
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeCard } from '../../src/features/signposting/card-code';
import { renderApp } from './render-app';

vi.setConfig({ testTimeout: 30_000 });

const QUEUE_KEY = 'ourplan:signposting-counts';

interface Queued {
  id: string;
  count: Record<string, unknown>;
}

function queued(): Queued[] {
  return JSON.parse(localStorage.getItem(QUEUE_KEY) ?? '[]') as Queued[];
}

function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

beforeEach(() => {
  localStorage.clear();
  // Offline: counts stay in the device's queue, where the test can read them.
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
});

afterEach(() => {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => true });
  vi.restoreAllMocks();
});

async function openSupport() {
  const user = userEvent.setup();
  const app = await renderApp('/support');
  await screen.findByRole('heading', { level: 1, name: 'Supporting a young person' });
  return { user, ...app };
}

async function answerQuestions(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'No' }));
  expect(screen.getByRole('heading', { level: 2, name: 'About the young person' })).toHaveFocus();
  await user.click(screen.getByRole('checkbox', { name: 'Feeling low or sad' }));
  await user.click(screen.getByRole('checkbox', { name: 'Someone to talk to' }));
  await user.click(screen.getByRole('radio', { name: '14 to 15' }));
  await user.click(screen.getByRole('button', { name: 'Show support' }));
  const heading = await screen.findByRole('heading', { level: 2, name: 'Support that could help' });
  // Focus stays on the step's heading while the directory arrives.
  await screen.findByRole('heading', { level: 4, name: 'Childline' });
  expect(heading).toHaveFocus();
}

describe('/support: the guided conversation', () => {
  it('shows what to do at once on "Yes", and counts only that someone was in danger', async () => {
    const { user } = await openSupport();
    expect(document.title).toBe('Supporting a young person – OurPlan');
    await user.click(screen.getByRole('button', { name: 'Yes' }));

    // No waiting: the steps are there straight after the tap, not found later.
    const steps = screen.getByTestId('danger-steps');
    expect(within(steps).getByRole('heading', { level: 2 })).toHaveTextContent('Do this now');
    expect(within(steps).getByRole('link', { name: 'Call 999' })).toHaveAttribute(
      'href',
      'tel:999',
    );
    expect(steps).toHaveTextContent('Call 999, or take them to A&E now.');
    expect(steps).toHaveTextContent('Stay with them.');
    expect(steps).toHaveTextContent("Tell your school's designated safeguarding lead now.");
    expect(steps).toHaveTextContent("Follow your school's safeguarding policy.");

    // The count follows the steps (it must never hold them up), so it may land a moment later.
    await vi.waitFor(() => expect(queued()).toHaveLength(1));
    expect(queued()[0]!.count).toEqual({
      topicIds: [],
      wishes: [],
      ageBand: 'not-known',
      immediateDanger: true,
      resourceIds: [],
      occurredOn: today(),
    });

    // Starting again is a new conversation; pressing nothing else adds no second count.
    await user.click(screen.getByRole('button', { name: 'Start again' }));
    expect(
      screen.getByRole('heading', { name: 'Is anyone in immediate danger right now?' }),
    ).toBeInTheDocument();
    expect(queued()).toHaveLength(1);
  });

  it('suggests support grouped by THRIVE grouping, with how to reach it and examples marked', async () => {
    const { user } = await openSupport();
    await answerQuestions(user);

    const advice = screen.getByRole('region', { name: 'Getting Advice and Signposting' });
    expect(advice).toHaveTextContent('Advice and support to help them manage things');
    const childline = within(advice)
      .getByRole('heading', { level: 4, name: 'Childline' })
      .closest('li')!;
    expect(within(childline).getByRole('link', { name: 'Call 0800 1111' })).toHaveAttribute(
      'href',
      'tel:08001111',
    );
    expect(childline).toHaveTextContent('Free');

    // A made-up local entry is visibly an example.
    const thriving = screen.getByRole('region', { name: 'Thriving' });
    const club = within(thriving).getByRole('heading', { level: 4, name: /youth club/ });
    expect(within(club).getByText('Example')).toBeInTheDocument();

    // Filters work on the device: walk-in only leaves no phone-only national line.
    await user.click(screen.getByText('Show only', { selector: 'summary *' }));
    await user.click(screen.getByRole('checkbox', { name: 'Walk in' }));
    expect(screen.queryByRole('heading', { level: 4, name: 'Childline' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Walk in' }));
    expect(screen.getByRole('heading', { level: 4, name: 'Childline' })).toBeInTheDocument();

    // Going back keeps the answers.
    await user.click(screen.getByRole('button', { name: 'Change the answers' }));
    expect(screen.getByRole('checkbox', { name: 'Feeling low or sad' })).toBeChecked();
    expect(screen.getByRole('radio', { name: '14 to 15' })).toBeChecked();
  });

  it('makes a card of the chosen resources and counts the conversation once, with them', async () => {
    const { user, router } = await openSupport();
    await answerQuestions(user);

    await user.click(screen.getByRole('checkbox', { name: 'Add to their card: Childline' }));
    await user.click(
      screen.getByRole('checkbox', { name: /Add to their card: Example: school counselling/ }),
    );
    await user.click(screen.getByRole('button', { name: 'Make a card for them' }));

    await screen.findByRole('heading', { level: 1, name: 'Places that can help' });
    expect(router.state.location.pathname).toBe('/support/card');
    expect(router.state.location.hash).toMatch(/^#v1\./);
    const slip = screen.getByTestId('card-slip');
    expect(within(slip).getAllByTestId('card-resource')).toHaveLength(2);
    expect(within(slip).getByRole('link', { name: 'Call 0800 1111' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'QR code that opens this card' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Print this card' })).toBeInTheDocument();

    // One count: the answers as ids, the chosen entries, nothing typed.
    expect(queued()).toHaveLength(1);
    expect(queued()[0]!.count).toEqual({
      topicIds: ['low-mood'],
      wishes: ['someone-to-talk-to'],
      ageBand: '14-15',
      immediateDanger: false,
      resourceIds: ['national-childline', 'example-school-counselling'],
      occurredOn: today(),
    });
  });

  it('counts a conversation that ends without a card, with no resources', async () => {
    const { user, router } = await openSupport();
    await answerQuestions(user);
    expect(queued()).toHaveLength(0);
    await router.navigate('/');
    await waitFor(() => expect(queued()).toHaveLength(1));
    expect(queued()[0]!.count).toMatchObject({ topicIds: ['low-mood'], resourceIds: [] });
  });

  it('refuses more than five resources for a card, saying so, keeping the ticks; five fit', async () => {
    const { user } = await openSupport();
    await user.click(screen.getByRole('button', { name: 'No' }));
    await user.click(screen.getByRole('button', { name: 'Show support' }));
    await screen.findByRole('heading', { level: 2, name: 'Support that could help' });

    await user.click(screen.getByRole('button', { name: 'Make a card for them' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose at least one for the card');

    const boxes = screen.getAllByRole('checkbox', { name: /^Add to their card/ });
    expect(boxes.length).toBeGreaterThan(5);
    for (const box of boxes.slice(0, 6)) await user.click(box);
    await user.click(screen.getByRole('button', { name: 'Make a card for them' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose 5 or fewer for the card');
    expect(
      screen.getByRole('heading', { level: 2, name: 'Support that could help' }),
    ).toBeInTheDocument();
    for (const box of boxes.slice(0, 6)) expect(box).toBeChecked();
    expect(queued()).toHaveLength(0);

    // Five real entries, with all their details, fit on one card and its QR code.
    await user.click(boxes[5]!);
    await user.click(screen.getByRole('button', { name: 'Make a card for them' }));
    await screen.findByRole('heading', { level: 1, name: 'Places that can help' });
    expect(screen.getAllByTestId('card-resource')).toHaveLength(5);
    expect(screen.getByRole('img', { name: 'QR code that opens this card' })).toBeInTheDocument();
    expect(queued()[0]!.count.resourceIds).toHaveLength(5);
  });
});

describe('/support/card: the young person’s card', () => {
  it('opens from its link alone, with no network and no account', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const fragment = encodeCard([
      { name: 'Kooth', url: 'https://www.kooth.com', cost: 'free', selfReferral: true },
    ]);
    await renderApp(`/support/card#${fragment}`);
    await screen.findByRole('heading', { level: 1, name: 'Places that can help' });
    expect(screen.getByRole('heading', { level: 2, name: 'Kooth' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Website: kooth.com' })).toHaveAttribute(
      'href',
      'https://www.kooth.com',
    );
    expect(screen.getByText('You can contact them yourself.')).toBeInTheDocument();
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('says plainly when the link is broken', async () => {
    const fragment = encodeCard([{ name: 'Kooth', url: 'https://www.kooth.com' }]);
    await renderApp(`/support/card#${fragment.slice(0, -8)}`);
    await screen.findByRole('heading', { level: 1, name: "This card can't be shown" });
    expect(screen.getByText(/The link is broken or has been changed/)).toBeInTheDocument();
    expect(screen.queryByTestId('card-resource')).not.toBeInTheDocument();
  });
});

describe('/support in Welsh and Urdu', () => {
  it('asks the danger question and shows the steps in the chosen language', async () => {
    const user = userEvent.setup();
    await renderApp('/support', 'ur');
    await screen.findByRole('heading', { level: 1, name: 'کسی نوجوان کی مدد کرنا' });
    expect(document.documentElement.dir).toBe('rtl');
    await user.click(screen.getByRole('button', { name: 'ہاں' }));
    expect(screen.getByRole('link', { name: '999 پر کال کریں' })).toHaveAttribute(
      'href',
      'tel:999',
    );
  });

  it('names the topics in Welsh', async () => {
    const user = userEvent.setup();
    await renderApp('/support', 'cy');
    await screen.findByRole('heading', { level: 1, name: 'Cefnogi person ifanc' });
    await user.click(screen.getByRole('button', { name: 'Nac ydy' }));
    expect(screen.getByRole('checkbox', { name: "Teimlo'n isel neu'n drist" })).toBeInTheDocument();
  });
});

describe('the signposting screens never load the local store', () => {
  it('imports nothing from src/db, directly or through their own modules', () => {
    const root = resolve(__dirname, '../../src/features/signposting');
    const seen = new Set<string>();
    const dbImports: string[] = [];
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = readFileSync(file, 'utf8');
      for (const [, spec] of source.matchAll(/from '(\.[^']+)'/g)) {
        const target = resolve(dirname(file), spec!);
        if (target.includes(`${join('src', 'db')}`)) dbImports.push(`${file} → ${spec}`);
        // Follow the feature's own modules; shared layers are checked by the path alone.
        if (target.startsWith(root)) {
          const candidates = [`${target}.ts`, `${target}.tsx`, join(target, 'index.ts')];
          const found = candidates.find((c) => {
            try {
              readFileSync(c);
              return true;
            } catch {
              return false;
            }
          });
          if (found) visit(found);
        }
      }
    };
    visit(join(root, 'route.tsx'));
    visit(join(root, 'card.route.tsx'));
    expect(seen.size).toBeGreaterThan(5);
    expect(dbImports).toEqual([]);
  });
});
