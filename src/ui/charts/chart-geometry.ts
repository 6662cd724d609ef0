/**
 * The pure geometry of ProgressChart (issue #6 item 3): scales, ticks, series styles and
 * label placement. No React, no DOM: every function here is unit tested on its own.
 *
 * Coordinates are CSS pixels. The chart measures its own width and draws with a viewBox
 * of that width, so one unit is one pixel and text is the same size on a 320px phone as
 * on a tablet (a fixed viewBox scaled down to a phone would shrink 14px text to 7px).
 *
 * The time axis runs left to right in every language, Urdu included: time charts are read
 * that way in Urdu-language material too, and the numbers table carries the same data in
 * the page's own direction.
 */

export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'triangle-down' | 'cross';

export interface SeriesStyle {
  /** Line and marker colour: NHS.UK palette, each at least 3:1 against white. */
  colour: string;
  shape: MarkerShape;
  /** SVG stroke-dasharray for the line; undefined draws it solid. */
  dash: string | undefined;
}

/**
 * Up to six series look different three ways (colour, marker shape, line pattern), so
 * colour is never the only cue; a seventh starts the list again (and is told apart by its
 * name in the legend and the table).
 */
export const SERIES_STYLES: readonly SeriesStyle[] = [
  { colour: '#005eb8', shape: 'circle', dash: undefined }, // NHS blue
  { colour: '#006747', shape: 'square', dash: '8 4' }, // NHS dark green
  { colour: '#ae2573', shape: 'triangle', dash: '2 3' }, // NHS pink
  { colour: '#330072', shape: 'diamond', dash: '12 4 2 4' }, // NHS purple
  { colour: '#d5281b', shape: 'triangle-down', dash: '4 4' }, // NHS red
  { colour: '#425563', shape: 'cross', dash: '16 4' }, // NHS dark grey
];

export function seriesStyle(index: number): SeriesStyle {
  return SERIES_STYLES[index % SERIES_STYLES.length]!;
}

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** WCAG contrast ratio between two #rrggbb colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const DAY_MS = 86_400_000;

/**
 * A point's time in ms since the epoch. A calendar date (YYYY-MM-DD) is midnight UTC, as
 * format-date.ts reads it; a date-time is as given. NaN when it is neither.
 */
export function parseTime(x: string): number {
  if (/^\d{4}-\d{2}-\d{2}$/.test(x)) return Date.parse(`${x}T00:00:00Z`);
  return Date.parse(x);
}

/** YYYY-MM-DD (UTC) of a time, for tick labels. */
export function isoDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** A linear map from [d0, d1] to [r0, r1]; a zero-width domain maps to the middle. */
export function linearScale(
  [d0, d1]: readonly [number, number],
  [r0, r1]: readonly [number, number],
): (value: number) => number {
  if (d1 === d0) return () => (r0 + r1) / 2;
  const k = (r1 - r0) / (d1 - d0);
  return (value) => r0 + (value - d0) * k;
}

/**
 * Round-numbered value ticks from min to max (steps of 1, 2 or 5 times a power of ten),
 * at most `maxCount` of them. 0–10 with room for 11 gives every whole number.
 */
export function valueTicks(min: number, max: number, maxCount: number): number[] {
  if (!(max > min) || maxCount < 2) return [min];
  const make = (step: number) => {
    const ticks: number[] = [];
    const first = Math.ceil(min / step - 1e-9);
    for (let k = first; k * step <= max + 1e-9; k++) ticks.push(Number((k * step).toFixed(10)));
    return ticks;
  };
  const power = 10 ** Math.floor(Math.log10((max - min) / maxCount));
  for (const m of [1, 2, 5, 10, 20, 50, 100]) {
    const ticks = make(m * power);
    if (ticks.length <= maxCount) return ticks;
  }
  return [min, max];
}

const DAY_STEPS = [1, 2, 7, 14];
const MONTH_STEPS = [1, 2, 3, 6, 12, 24, 60, 120];

/**
 * Date ticks (UTC midnights) within [t0, t1], at most `maxCount`: every 1, 2, 7 or 14
 * days, or the first of every 1, 2, 3, 6, 12… months, whichever is the finest that fits.
 * With no round date inside a short span, the span's own ends (as days).
 */
