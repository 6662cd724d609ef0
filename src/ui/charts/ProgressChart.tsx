import { memo, useId, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import {
  chartGeometry,
  markerPath,
  parseTime,
  seriesStyle,
  type SeriesStyle,
} from './chart-geometry';
import './progress-chart.scss';

export interface ChartPoint {
  /** When: an ISO date (YYYY-MM-DD) or date-time. Points are spaced by time. */
  x: string;
  y: number;
  /** Shown beside the number in the table, e.g. the young person's comment. */
  note?: string | undefined;
}

export interface ChartSeries {
  /** Stable and unique within the chart (a goal or measure id). */
  id: string;
  /** The series' name in the legend, the table's column heading and the summary. */
  label: string;
  /** In any order; drawn in time order. */
  points: readonly ChartPoint[];
  /** The starting value (a goal's baseline rating): a dashed line marked "Start". */
  baseline?: number | undefined;
  /** One plain-words line for the legend, e.g. "Up 5 from the start: a reliable change". */
  summary?: string | undefined;
}

export interface ChartBand {
  from: number;
  to: number;
  /** What the band means, shown in the legend, e.g. "Change here could be chance". */
  label: string;
}

export interface ProgressChartProps {
  /** The figure's caption and the picture's name. */
  title: string;
  /** A plain-words summary shown above the chart (the change, whether it is reliable). */
  description?: string | undefined;
  /** Up to six look different (colour, marker shape, line pattern); more repeat styles. */
  series: readonly ChartSeries[];
  /** The scale's ends, e.g. 0 and 10 for a goal. Values outside are drawn at the ends. */
  min: number;
  max: number;
  /** Which way is better on this scale (said beside the axis and in the summary). */
  higherIsBetter?: boolean | undefined;
  /** A shaded range, e.g. baseline ± the reliable change index. */
  band?: ChartBand | undefined;
  /** Formats a point's `x` (or a YYYY-MM-DD tick) for people. */
  formatDate: (iso: string) => string;
  /** Formats a value; defaults to the page language's number format. */
  formatValue?: ((value: number) => string) | undefined;
  /** The value axis's name; defaults to "Score" (charts:axis.y). */
  yAxisLabel?: string | undefined;
  /** The drawing's height in CSS pixels (default 260). */
  height?: number | undefined;
  className?: string | undefined;
}

const FONT_SIZE = 14;
const DEFAULT_WIDTH = 640;
const DEFAULT_HEIGHT = 260;
const MARKER_RADIUS = 5;
const SECONDARY_TEXT = '#4c6272';
const GRID = '#d8dde0';
const BAND_FILL = '#e8edee';
const BAND_EDGE = '#768692';

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(language: string): Intl.NumberFormat {
  let made = numberFormats.get(language);
  if (!made) {
    made = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
    numberFormats.set(language, made);
  }
  return made;
}

/**
 * The width of `ref`'s element in CSS pixels, measured before paint and on resize;
 * undefined until then, so the drawing is laid out once, at its real width. Where nothing
 * has a width (jsdom), DEFAULT_WIDTH.
 */
function useWidth(ref: RefObject<HTMLElement | null>): number | undefined {
  const [width, setWidth] = useState<number>();
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const measured = Math.round(element.clientWidth) || DEFAULT_WIDTH;
      setWidth((current) => (current === measured ? current : measured));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

/** A series' look in the legend: a short piece of its line with its marker. */
function LegendKey({ style }: { style: SeriesStyle }) {
  return (
    <svg
      className="progress-chart__key"
      viewBox="0 0 36 16"
      width="36"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d="M2 8H34"
        stroke={style.colour}
        strokeWidth={2.5}
        strokeDasharray={style.dash}
        fill="none"
      />
      <path
        d={markerPath(style.shape, 18, 8, MARKER_RADIUS)}
        fill={style.colour}
        stroke="#fff"
        strokeWidth={1}
      />
    </svg>
  );
}

/**
 * A line chart of scores over time (issue #6 item 3): goal ratings, one goal or several,
 * or a standardised measure's scores. Inline SVG, no chart library.
 *
 * Accessibility:
 * - A `<figure>` captioned by `title`, with `description` (the plain-words summary) as
 *   text above the drawing.
 * - The drawing is `role="img"`, named by its `<title>` (aria-labelledby) and described
 *   by a `<desc>` (aria-describedby) that gives the scale and which way is better, and for
 *   each series its start, its first and its latest score (and the band, if any).
 * - Every number is also in a real table (caption, column and row headers) below the
 *   chart, always shown: a table inside a closed `<details>` is hidden from screen
 *   readers too, and the numbers help everyone (a 200-row table is long, but it is the
 *   chart's text equivalent and costs one scroll).
 * - Series differ by colour (NHS.UK palette, each at least 3:1 on white), marker shape
 *   and line pattern, and the legend shows all three. The starts (baselines, set with a
 *   goal rather than rated on a date) have a column of their own before the first date,
 *   labelled "Start" on the time axis: a hollow marker of each series' shape, and a
 *   dashed line across the chart (one or two series) or to the series' first point
 *   (more, where lines across would hide the data). In forced-colours mode everything is
 *   drawn in the system text colour, the shapes and patterns still telling series apart.
 *
 * Layout: the drawing measures its own width (before paint, and on resize) and lays out
 * one unit per pixel, so text stays 14px from a 320px phone to a 1024px tablet; the
 * height is fixed, so nothing shifts when it is measured. The time axis runs left to right
 * in every language (documented in chart-geometry.ts); the rest of the figure follows the
 * page's direction.
 *
 * CSP (`style-src 'self'`, no inline styles): only SVG presentation attributes (`stroke`,
 * `fill`, …) and the stylesheet's classes, never a `style` attribute.
 *
 * Performance: one `<path>` per line and one small `<path>` per marker (each with
 * `data-point`; no per-point components or titles), the geometry computed once per width
 * and data, the drawing laid out only once its width is known, and the table memoised
 * apart so a resize redraws only the drawing. tests/bench/goal-chart.ts times a goal page
 * with 200 ratings (target under 100 ms).
 */
export function ProgressChart({
  title,
  description,
  series,
  min,
  max,
  higherIsBetter = true,
  band,
  formatDate,
  formatValue,
  yAxisLabel,
  height = DEFAULT_HEIGHT,
  className,
}: ProgressChartProps) {
  const { t, i18n } = useTranslation('charts');
  const boxRef = useRef<HTMLDivElement>(null);
  const width = useWidth(boxRef);
  const id = useId();
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  const captionId = `${id}-caption`;
  const language = i18n.language;
  const format = useMemo(
    () => formatValue ?? ((v: number) => numberFormat(language).format(v)),
    [formatValue, language],
  );

  const geometry = useMemo(
    () =>
      chartGeometry({
        width: width ?? DEFAULT_WIDTH,
        height,
        fontSize: FONT_SIZE,
        min,
        max,
        series,
        formatValue: format,
        formatDate,
        startLabel: t('start'),
      }),
    [width, height, min, max, series, format, formatDate, t],
  );

  const summary = useMemo(() => {
    const sentences: string[] = [
      t(higherIsBetter ? 'summary.scaleHigher' : 'summary.scaleLower', {
        min: format(min),
        max: format(max),
      }),
    ];
    series.forEach((s, i) => {
      if (s.baseline !== undefined) {
        sentences.push(t('summary.baseline', { label: s.label, value: format(s.baseline) }));
      }
      const points = geometry.series[i]!.points;
      const first = points[0] && s.points[points[0].source];
      const latest = points.length > 1 ? s.points[points[points.length - 1]!.source] : undefined;
      if (!first) sentences.push(t('summary.none', { label: s.label }));
      else if (!latest) {
        sentences.push(
          t('summary.one', { label: s.label, value: format(first.y), date: formatDate(first.x) }),
        );
      } else {
        sentences.push(
          t('summary.many', {
            label: s.label,
            first: format(first.y),
            firstDate: formatDate(first.x),
            latest: format(latest.y),
            latestDate: formatDate(latest.x),
          }),
        );
      }
    });
    if (band) {
      sentences.push(
        t('summary.band', {
          label: band.label,
          from: format(Math.max(min, Math.min(band.from, band.to))),
          to: format(Math.min(max, Math.max(band.from, band.to))),
        }),
      );
    }
    return sentences.join(' ');
  }, [t, series, geometry, band, higherIsBetter, min, max, format, formatDate]);

  const rows = useMemo(() => {
    const byX = new Map<string, (ChartPoint | undefined)[]>();
    series.forEach((s, i) => {
      for (const p of s.points) {
        let row = byX.get(p.x);
        if (!row) {
          row = new Array<ChartPoint | undefined>(series.length);
          byX.set(p.x, row);
        }
        // Two scores of one series at the same moment: keep both, in a row each.
        if (row[i]) {
          const extra = new Array<ChartPoint | undefined>(series.length);
          extra[i] = p;
          byX.set(`${p.x}\u0000${byX.size}`, extra);
        } else row[i] = p;
      }
    });
    return [...byX.entries()]
      .map(([key, cells]) => {
        const x = key.split('\u0000')[0]!;
        return { key, x, time: parseTime(x), cells };
      })
      .sort((a, b) => a.time - b.time || a.key.localeCompare(b.key));
  }, [series]);

  const { plot, startX } = geometry;
  const baselines = series
    .map((s, i) => ({ i, y: geometry.series[i]!.baselineY }))
    .filter((b): b is { i: number; y: number } => b.y !== undefined);
  // With one or two baselines a dashed line across the chart shows the change from the
  // start at a glance; with more, the lines would hide the data, so each start marker is
  // joined to its series' first point instead.
  const fullBaselines = baselines.length <= 2;
  const bandFrom = band && Math.max(min, Math.min(band.from, band.to));
  const bandTo = band && Math.min(max, Math.max(band.from, band.to));

  return (
    <figure
      className={['progress-chart', className].filter(Boolean).join(' ')}
      data-testid="progress-chart"
      aria-labelledby={captionId}
    >
      <figcaption id={captionId} className="progress-chart__title">
        {title}
      </figcaption>
      {description && <p className="progress-chart__description">{description}</p>}
      <p className="progress-chart__axis-name" aria-hidden="true">
        {yAxisLabel ?? t('axis.y')} ({t(higherIsBetter ? 'higherIsBetter' : 'lowerIsBetter')})
      </p>
      <div className="progress-chart__box" ref={boxRef}>
        <svg
          className="progress-chart__svg"
          role="img"
          aria-labelledby={titleId}
          aria-describedby={descId}
          viewBox={`0 0 ${geometry.width} ${geometry.height}`}
          width="100%"
          height={geometry.height}
          direction="ltr"
          focusable="false"
        >
          <title id={titleId}>{title}</title>
          <desc id={descId}>{summary}</desc>
          {width !== undefined && (
            <g fontSize={FONT_SIZE}>
              {band && (
                <rect
                  className="progress-chart__band"
                  x={plot.left}
                  y={geometry.scaleY(bandTo!)}
                  width={Math.max(0, plot.right - plot.left)}
                  height={Math.max(0, geometry.scaleY(bandFrom!) - geometry.scaleY(bandTo!))}
                  fill={BAND_FILL}
                  stroke={BAND_EDGE}
                  strokeDasharray="3 3"
                />
              )}
              {geometry.yTicks.map((tick) => (
                <g key={tick.value}>
                  <path
                    className="progress-chart__grid"
                    d={`M${plot.left} ${tick.y.toFixed(1)}H${plot.right}`}
                    stroke={GRID}
                    strokeWidth={1}
                  />
                  <text
                    x={plot.left - 6}
                    y={tick.y}
                    dy="0.35em"
                    textAnchor="end"
                    fill={SECONDARY_TEXT}
                  >
                    {tick.label}
                  </text>
                </g>
              ))}
              <path
                className="progress-chart__axis"
                d={`M${plot.left} ${plot.top}V${plot.bottom}H${plot.right}`}
                stroke={SECONDARY_TEXT}
                strokeWidth={1}
                fill="none"
              />
              {geometry.xTicks.map((tick) => (
                <path
                  key={tick.time}
                  className="progress-chart__axis"
                  d={`M${tick.x.toFixed(1)} ${plot.bottom}v5`}
                  stroke={SECONDARY_TEXT}
                  strokeWidth={1}
                />
              ))}
              {geometry.xLabels.map((label) => (
                <text
                  key={`${label.x}-${label.label}`}
                  x={label.x}
                  y={plot.bottom + FONT_SIZE + 6}
                  textAnchor="middle"
                  fill={SECONDARY_TEXT}
                >
                  {label.label}
                </text>
              ))}
              {startX !== undefined &&
                baselines.map(({ i, y }) => {
                  const style = seriesStyle(i);
                  const first = geometry.series[i]!.points[0];
                  const d = fullBaselines
                    ? `M${startX} ${y.toFixed(1)}H${plot.right}`
                    : first
                      ? `M${startX} ${y.toFixed(1)}L${first.x.toFixed(1)} ${first.y.toFixed(1)}`
                      : undefined;
                  return (
                    d && (
                      <path
                        key={`baseline-${series[i]!.id}`}
                        className="progress-chart__baseline"
                        d={d}
                        stroke={style.colour}
                        strokeWidth={1.5}
                        strokeDasharray="6 3"
                        fill="none"
                      />
                    )
                  );
                })}
              {series.map((s, i) => {
                const style = seriesStyle(i);
                const drawn = geometry.series[i]!;
                return (
                  <g key={s.id} data-series={s.id}>
                    {drawn.line && (
                      <path
                        className="progress-chart__line"
                        d={drawn.line}
                        stroke={style.colour}
                        strokeWidth={2.5}
                        strokeDasharray={style.dash}
                        strokeLinejoin="round"
                        fill="none"
                      />
                    )}
                    {drawn.points.map((p) => {
                      return (
                        <path
                          key={p.source}
                          className="progress-chart__marker"
                          data-point={`${s.id}/${p.source}`}
                          d={markerPath(style.shape, p.x, p.y, MARKER_RADIUS)}
                          fill={style.colour}
                          stroke="#fff"
                          strokeWidth={1}
                        />
                      );
                    })}
                  </g>
                );
              })}
              {startX !== undefined &&
                baselines.map(({ i, y }) => {
                  const style = seriesStyle(i);
                  return (
                    <path
                      key={`start-${series[i]!.id}`}
                      className="progress-chart__marker progress-chart__marker--start"
                      d={markerPath(style.shape, startX, y, MARKER_RADIUS)}
                      fill="#fff"
                      stroke={style.colour}
                      strokeWidth={2}
                    />
                  );
                })}
            </g>
          )}
        </svg>
      </div>
      <p className="progress-chart__axis-name progress-chart__axis-name--x" aria-hidden="true">
        {t('axis.x')}
      </p>
      <ul className="progress-chart__legend" aria-label={t('legend')}>
        {series.map((s, i) => (
          <li key={s.id} className="progress-chart__legend-item">
            <LegendKey style={seriesStyle(i)} />
            <span className="progress-chart__legend-label">{s.label}</span>
            {s.summary && <span className="progress-chart__legend-summary">{s.summary}</span>}
          </li>
        ))}
        {band && (
          <li className="progress-chart__legend-item">
            <svg
              className="progress-chart__key"
              viewBox="0 0 36 16"
              width="36"
              height="16"
              aria-hidden="true"
              focusable="false"
            >
              <rect
                x="2"
                y="2"
                width="32"
                height="12"
                fill={BAND_FILL}
                stroke={BAND_EDGE}
                strokeDasharray="3 3"
              />
            </svg>
            <span className="progress-chart__legend-label">
              {t('bandRange', { label: band.label, from: format(bandFrom!), to: format(bandTo!) })}
            </span>
          </li>
        )}
      </ul>
      <NumbersTable
        title={title}
        series={series}
        rows={rows}
        format={format}
        formatDate={formatDate}
      />
    </figure>
  );
}

interface TableRow {
  key: string;
  x: string;
  cells: (ChartPoint | undefined)[];
}

interface NumbersTableProps {
  title: string;
  series: readonly ChartSeries[];
  rows: readonly TableRow[];
  format: (value: number) => string;
  formatDate: (iso: string) => string;
}

/**
 * Every number in the chart: a row per moment (the start first), a column per series.
 * Memoised apart from the drawing, so a change of width redraws only the drawing.
 */
const NumbersTable = memo(function NumbersTable({
  title,
  series,
  rows,
  format,
  formatDate,
}: NumbersTableProps) {
  const { t } = useTranslation('charts');
  return (
    <div className="progress-chart__table-wrap">
      <table className="nhsuk-table progress-chart__table">
        <caption className="nhsuk-table__caption progress-chart__caption">
          {t('table.caption', { title })}
        </caption>
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row">
            <th scope="col" className="nhsuk-table__header">
              {t('table.date')}
            </th>
            {series.map((s) => (
              <th key={s.id} scope="col" className="nhsuk-table__header">
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {series.some((s) => s.baseline !== undefined) && (
            <tr className="nhsuk-table__row">
              <th scope="row" className="nhsuk-table__header">
                {t('table.start')}
              </th>
              {series.map((s) => (
                <td key={s.id} className="nhsuk-table__cell">
                  {s.baseline === undefined ? t('table.empty') : format(s.baseline)}
                </td>
              ))}
            </tr>
          )}
          {rows.map((row) => (
            <tr key={row.key} className="nhsuk-table__row">
              <th scope="row" className="nhsuk-table__header">
                {formatDate(row.x)}
              </th>
              {series.map((s, i) => {
                const point = row.cells[i];
                return (
                  <td key={s.id} className="nhsuk-table__cell">
                    {point ? format(point.y) : t('table.empty')}
                    {point?.note && <span className="progress-chart__note">{point.note}</span>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});
