/**
 * Recording a questionnaire's total score beside a goal (issue #6 item 4): which measure,
 * the score, the day, and the scale (from the catalogue where it is known for certain;
 * entered from the questionnaire's own manual where it is not). No questionnaire items are
 * reproduced: only the name, score, range and which way is better are stored.
 */
import { z } from 'zod';
import type { Measure } from '../../domain';

export interface MeasureFormValues {
  measureId: string;
  score: string;
  recordedOn: string;
  min: string;
  max: string;
  higherIsBetter: string;
}

export const MEASURE_FIELDS = [
  'measureId',
  'score',
  'recordedOn',
  'min',
  'max',
  'higherIsBetter',
] as const satisfies readonly (keyof MeasureFormValues)[];

const number = z
  .string()
  .trim()
  .min(1, { message: 'required' })
  .refine((v) => Number.isFinite(Number(v)), { message: 'wrongType' });

/** The form's schema; `measures` is the catalogue, `today` the latest allowed date. */
export function measureFormSchema(measures: readonly Measure[], today: string) {
  return z
    .strictObject({
      measureId: z.string().min(1, { message: 'chooseMeasure' }),
      score: number,
      recordedOn: z.iso.date({ message: 'invalidDate' }),
      min: z.string(),
      max: z.string(),
      higherIsBetter: z.string(),
    })
    .superRefine((v, ctx) => {
      if (v.recordedOn > today) {
        ctx.addIssue({ code: 'custom', message: 'dateInFuture', path: ['recordedOn'] });
      }
      const scale = scaleOf(v, measures);
      if (scale === 'needed') {
        for (const field of ['min', 'max'] as const) {
          if (!Number.isFinite(Number(v[field])) || v[field].trim() === '') {
            ctx.addIssue({ code: 'custom', message: 'required', path: [field] });
          }
        }
        if (v.higherIsBetter === '') {
          ctx.addIssue({ code: 'custom', message: 'chooseDirection', path: ['higherIsBetter'] });
        }
        return;
      }
      if (scale === undefined) return;
      if (scale.min >= scale.max) {
        ctx.addIssue({ code: 'custom', message: 'minNotBelowMax', path: ['min'] });
        return;
      }
      const score = Number(v.score);
      if (Number.isFinite(score) && (score < scale.min || score > scale.max)) {
        ctx.addIssue({
          code: 'custom',
          message: 'scoreOutOfRange',
          path: ['score'],
          params: { minimum: scale.min, maximum: scale.max },
        });
      }
    });
}

/** The scale a score is on: the catalogue's, or 'needed' when the person must enter it. */
export function scaleOf(
  v: Pick<MeasureFormValues, 'measureId' | 'min' | 'max' | 'higherIsBetter'>,
  measures: readonly Measure[],
): { min: number; max: number; higherIsBetter: boolean } | 'needed' | undefined {
  const measure = measures.find((m) => m.id === v.measureId);
  if (measure === undefined) return undefined;
  if (measure.range) return measure.range;
  const min = Number(v.min);
  const max = Number(v.max);
  if (v.min.trim() === '' || v.max.trim() === '' || v.higherIsBetter === '') return 'needed';
  if (!Number.isFinite(min) || !Number.isFinite(max)) return 'needed';
  return { min, max, higherIsBetter: v.higherIsBetter === 'yes' };
}

export function emptyMeasureForm(today: string): MeasureFormValues {
  return { measureId: '', score: '', recordedOn: today, min: '', max: '', higherIsBetter: '' };
}