export function timeTicks(t0: number, t1: number, maxCount: number): number[] {
  const count = Math.max(1, maxCount);
  const spanDays = (t1 - t0) / DAY_MS;
  const startDay = Math.ceil(t0 / DAY_MS - 1e-9);
  for (const step of DAY_STEPS) {
    if (spanDays / step + 1 > count + 1e-9) continue;
    const ticks: number[] = [];
    // Weekly and fortnightly ticks fall on Mondays (1970-01-05 was a Monday).
    const offset = step >= 7 ? 4 : 0;
    let day = Math.ceil((startDay - offset) / step) * step + offset;
    for (; day * DAY_MS <= t1 + 1e-6; day += step) ticks.push(day * DAY_MS);
    if (ticks.length > 0) return ticks;
    break;
  }
  {
    const start = new Date(t0);
    const monthIndex0 = start.getUTCFullYear() * 12 + start.getUTCMonth();
    const end = new Date(t1);
    const monthSpan = end.getUTCFullYear() * 12 + end.getUTCMonth() - monthIndex0 + 1;
    const step = MONTH_STEPS.find((s) => monthSpan / s <= count) ?? Math.ceil(monthSpan / count);
    const ticks: number[] = [];
    let m = Math.ceil(monthIndex0 / step) * step;
    for (; ; m += step) {
      const time = Date.UTC(Math.floor(m / 12), m % 12, 1);
      if (time > t1) break;
      if (time >= t0) ticks.push(time);
    }
    if (ticks.length > 0) return ticks;
  }
  const a = Math.floor(t0 / DAY_MS) * DAY_MS;
  const b = Math.floor(t1 / DAY_MS) * DAY_MS;
  return a === b ? [a] : [a, b];
}

/** A rough width of a label: the chart cannot measure text before drawing it. */
export function estimateTextWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.6;
}

export interface PlacedLabel {
  /** Index into the ticks given. */
  index: number;
  /** Where the label's middle goes (text-anchor middle). */
  x: number;
}

/**
 * Which tick labels along a horizontal axis to show, and where, so that none overlaps
 * another or goes past [left, right]: each label is centred on its tick, nudged inwards at
 * the ends, and a label that would touch the one before is left out (its tick mark stays).
 * The last tick's label is preferred to the one before it, so the latest date shows.
 */
export function placeAxisLabels(
  xs: readonly number[],
  widths: readonly number[],
  left: number,
  right: number,
  gap = 8,
): PlacedLabel[] {
  const clamp = (i: number) => {
    const half = widths[i]! / 2;
    return Math.min(Math.max(xs[i]!, left + half), right - half);
  };
  const placed: PlacedLabel[] = [];
  const fits = (a: PlacedLabel, b: PlacedLabel) =>
    b.x - widths[b.index]! / 2 >= a.x + widths[a.index]! / 2 + gap;
  for (let i = 0; i < xs.length; i++) {
    const label = { index: i, x: clamp(i) };
    const previous = placed[placed.length - 1];
    if (!previous || fits(previous, label)) placed.push(label);
  }
  const lastIndex = xs.length - 1;
  if (xs.length > 1 && placed[placed.length - 1]?.index !== lastIndex) {
    const last = { index: lastIndex, x: clamp(lastIndex) };
    while (placed.length > 1 && !fits(placed[placed.length - 1]!, last)) placed.pop();
    if (placed.length === 1 && !fits(placed[0]!, last)) placed.pop();
    placed.push(last);
  }
  return placed;
}

/** The SVG path of a marker of `shape` centred on (x, y), about 2r across. */
export function markerPath(shape: MarkerShape, x: number, y: number, r: number): string {
  const f = (n: number) => Number(n.toFixed(1));
  switch (shape) {
    case 'circle':
      return `M${f(x - r)} ${f(y)}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0z`;
    case 'square': {
      const s = r * 0.9;
      return `M${f(x - s)} ${f(y - s)}h${f(2 * s)}v${f(2 * s)}h${f(-2 * s)}z`;
    }
    case 'triangle': {
      const s = r * 1.2;
      return `M${f(x)} ${f(y - s)}L${f(x + s)} ${f(y + s * 0.8)}L${f(x - s)} ${f(y + s * 0.8)}z`;
    }
    case 'triangle-down': {
      const s = r * 1.2;
      return `M${f(x)} ${f(y + s)}L${f(x + s)} ${f(y - s * 0.8)}L${f(x - s)} ${f(y - s * 0.8)}z`;
    }
    case 'diamond': {
      const s = r * 1.3;
      return `M${f(x)} ${f(y - s)}L${f(x + s)} ${f(y)}L${f(x)} ${f(y + s)}L${f(x - s)} ${f(y)}z`;
    }
    case 'cross': {
      const a = r * 1.1;
      const b = r * 0.4;
      return (
        `M${f(x - b)} ${f(y - a)}h${f(2 * b)}v${f(a - b)}h${f(a - b)}v${f(2 * b)}` +
        `h${f(b - a)}v${f(a - b)}h${f(-2 * b)}v${f(b - a)}h${f(b - a)}v${f(-2 * b)}h${f(a - b)}z`
      );
    }
  }
}

export interface GeometryPoint {
  /** Index into the series' points as given. */
  source: number;
  time: number;
  x: number;
  y: number;
}

export interface GeometrySeries {
  points: GeometryPoint[];
  /** One path through the points in time order; empty with no points. */
  line: string;
  baselineY: number | undefined;
}

export interface ChartGeometryInput {
  width: number;
  height: number;
  fontSize: number;
  min: number;
  max: number;
  series: readonly {
    points: readonly { x: string; y: number }[];
    baseline?: number | undefined;
  }[];
  /** Formats a value tick, to size the left margin. */
  formatValue: (value: number) => string;
  /** Formats a date tick (YYYY-MM-DD), to size and place the date labels. */
  formatDate: (isoDay: string) => string;
  /** The x axis's label for the start column (drawn when any series has a baseline). */
  startLabel?: string | undefined;
}

