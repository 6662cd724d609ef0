/**
 * A CollaboRATE response: how much shared decision making the young person or parent
 * experienced in a session (domain/THRIVE.md §4), three questions each answered on the
 * 10-point scale 0 to 9.
 *
 * Design choices:
 * - CollaboRATE is licensed CC BY-NC-ND: the question wording is content, reproduced
 *   exactly; this record holds only the three answers, in question order.
 * - All three questions must be answered: the measure is scored on the complete set.
 * - Append-only: a response is never edited after it is given.
 */
import { z } from 'zod';
import { defineKind, type DataOf, type RecordOf } from '../kind';
import { dateTime, intBetween, oneOf, ref } from './fields';

export const COLLABORATE_RESPONDENTS = ['young-person', 'parent-carer'] as const;
export const COLLABORATE_QUESTIONS = 3;

export const collaborateResponseKind = defineKind({
  kind: 'collaborate-response',
  family: 'append-only',
  scope: 'case',
  description: 'Answers to the three CollaboRATE questions after a session.',
  data: z.strictObject({
    sessionId: ref,
    respondent: oneOf(COLLABORATE_RESPONDENTS),
    answers: z
      .array(intBetween(0, 9))
      .length(COLLABORATE_QUESTIONS, { message: 'answerEveryQuestion' }),
    completedOn: dateTime,
  }),
});

export type CollaborateResponseData = DataOf<typeof collaborateResponseKind>;
export type CollaborateResponseRecord = RecordOf<typeof collaborateResponseKind>;
