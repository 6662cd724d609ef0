/** option-grid and option-grid-decision. */
import { describe, expect, it } from 'vitest';
import { validateRecord } from '../../../src/domain/registry';
import { VALID, invalid, problemsOf, recordOf } from './helpers';

type Cell = { questionId: string; optionId: string; answer: string; sourceIds?: string[] };
const cells = () => structuredClone(VALID['option-grid'].cells) as Cell[];

describe('option-grid', () => {
  it('refuses cells that name an option, question or source that does not exist', () => {
    const c = cells();
    c[0] = { ...c[0]!, sourceIds: ['nice-ng999'] };
    c.push({ questionId: 'side-effects', optionId: 'medication', answer: 'Some.' });
    expect(invalid('option-grid', { cells: c })).toEqual([
      'cells.0.sourceIds.0:unknownSource',
      'cells.4.questionId:unknownQuestion',
      'cells.4.optionId:unknownOption',
    ]);
  });

  it('needs exactly one cell for each option and question', () => {
    const c = cells();
    const missing = c.slice(0, 3);
    const problems = problemsOf(() => validateRecord(recordOf('option-grid', { cells: missing })));
    expect(problems).toEqual([
      {
        path: ['cells'],
        key: 'missingCell',
        params: { questionId: 'how-long', optionId: 'guided-self-help' },
      },
    ]);
    expect(invalid('option-grid', { cells: [...c, { ...c[1]!, answer: 'Again.' }] })).toEqual([
      'cells.4:duplicateCell',
    ]);
  });

  it('refuses repeated option, question and source ids', () => {
    const options = [
      { id: 'talking-therapy', title: 'A' },
      { id: 'talking-therapy', title: 'B' },
    ];
    expect(invalid('option-grid', { options })).toContain('options.1.id:duplicateId');
  });

  it('needs at least two options and an audience whose ages make sense', () => {
    const oneOption = cells().filter((c) => c.optionId === 'talking-therapy');
    expect(
      invalid('option-grid', {
        options: [{ id: 'talking-therapy', title: 'A' }],
        cells: oneOption,
      }),
    ).toEqual(['options:tooFew']);
    expect(
      invalid('option-grid', { audience: { minAge: 18, maxAge: 12, groupings: ['getting-help'] } }),
    ).toEqual(['audience.minAge:minAgeAboveMax']);
    expect(
      invalid('option-grid', { audience: { minAge: 12, maxAge: 30, groupings: ['getting-help'] } }),
    ).toEqual(['audience.maxAge:tooBig']);
    expect(invalid('option-grid', { audience: { minAge: 12, maxAge: 18, groupings: [] } })).toEqual(
      ['audience.groupings:required'],
    );
  });

  it('refuses a review date before publication, a bad version and a non-web source link', () => {
    expect(invalid('option-grid', { reviewBy: '2023-12-31' })).toEqual([
      'reviewBy:reviewDateBeforePublished',
    ]);
    expect(invalid('option-grid', { version: 0 })).toEqual(['version:tooSmall']);
    expect(invalid('option-grid', { version: 1.5 })).toEqual(['version:wrongType']);
    const sources = structuredClone(VALID['option-grid'].sources) as { url?: string }[];
    sources[0]!.url = 'javascript:alert(1)';
    expect(invalid('option-grid', { sources })).toEqual(['sources.0.url:invalidUrl']);
  });

  it('takes an explicit "not known" instead of an answer, but never a blank or both', () => {
    const c = cells() as Record<string, unknown>[];
    c[1] = { questionId: 'what-is-it', optionId: 'guided-self-help', notKnown: true };
    expect(() => validateRecord(recordOf('option-grid', { cells: c }))).not.toThrow();
    c[1] = { questionId: 'what-is-it', optionId: 'guided-self-help' };
    expect(invalid('option-grid', { cells: c })).toEqual(['cells.1.answer:answerOrNotKnown']);
    c[1] = { questionId: 'what-is-it', optionId: 'guided-self-help', answer: 'x', notKnown: true };
    expect(invalid('option-grid', { cells: c })).toEqual(['cells.1.answer:answerOrNotKnown']);
  });

  it('needs at least one source', () => {
    const c = cells().map(({ sourceIds: _unused, ...cell }) => cell);
    expect(invalid('option-grid', { sources: [], cells: c })).toEqual(['sources:needsSource']);
  });

  it('takes local notes only on options the grid has', () => {
    expect(() =>
      validateRecord(
        recordOf('option-grid', {
          localNotes: [{ optionId: 'talking-therapy', note: 'Group starts in May' }],
        }),
      ),
    ).not.toThrow();
    expect(
      invalid('option-grid', { localNotes: [{ optionId: 'medication', note: 'Ask your GP' }] }),
    ).toEqual(['localNotes.0.optionId:unknownOption']);
  });

  it('needs at least one author and the example flag', () => {
    expect(invalid('option-grid', { authors: [] })).toEqual(['authors:required']);
    expect(invalid('option-grid', { exampleContent: 'no' })).toEqual(['exampleContent:wrongType']);
  });
});