export interface ChartGeometry {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  yTicks: { value: number; y: number; label: string }[];
  xTicks: { time: number; x: number }[];
  xLabels: { x: number; label: string }[];
  series: GeometrySeries[];
  /**
   * Where the baselines are drawn, apart from and before the dated points (a baseline is
   * set with the goal, not rated on a date): undefined when no series has one.
   */
  startX: number | undefined;
  scaleY: (value: number) => number;
}

/** Space at the plot's ends so end markers are not cut in half. */
const INSET = 10;

/**
 * Everything ProgressChart draws, laid out for a `width` by `height` box: points spaced by
 * time (not by index), values clamped to [min, max], a y tick every whole step that fits
 * (every 1 on a 0–10 goal scale), and as many date labels as fit without overlapping.
 */
export function chartGeometry(input: ChartGeometryInput): ChartGeometry {
  const { height, fontSize, min, max } = input;
  // Narrower than a 320px phone's content box the chart would not be readable anyway.
  const width = Math.max(input.width, 240);
  const lineHeight = fontSize * 1.4;
  const top = Math.ceil(fontSize / 2) + 2;
  const bottom = height - Math.ceil(lineHeight) - 8;
  const yTickValues = valueTicks(min, max, Math.max(2, Math.floor((bottom - top) / 18) + 1));
  const yTickLabels = yTickValues.map((v) => input.formatValue(v));
  const labelWidth = Math.max(...yTickLabels.map((l) => estimateTextWidth(l, fontSize)), 0);
  const left = Math.ceil(labelWidth) + 12;
  const right = width - 8;
  const scaleY = linearScale([min, max], [bottom - INSET / 2, top + INSET / 2]);
  const clampY = (v: number) => scaleY(Math.min(max, Math.max(min, v)));

  const parsed = input.series.map((s) =>
    s.points
      .map((p, source) => ({ source, time: parseTime(p.x), value: p.y }))
      .filter((p) => Number.isFinite(p.time) && Number.isFinite(p.value))
      .sort((a, b) => a.time - b.time || a.source - b.source),
  );
  let t0 = Infinity;
  let t1 = -Infinity;
  for (const points of parsed) {
    if (points.length === 0) continue;
    t0 = Math.min(t0, points[0]!.time);
    t1 = Math.max(t1, points[points.length - 1]!.time);
  }
  if (!Number.isFinite(t0)) {
    const today = Math.floor(Date.now() / DAY_MS) * DAY_MS;
    t0 = today;
    t1 = today;
  }
  if (t1 - t0 < DAY_MS) {
    t0 -= DAY_MS / 2;
    t1 += DAY_MS / 2;
  }
  const hasStart = input.series.some((s) => s.baseline !== undefined);
  const startLabelWidth = hasStart ? estimateTextWidth(input.startLabel ?? '', fontSize) : 0;
  const startX = hasStart ? left + Math.max(INSET, startLabelWidth / 2) : undefined;
  const firstX =
    startX === undefined ? left + INSET : startX + Math.max(24, startLabelWidth / 2 + 16);
  const scaleX = linearScale([t0, t1], [firstX, right - INSET]);

  const series = parsed.map((points, i) => {
    const placed = points.map((p) => ({
      source: p.source,
      time: p.time,
      x: scaleX(p.time),
      y: clampY(p.value),
    }));
    const line = placed
      .map((p, k) => `${k === 0 ? 'M' : 'L'}${p.x.toFixed(1)} ${p.y.toFixed(1)}`)
      .join('');
    const baseline = input.series[i]!.baseline;
    return {
      points: placed,
      line,
      baselineY: baseline === undefined ? undefined : clampY(baseline),
    };
  });

  const sample = estimateTextWidth(input.formatDate(isoDay(t1)), fontSize);
  const maxTicks = Math.max(1, Math.floor((right - left) / (sample + 24)) + 1);
  const xTicks = timeTicks(t0, t1, maxTicks).map((time) => ({ time, x: scaleX(time) }));
  const dateLabels = xTicks.map((t) => input.formatDate(isoDay(t.time)));
  // The start column's label goes first, so it is always kept.
  const labelTexts = startX === undefined ? dateLabels : [input.startLabel ?? '', ...dateLabels];
  const labelXs = xTicks.map((t) => t.x);
  if (startX !== undefined) labelXs.unshift(startX);
  const xLabels = placeAxisLabels(
    labelXs,
    labelTexts.map((l) => estimateTextWidth(l, fontSize)),
    left - labelWidth / 2,
    width,
  ).map(({ index, x }) => ({ x, label: labelTexts[index]! }));

  return {
    width,
    height,
    plot: { left, right, top, bottom },
    yTicks: yTickValues.map((value, i) => ({ value, y: scaleY(value), label: yTickLabels[i]! })),
    xTicks,
    xLabels,
    series,
    startX,
    scaleY: clampY,
  };
}
