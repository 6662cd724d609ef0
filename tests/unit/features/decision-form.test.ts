// The compare-and-decide form's rules (issue #5 items 3–4): a choice or "not decided
// yet", never both or neither; nothing chosen that was ruled out; the record's data.
import { describe, expect, it } from 'vitest';
import { LOW_MOOD_GRID } from '../../../src/content/option-grids/low-mood';
import { optionGridDecisionKind } from '../../../src/domain';
import {
  decisionDataFrom,
  decisionFormFrom,
  decisionFormSchema,
  emptyDecisionForm,
  type DecisionFormValues,
} from '../../../src/features/session/options/decision-form';

const grid = LOW_MOOD_GRID.data;
const [a, b, c] = grid.options.map((o) => o.id) as [string, string, string];
const TODAY = '2026-12-02';

const filled = (patch: Partial<DecisionFormValues> = {}): DecisionFormValues => ({
  ...emptyDecisionForm(grid),
  chosen: [b],
  reasons: 'Fits around school',
  decidedWith: ['young-person', 'practitioner'],
  ...patch,
});

const problems = (values: DecisionFormValues) => {
  const result = decisionFormSchema(grid, TODAY).safeParse(values);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
};

describe('the decision form', () => {
  it('starts with every option considered and nothing chosen', () => {
    const empty = emptyDecisionForm(grid);
    expect(empty.considered).toEqual(grid.options.map((o) => o.id));
    expect(empty.chosen).toEqual([]);
    expect(empty.notes).toHaveLength(grid.options.length);
  });

  it('asks for a choice or "not decided yet", and not both', () => {
    expect(problems(filled({ chosen: [] }))).toEqual(['chosen:chooseOrNotYet']);
    expect(problems(filled({ chosen: [], notDecided: true }))).toEqual([]);
    expect(problems(filled({ notDecided: true }))).toEqual(['chosen:chosenAndNotYet']);
  });

  it('refuses choosing an option that was ruled out, and ruling every option out', () => {
    expect(problems(filled({ considered: [a, c] }))).toEqual(['chosen:chosenRuledOut']);
    expect(problems(filled({ considered: [], chosen: [], notDecided: true }))).toEqual([
      'considered:keepOneOption',
    ]);
  });

  it('needs reasons and who took part, and a review date not before the decision', () => {
    expect(problems(filled({ reasons: '  ', decidedWith: [] }))).toEqual([
      'reasons:required',
      'decidedWith:required',
    ]);
    expect(problems(filled({ reviewOn: '2026-12-01' }))).toEqual(['reviewOn:reviewBeforeDecision']);
    expect(problems(filled({ reviewOn: '2027-01-10' }))).toEqual([]);
  });

  it('makes record data the schema accepts, in grid order, leaving out what is empty', () => {
    const values = filled({
      considered: [c, b],
      starred: [grid.questions[2]!.id, grid.questions[0]!.id],
      ownQuestions: ['  Can my mum come? ', ''],
      notes: grid.options.map((o) =>
        o.id === b ? ' Group starts in May ' : o.id === a ? 'x' : '',
      ),
      youngPersonWords: ' I can do it at home ',
    });
    const data = decisionDataFrom(values, {
      gridId: LOW_MOOD_GRID.id,
      grid,
      sessionId: '01a2340d-0000-7000-8000-0000000000aa',
      decidedOn: TODAY,
    });
    expect(data).toMatchObject({
      gridId: LOW_MOOD_GRID.id,
      gridVersion: grid.version,
      consideredOptionIds: [b, c],
      chosenOptionIds: [b],
      starredQuestionIds: [grid.questions[0]!.id, grid.questions[2]!.id],
      ownQuestions: ['Can my mum come?'],
      // The note on a ruled-out option is not kept.
      optionNotes: [{ optionId: b, note: 'Group starts in May' }],
      youngPersonWords: 'I can do it at home',
      decidedWith: [{ role: 'young-person' }, { role: 'practitioner' }],
    });
    expect(data.hiddenOptionIds).toEqual(
      grid.options.map((o) => o.id).filter((id) => id !== b && id !== c),
    );
    expect(data.reviewOn).toBeUndefined();
    expect(optionGridDecisionKind.data.safeParse(data).success).toBe(true);
  });

  it('keeps named people on an earlier save while their role stays ticked', () => {
    const data = decisionDataFrom(filled(), {
      gridId: LOW_MOOD_GRID.id,
      grid,
      sessionId: '01a2340d-0000-7000-8000-0000000000aa',
      decidedOn: TODAY,
      before: [
        { role: 'practitioner', name: 'Pat' },
        { role: 'carer', name: 'Morgan' },
      ],
    });
    expect(data.decidedWith).toEqual([
      { role: 'young-person' },
      { role: 'practitioner', name: 'Pat' },
    ]);
  });

  it('shows a saved decision as it was, "not decided yet" included', () => {
    const data = decisionDataFrom(filled({ chosen: [], notDecided: true }), {
      gridId: LOW_MOOD_GRID.id,
      grid,
      sessionId: '01a2340d-0000-7000-8000-0000000000aa',
      decidedOn: TODAY,
    });
    const back = decisionFormFrom(grid, data);
    expect(back.notDecided).toBe(true);
    expect(back.chosen).toEqual([]);
    expect(back.reasons).toBe('Fits around school');
    expect(back.decidedWith).toEqual(['young-person', 'practitioner']);
  });
});
