// The progress chart (issue #6 item 3) with the app's real words: the drawing's name and
// summary, a marker per point, a legend whose shapes differ, and a table with every number.
import { render, screen, within } from '@testing-library/react';
import { Suspense } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../src/app/i18n';
import { formatCalendarDate } from '../../src/ui/format-date';
import { ProgressChart, type ChartSeries } from '../../src/ui/charts/ProgressChart';

const formatDate = (iso: string) => formatCalendarDate(iso.slice(0, 10), 'en-GB');

const GOALS: ChartSeries[] = [
  {
    id: 'goal-school',
    label: 'Go to school every day',
    baseline: 2,
    summary: 'Up 5 from the start: a reliable change',
    points: [
      { x: '2026-10-05', y: 3 },
      { x: '2026-11-02', y: 7, note: 'A good week' },
      { x: '2026-10-19', y: 5 },
    ],
  },
  {
    id: 'goal-sleep',
    label: 'Sleep better',
    baseline: 4,
    points: [
      { x: '2026-10-05', y: 4 },
      { x: '2026-11-16', y: 5 },
    ],
  },
  { id: 'goal-friends', label: 'See my friends', points: [] },
];

async function renderChart(
  props: Partial<Parameters<typeof ProgressChart>[0]> = {},
  language: 'en-GB' | 'ur' = 'en-GB',
) {
  const i18n = await initI18n(language);
  await i18n.changeLanguage(language);
  const view = render(
    <Suspense fallback={null}>
      <ProgressChart
        title="My goals"
        description="Two goals have gone up since the start."
        series={GOALS}
        min={0}
        max={10}
        band={{ from: 2 - 2.45, to: 2 + 2.45, label: 'Change here could be chance' }}
        formatDate={formatDate}
        {...props}
      />
    </Suspense>,
  );
  await screen.findByTestId('progress-chart');
  return view;
}

describe('ProgressChart', () => {
  beforeAll(() => initI18n('en-GB'));

  it('is a captioned figure whose picture is named and described in words', async () => {
    await renderChart();
    const figure = screen.getByRole('figure', { name: 'My goals' });
    expect(within(figure).getByText('Two goals have gone up since the start.')).toBeVisible();
    const picture = within(figure).getByRole('img', { name: 'My goals' });
    const desc = document.getElementById(picture.getAttribute('aria-describedby')!)!.textContent;
    expect(picture).toHaveAccessibleDescription(desc!);
    expect(desc).toContain('Scores go from 0 to 10. Higher is better.');
    expect(desc).toContain('Go to school every day started at 2.');
    expect(desc).toContain(
      'Go to school every day: first 3 on 5 Oct 2026, latest 7 on 2 Nov 2026.',
    );
    expect(desc).toContain('Sleep better: first 4 on 5 Oct 2026, latest 5 on 16 Nov 2026.');
    expect(desc).toContain('See my friends has no scores yet.');
    expect(desc).toContain('The shaded area is Change here could be chance: 0 to 4.45.');
    // No inline styles anywhere (the CSP's style-src has no 'unsafe-inline').
    expect(figure.querySelector('[style]')).toBeNull();
  });

  it('draws a marker per point, spaced by time, and a line per series', async () => {
    await renderChart();
    const figure = screen.getByTestId('progress-chart');
    expect(figure.querySelectorAll('[data-point]')).toHaveLength(5);
    const school = [...figure.querySelectorAll('[data-series="goal-school"] [data-point]')];
    expect(school.map((m) => m.getAttribute('data-point'))).toEqual([
      'goal-school/0',
      'goal-school/2',
      'goal-school/1',
    ]);
    const x = school.map((m) => Number(/^M(-?[\d.]+)/.exec(m.getAttribute('d')!)![1]));
    // 5 Oct → 19 Oct is 14 days, 19 Oct → 2 Nov is 14 days: equal gaps.
    expect(x[2]! - x[1]!).toBeCloseTo(x[1]! - x[0]!, 0);
    expect(figure.querySelectorAll('.progress-chart__line')).toHaveLength(2);
    expect(figure.querySelectorAll('.progress-chart__baseline')).toHaveLength(2);
    // The starts: a column of their own, labelled on the time axis, a hollow marker each.
    expect(within(figure).getAllByText('Start', { selector: 'text' })).toHaveLength(1);
    expect(figure.querySelectorAll('.progress-chart__marker--start')).toHaveLength(2);
  });

  it('has a key whose series differ in shape and line pattern, not only colour', async () => {
    await renderChart();
    const key = screen.getByRole('list', { name: 'Key to the chart' });
    const items = within(key).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'Go to school every dayUp 5 from the start: a reliable change',
      'Sleep better',
      'See my friends',
      'Change here could be chance (0 to 4.45)',
    ]);
    const looks = items.slice(0, 3).map((li) => {
      const [line, marker] = li.querySelectorAll('path');
      return {
        colour: marker!.getAttribute('fill'),
        shape: marker!.getAttribute('d')!.replace(/[-\d.]+/g, '#'),
        dash: line!.getAttribute('stroke-dasharray') ?? 'solid',
      };
    });
    for (const aspect of ['colour', 'shape', 'dash'] as const) {
      expect(new Set(looks.map((l) => l[aspect])).size).toBe(3);
    }
  });

  it('shows every number in a table with headers, in time order', async () => {
    await renderChart();
    const table = screen.getByRole('table', { name: 'The numbers: My goals' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers).toEqual(['Date', 'Go to school every day', 'Sleep better', 'See my friends']);
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((tr) => [...tr.children].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['Start', '2', '4', 'None'],
      ['5 Oct 2026', '3', '4', 'None'],
      ['19 Oct 2026', '5', 'None', 'None'],
      ['2 Nov 2026', '7A good week', 'None', 'None'],
      ['16 Nov 2026', 'None', '5', 'None'],
    ]);
    expect(within(table).getAllByRole('rowheader')).toHaveLength(5);
  });

  it('draws 200 points: a marker and a table row for each', async () => {
    const points = Array.from({ length: 200 }, (_, i) => ({
      x: new Date(Date.UTC(2026, 0, 1) + i * 86_400_000).toISOString(),
      y: i % 11,
    }));
    await renderChart({
      series: [{ id: 'goal', label: 'My goal', baseline: 1, points }],
      higherIsBetter: false,
      band: undefined,
    });
    const figure = screen.getByTestId('progress-chart');
    expect(figure.querySelectorAll('[data-point]')).toHaveLength(200);
    expect(within(figure).getAllByRole('row')).toHaveLength(1 + 1 + 200);
    expect(within(figure).getByText('Score (lower is better)')).toBeInTheDocument();
  });

  it('speaks Urdu and keeps the time axis left to right', async () => {
    try {
      await renderChart({ formatDate: (iso) => formatCalendarDate(iso.slice(0, 10), 'ur') }, 'ur');
      const figure = screen.getByTestId('progress-chart');
      expect(within(figure).getByRole('table', { name: 'اعداد: My goals' })).toBeInTheDocument();
      expect(figure.querySelector('svg[role="img"]')!.getAttribute('direction')).toBe('ltr');
      expect(within(figure).getAllByText('آغاز', { selector: 'text' })).toHaveLength(1);
    } finally {
      await (await initI18n('en-GB')).changeLanguage('en-GB');
    }
  });
});
