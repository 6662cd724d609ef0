// The result of a screen-opening benchmark, as the caseload and case-overview benches
// report it: each run timed twice, the first time with its code loading ("cold") and again
// with the app open ("warm"); the warm median is what the target is about.
import { median, ms, table, type BenchResult } from './report.ts';

export interface ScreenTimings {
  /** What is measured, e.g. "caseload render, 1000 cases". */
  check: string;
  /** How each figure's name starts, e.g. "caseload". */
  figure: string;
  coldLabel: string;
  warmLabel: string;
  cold: number[];
  warm: number[];
  targetMs: number;
}

export function screenTimingsResult(t: ScreenTimings): BenchResult {
  console.log(
    table(
      ['run', ` ${t.coldLabel}`, ` ${t.warmLabel}`],
      t.cold.map((c, i) => [String(i + 1), ms(c), ms(t.warm[i] ?? Number.NaN)]),
    ),
  );
  const middle = median(t.warm);
  return {
    checks: [
      {
        name: `${t.check} (median of ${t.warm.length})`,
        actual: ms(middle),
        target: `< ${t.targetMs} ms`,
        ok: middle < t.targetMs,
      },
    ],
    figures: [
      { name: `${t.figure}, ${t.warmLabel}, median`, value: ms(middle) },
      { name: `${t.figure}, ${t.warmLabel}, slowest`, value: ms(Math.max(...t.warm)) },
      { name: `${t.figure}, ${t.coldLabel}, median`, value: ms(median(t.cold)) },
    ],
  };
}