describe('option-grid-decision', () => {
  it('allows deciding not to decide yet, and choosing more than one option', () => {
    expect(() =>
      validateRecord(recordOf('option-grid-decision', { chosenOptionIds: [] })),
    ).not.toThrow();
    expect(() =>
      validateRecord(
        recordOf('option-grid-decision', {
          chosenOptionIds: ['guided-self-help', 'talking-therapy'],
        }),
      ),
    ).not.toThrow();
  });
  it('needs chosenOptionIds to be present, each one of the options considered', () => {
    expect(invalid('option-grid-decision', { chosenOptionIds: undefined })).toEqual([
      'chosenOptionIds:required',
    ]);
    expect(invalid('option-grid-decision', { chosenOptionIds: ['medication'] })).toEqual([
      'chosenOptionIds:chosenNotConsidered',
    ]);
  });
  it('keeps what happened while comparing: hidden options, starred and own questions, notes', () => {
    const record = validateRecord(
      recordOf('option-grid-decision', {
        hiddenOptionIds: ['talking-therapy'],
        starredQuestionIds: ['how-long', 'what-is-it'],
        ownQuestions: ['Can my mum come?'],
        optionNotes: [{ optionId: 'guided-self-help', note: 'Group starts in May' }],
        youngPersonWords: 'I want to try it at home first.',
        reviewOn: '2024-06-01',
      }),
    );
    expect(record['starredQuestionIds']).toEqual(['how-long', 'what-is-it']);
    expect(invalid('option-grid-decision', { starredQuestionIds: ['a', 'a'] })).toEqual([
      'starredQuestionIds:duplicateItem',
    ]);
    expect(invalid('option-grid-decision', { ownQuestions: [''] })).toEqual([
      'ownQuestions.0:required',
    ]);
  });
  it('refuses no considered options, repeated ones and a decision with nobody', () => {
    expect(
      invalid('option-grid-decision', { consideredOptionIds: [], chosenOptionIds: [] }),
    ).toEqual(['consideredOptionIds:required']);
    expect(
      invalid('option-grid-decision', {
        consideredOptionIds: ['guided-self-help', 'guided-self-help'],
      }),
    ).toEqual(['consideredOptionIds:duplicateItem']);
    expect(invalid('option-grid-decision', { decidedWith: [] })).toEqual(['decidedWith:required']);
  });
  it('refuses a grid version that is not a whole number and a decision in the future', () => {
    expect(invalid('option-grid-decision', { gridVersion: '1' })).toEqual([
      'gridVersion:wrongType',
    ]);
    expect(invalid('option-grid-decision', { decidedOn: '2999-12-31' })).toEqual([
      'decidedOn:dateInFuture',
    ]);
  });
});
