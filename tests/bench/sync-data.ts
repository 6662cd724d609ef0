/**
 * Realistic record data for the sync benchmark: what one case of a caseload holds (a
 * safety plan with items, goals with their ratings, notes, sessions), valid by the domain
 * schema. RECORDS_PER_CASE counts the server's lead membership too.
 */
import { SAFETY_PLAN_SECTIONS } from '../../src/domain/kinds/safety-plan.ts';

export const caseData = (n: number) => ({
  preferredName: `Young person ${n}`,
  ageBand: '14-15',
  involved: [{ name: 'Alex', relationship: 'Mum' }],
  consentToRecord: true,
  status: 'open',
});

export const goalData = (n: number) => ({
  text: `Goal ${n}: go back to school two days a week`,
  theme: 'impact-on-life',
  setBy: 'young-person',
  baselineRating: 2,
  status: 'active',
  order: n,
});

export const ratingData = (goalId: string, n: number) => ({
  goalId,
  rating: n % 11,
  ratedOn: new Date(Date.UTC(2026, 0, 1 + n)).toISOString(),
  ratedBy: 'practitioner',
  comment: `Rating ${n}: a little better this week`,
});

export const noteData = (n: number) => ({
  body: `Note ${n}. We talked about what helps at school and what makes mornings hard.`,
  audience: n % 3 === 0 ? 'practitioner-only' : 'care-team',
  purpose: 'session-note',
});

export const sessionData = (n: number) => ({
  date: `2026-01-${String(1 + (n % 28)).padStart(2, '0')}`,
  attendees: [],
  summary: `Session ${n}: reviewed goals and the safety plan`,
  plainWordsSummary: 'We talked about school and sleep',
  nextSteps: 'Meet again in two weeks',
  status: 'completed',
});

export const planData = () => ({ status: 'draft', writtenByYoungPerson: [] });

export const planItemData = (planId: string, n: number) => ({
  planId,
  section: SAFETY_PLAN_SECTIONS[n % SAFETY_PLAN_SECTIONS.length],
  text: `Item ${n}: call my aunt, or go for a walk with the dog`,
  order: n,
  addedByRole: 'practitioner',
});

/** One case's records, in the order they must be created: [kind, data(ids so far)]. */
export interface CaseShape {
  goals: number;
  ratingsPerGoal: number;
  planItems: number;
  notes: number;
  sessions: number;
}

/** About 100 records: 1 case + 1 lead membership + 1 plan + 14 items + 10 goals + 50 ratings + 20 notes + 3 sessions. */
export const CASELOAD_CASE: CaseShape = {
  goals: 10,
  ratingsPerGoal: 5,
  planItems: 14,
  notes: 20,
  sessions: 3,
};

export function recordsPerCase(shape: CaseShape): number {
  return (
    3 + shape.planItems + shape.goals * (1 + shape.ratingsPerGoal) + shape.notes + shape.sessions
  );
}
