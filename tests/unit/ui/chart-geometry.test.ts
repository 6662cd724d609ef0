// The progress chart's geometry (issue #6 item 3): scales, ticks, spacing by time, label
// placement that never overlaps, and series styles that differ in more than colour.
import { describe, expect, it } from 'vitest';
import {
  chartGeometry,
  contrastRatio,
  isoDay,
  linearScale,
  markerPath,
  parseTime,
  placeAxisLabels,
  SERIES_STYLES,
  seriesStyle,
  timeTicks,
  valueTicks,
} from '../../../src/ui/charts/chart-geometry';

const DAY = 86_400_000;
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const short = (iso: string) => iso.slice(5); // "MM-DD": 5 characters

describe('scales and ticks', () => {
  it('maps a domain onto a range, flipped for the y axis', () => {
    const y = linearScale([0, 10], [200, 0]);
    expect(y(0)).toBe(200);
    expect(y(10)).toBe(0);
    expect(y(2.5)).toBe(150);
    expect(linearScale([5, 5], [0, 100])(5)).toBe(50);
  });

  it('gives every whole number on a 0–10 goal scale when there is room, fewer when not', () => {
    expect(valueTicks(0, 10, 11)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(valueTicks(0, 10, 6)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(valueTicks(0, 10, 3)).toEqual([0, 5, 10]);
    expect(valueTicks(0, 141, 8)).toEqual([0, 20, 40, 60, 80, 100, 120, 140]);
    expect(valueTicks(0, 1, 6)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });

  it('reads calendar dates as UTC midnights and date-times as given', () => {
    expect(parseTime('2026-12-02')).toBe(Date.UTC(2026, 11, 2));
    expect(parseTime('2026-12-02T10:30:00.000Z')).toBe(Date.UTC(2026, 11, 2, 10, 30));
    expect(parseTime('not a date')).toBeNaN();
    expect(isoDay(Date.UTC(2026, 11, 2, 23))).toBe('2026-12-02');
  });

  it('ticks days, weeks (Mondays) or months (quarters, years), the finest that fits', () => {
    expect(timeTicks(day('2026-12-01'), day('2026-12-04'), 10).map(isoDay)).toEqual([
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
    ]);
    const weekly = timeTicks(day('2026-11-01'), day('2026-12-02'), 6).map(isoDay);
    expect(weekly).toEqual(['2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23', '2026-11-30']);
    expect(weekly.every((d) => new Date(`${d}T00:00:00Z`).getUTCDay() === 1)).toBe(true);
    const monthly = timeTicks(day('2026-01-15'), day('2026-12-02'), 4).map(isoDay);
    expect(monthly).toEqual(['2026-04-01', '2026-07-01', '2026-10-01']);
    const years = timeTicks(day('2020-01-01'), day('2026-12-02'), 4);
    expect(years.length).toBeLessThanOrEqual(4);
    expect(years.every((t) => isoDay(t).endsWith('-01-01'))).toBe(true);
  });

  it('falls back to the span’s own days when no round date is inside it', () => {
    const t0 = Date.UTC(2026, 11, 2, 9);
    expect(timeTicks(t0, t0 + 3_600_000, 5).map(isoDay)).toEqual(['2026-12-02']);
  });
});

describe('labels', () => {
  it('drops axis labels that would overlap, keeps the last, and keeps all inside', () => {
    const xs = [0, 20, 40, 60, 80, 100];
    const placed = placeAxisLabels(
      xs,
      xs.map(() => 30),
      0,
      100,
      4,
    );
    for (let k = 1; k < placed.length; k++) {
      expect(placed[k]!.x - 15).toBeGreaterThanOrEqual(placed[k - 1]!.x + 15 + 4);
    }
    expect(placed[0]!.index).toBe(0);
    expect(placed[placed.length - 1]!.index).toBe(5);
    expect(placed[0]!.x).toBe(15); // nudged in from the left edge
    expect(placed[placed.length - 1]!.x).toBe(85); // and from the right
  });
});

describe('series styles', () => {
  it('differ in colour, marker shape and line pattern, for six series', () => {
    expect(SERIES_STYLES).toHaveLength(6);
    expect(new Set(SERIES_STYLES.map((s) => s.colour)).size).toBe(6);
    expect(new Set(SERIES_STYLES.map((s) => s.shape)).size).toBe(6);
    expect(new Set(SERIES_STYLES.map((s) => s.dash ?? 'solid')).size).toBe(6);
    expect(seriesStyle(6)).toBe(SERIES_STYLES[0]);
  });

  it('contrast at least 3:1 with white (WCAG 1.4.11, graphics)', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    for (const style of SERIES_STYLES) {
      expect(contrastRatio(style.colour, '#ffffff')).toBeGreaterThanOrEqual(3);
    }
  });

  it('draws each marker shape as a different closed path around its point', () => {
    const paths = SERIES_STYLES.map((s) => markerPath(s.shape, 100, 50, 5));
    expect(new Set(paths).size).toBe(6);
    for (const d of paths) {
      expect(d.endsWith('z')).toBe(true);
      const numbers = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
      expect(Math.abs(numbers[0]! - 100)).toBeLessThanOrEqual(10);
      expect(Math.abs(numbers[1]! - 50)).toBeLessThanOrEqual(10);
    }
  });
});

describe('chartGeometry', () => {
  const base = {
    width: 600,
    height: 260,
    fontSize: 14,
    min: 0,
    max: 10,
    formatValue: String,
    formatDate: short,
  };

  it('spaces points by time, not by index, in time order, clamped to the scale', () => {
    const g = chartGeometry({
      ...base,
      series: [
        {
          points: [
            { x: '2026-11-21', y: 12 }, // out of order and above the scale
            { x: '2026-11-01', y: 2 },
            { x: '2026-11-02', y: 3 },
          ],
          baseline: 2,
        },
      ],
    });
    const [first, second, third] = g.series[0]!.points;
    expect([first!.source, second!.source, third!.source]).toEqual([1, 2, 0]);
    const perDay = second!.x - first!.x;
    expect(third!.x - first!.x).toBeCloseTo(perDay * 20, 5);
    expect(first!.x).toBeGreaterThan(g.plot.left);
    expect(third!.x).toBeLessThan(g.plot.right);
    expect(third!.y).toBe(g.scaleY(10));
    expect(g.series[0]!.baselineY).toBe(first!.y);
    expect(g.series[0]!.line.startsWith(`M${first!.x.toFixed(1)} `)).toBe(true);
    expect(g.series[0]!.line.match(/L/g)).toHaveLength(2);
  });

  it('puts every whole number on a 0–10 axis and date labels that fit at 320px', () => {
    const points = Array.from({ length: 200 }, (_, i) => ({
      x: isoDay(day('2026-01-01') + i * DAY),
      y: i % 11,
    }));
    for (const width of [288, 320, 640, 1024]) {
      const g = chartGeometry({
        ...base,
        width,
        formatDate: (iso) => `${iso} long`,
        series: [{ points }],
      });
      expect(g.yTicks.map((t) => t.value)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      expect(g.xLabels.length).toBeGreaterThanOrEqual(2);
      const w = 15 * 14 * 0.6;
      for (const label of g.xLabels) {
        expect(label.x - w / 2).toBeGreaterThanOrEqual(0);
        expect(label.x + w / 2).toBeLessThanOrEqual(width);
      }
      for (let k = 1; k < g.xLabels.length; k++) {
        expect(g.xLabels[k]!.x - g.xLabels[k - 1]!.x).toBeGreaterThanOrEqual(w);
      }
      expect(g.series[0]!.points).toHaveLength(200);
    }
  });

  it('draws the starts in a column of their own before the first date', () => {
    const series = [
      { points: [{ x: '2026-11-01', y: 3 }], baseline: 2 },
      { points: [{ x: '2026-11-08', y: 5 }] },
    ];
    const g = chartGeometry({ ...base, startLabel: 'Start', series });
    expect(g.startX).toBeGreaterThan(g.plot.left);
    expect(g.series[0]!.points[0]!.x - g.startX!).toBeGreaterThanOrEqual(24);
    expect(g.xLabels[0]).toEqual({ x: g.startX, label: 'Start' });
    expect(g.series[1]!.baselineY).toBeUndefined();
    const none = chartGeometry({ ...base, startLabel: 'Start', series: [series[1]!] });
    expect(none.startX).toBeUndefined();
    expect(none.xLabels.map((l) => l.label)).not.toContain('Start');
  });

  it('copes with no points and with a single point', () => {
    const empty = chartGeometry({ ...base, series: [{ points: [] }] });
    expect(empty.series[0]!.line).toBe('');
    expect(empty.xLabels.length).toBeGreaterThanOrEqual(1);
    const one = chartGeometry({ ...base, series: [{ points: [{ x: '2026-12-02', y: 4 }] }] });
    expect(one.series[0]!.points[0]!.x).toBeCloseTo((one.plot.left + one.plot.right) / 2, 5);
    expect(one.xLabels.map((l) => l.label)).toContain('12-02');
  });
});
