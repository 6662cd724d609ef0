// The option-grid editor's pure logic: form values ↔ grid data, ids from titles, the
// review-date rule, and problems mapped to the fields they are about.
import { describe, expect, it } from 'vitest';
import { optionGridKind, type OptionGridData } from '../../../src/domain';
import {
  cellKey,
  checkGridForm,
  emptyGridForm,
  gridDataFrom,
  gridFormFrom,
  gridFormProblems,
  nextKey,
  retiredVersion,
  reviewDateProblem,
  reviewedVersion,
  slugFromTitle,
  uniqueId,
  type GridFormValues,
} from '../../../src/features/admin/option-grids/grid-form';

const TODAY = '2026-12-02';
const V3 = '0194a7c0-0000-7000-8000-000000000003';

const grid: OptionGridData = {
  topic: 'Help with worry',
  slug: 'worry',
  audience: { minAge: 11, maxAge: 18, groupings: ['getting-advice', 'getting-help'] },
  options: [
    { id: 'cbt', title: 'CBT' },
    { id: 'self-help', title: 'Guided self-help' },
  ],
  questions: [
    { id: 'what', text: 'What is it?' },
    { id: 'how-long', text: 'How long does it take?' },
  ],
  cells: [
    { questionId: 'what', optionId: 'cbt', answer: 'Talking therapy', sourceIds: ['nice'] },
    { questionId: 'what', optionId: 'self-help', answer: 'A workbook with support' },
    { questionId: 'how-long', optionId: 'cbt', answer: 'About 12 weeks' },
    { questionId: 'how-long', optionId: 'self-help', notKnown: true },
  ],
  sources: [
    { id: 'nice', title: 'Anxiety guideline', publisher: 'NICE', url: 'https://www.nice.org.uk' },
  ],
  status: 'published',
  localNotes: [{ optionId: 'cbt', note: 'Groups start in May' }],
  authors: ['Service team', 'Dr A'],
  publishedOn: '2026-01-10',
  reviewBy: '2027-01-10',
  version: 3,
  exampleContent: false,
  language: 'en-GB',
};

/** A complete form for a new grid. */
function filledForm(): GridFormValues {
  const form = emptyGridForm();
  form.topic = 'Sleep problems';
  form.minAge = '12';
  form.maxAge = '17';
  form.groupings = ['getting-help'];
  form.authors = 'Team A\n\n  Team B  \n';
  form.options[0]!.title = 'Sleep diary';
  form.options[1]!.title = 'Sleep diary';
  form.options[1]!.title = 'Medicine (melatonin)';
  form.questions[0]!.text = 'What is it?';
  form.cells[cellKey('q0', 'o0')]!.answer = 'Writing down when you sleep';
  form.cells[cellKey('q0', 'o1')]!.notKnown = true;
  form.sources[0] = {
    id: '',
    title: 'Sleep guideline',
    publisher: 'NICE',
    url: '',
    section: '',
  };
  form.reviewBy = '2027-06-01';
  return form;
}

describe('ids from titles', () => {
  it('makes lower-case kebab-case ids, without accents or symbols', () => {
    expect(slugFromTitle('CBT (in a group)')).toBe('cbt-in-a-group');
    expect(slugFromTitle('  Café — Therapie!  ')).toBe('cafe-therapie');
    expect(slugFromTitle('???')).toBe('item');
    expect(slugFromTitle('', 'grid')).toBe('grid');
    expect(slugFromTitle('a'.repeat(80)).length).toBeLessThanOrEqual(64);
  });

  it('keeps ids unique', () => {
    expect(uniqueId('cbt', new Set())).toBe('cbt');
    expect(uniqueId('cbt', new Set(['cbt', 'cbt-2']))).toBe('cbt-3');
    expect(nextKey('o', [{ key: 'o0' }, { key: 'o4' }])).toBe('o5');
    expect(nextKey('q', [])).toBe('q0');
  });
});

describe('form values and grid data', () => {
  it('round-trips a stored version, not-known cells, sources and local notes included', () => {
    const form = gridFormFrom(grid);
    expect(form.cells[cellKey('q1', 'o1')]).toEqual({
      answer: '',
      notKnown: true,
      sourceIds: [],
    });
    expect(form.options[0]!.localNote).toBe('Groups start in May');
    expect(form.authors).toBe('Service team\nDr A');
    const data = gridDataFrom(form, { version: 3, today: '2026-01-10' });
    expect(data).toEqual(grid);
    expect(optionGridKind.data.safeParse(data).success).toBe(true);
  });

  it('makes the next version: same slug and ids, basedOn the edited one, published today', () => {
    const form = gridFormFrom({ ...grid, status: 'retired' });
    form.options.push({ key: 'o2', id: '', title: 'CBT', localNote: '' });
    form.cells[cellKey('q0', 'o2')] = { answer: 'Again', notKnown: false, sourceIds: [] };
    form.cells[cellKey('q1', 'o2')] = { answer: '', notKnown: true, sourceIds: [] };
    const data = gridDataFrom(form, { version: 4, today: TODAY, basedOn: V3 });
    expect(data.slug).toBe('worry');
    expect(data.version).toBe(4);
    expect(data.basedOn).toBe(V3);
    expect(data.publishedOn).toBe(TODAY);
    expect(data.status).toBe('published');
    // A new option's id is made from its title, unique among the kept ones.
    expect(data.options.map((o) => o.id)).toEqual(['cbt', 'self-help', 'cbt-2']);
    expect(data.cells.filter((c) => c.optionId === 'cbt-2')).toHaveLength(2);
  });

  it('turns a new form into valid data, trimming text and ignoring blank lines', () => {
    const result = checkGridForm(filledForm(), { today: TODAY, version: 1 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data).toMatchObject({
      topic: 'Sleep problems',
      slug: 'sleep-problems',
      authors: ['Team A', 'Team B'],
      audience: { minAge: 12, maxAge: 17, groupings: ['getting-help'] },
      sources: [{ id: 'sleep-guideline', title: 'Sleep guideline', publisher: 'NICE' }],
      publishedOn: TODAY,
      version: 1,
    });
    expect(result.data.options.map((o) => o.id)).toEqual(['sleep-diary', 'medicine-melatonin']);
    expect(result.data.cells).toContainEqual({
      questionId: 'what-is-it',
      optionId: 'medicine-melatonin',
      notKnown: true,
    });
    expect(result.data).not.toHaveProperty('localNotes');
    expect(result.data).not.toHaveProperty('basedOn');
  });

  it('drops cell sources that are no longer listed', () => {
    const form = gridFormFrom(grid);
    form.sources = [{ id: '', title: 'Other', publisher: 'Someone', url: '', section: '' }];
    const data = gridDataFrom(form, { version: 4, today: TODAY });
    expect(data.cells[0]).not.toHaveProperty('sourceIds');
    expect(optionGridKind.data.safeParse(data).success).toBe(true);
  });
});

describe('retiring and reviewing', () => {
  it('retires as a new version, changing nothing else', () => {
    const data = retiredVersion({ id: V3, data: grid }, 4);
    expect(data).toEqual({ ...grid, status: 'retired', version: 4, basedOn: V3 });
    expect(grid.status).toBe('published');
    expect(optionGridKind.data.safeParse(data).success).toBe(true);
  });

  it('marks as reviewed: published today, with the new review date', () => {
    const data = reviewedVersion(
      { id: V3, data: grid },
      { version: 4, today: TODAY, reviewBy: '2027-12-01' },
    );
    expect(data).toMatchObject({ publishedOn: TODAY, reviewBy: '2027-12-01', version: 4 });
    expect(optionGridKind.data.safeParse(data).success).toBe(true);
  });
});

describe('the form rules', () => {
  it('refuses a review date that is not after today', () => {
    expect(reviewDateProblem('', TODAY)).toBe('admin-grids:problems.reviewByRequired');
    expect(reviewDateProblem('2026-02-30', TODAY)).toBe('validation:invalidDate');
    expect(reviewDateProblem('2026-12-01', TODAY)).toBe('admin-grids:problems.reviewByNotFuture');
    expect(reviewDateProblem(TODAY, TODAY)).toBe('admin-grids:problems.reviewByNotFuture');
    expect(reviewDateProblem('2026-12-03', TODAY)).toBeUndefined();
    const form = filledForm();
    form.reviewBy = '2025-01-01';
    expect(checkGridForm(form, { today: TODAY, version: 1 })).toEqual({
      ok: false,
      problems: [{ field: 'reviewBy', key: 'admin-grids:problems.reviewByNotFuture' }],
    });
  });

  it('refuses a grid with no source, ignoring an empty source row', () => {
    const form = filledForm();
    form.sources = [{ id: '', title: ' ', publisher: '', url: '', section: '' }];
    expect(gridFormProblems(form, { today: TODAY })).toEqual([
      { field: 'sources-0-title', key: 'validation:needsSource' },
    ]);
  });

  it('names a blank cell, and a cell both answered and not known', () => {
    const form = filledForm();
    form.cells[cellKey('q0', 'o0')]!.answer = '   ';
    form.cells[cellKey('q0', 'o1')]!.answer = 'Something';
    expect(gridFormProblems(form, { today: TODAY })).toEqual([
      {
        field: 'cells-q0-o0-answer',
        key: 'validation:answerOrNotKnown',
        place: { list: 'cells', question: 1, option: 1 },
      },
      {
        field: 'cells-q0-o1-answer',
        key: 'admin-grids:problems.answerAndNotKnown',
        place: { list: 'cells', question: 1, option: 2 },
      },
    ]);
  });

  it('treats a cell the form never filled in as blank', () => {
    const form = filledForm();
    delete form.cells[cellKey('q0', 'o1')];
    expect(gridFormProblems(form, { today: TODAY }).map((p) => p.field)).toEqual([
      'cells-q0-o1-answer',
    ]);
  });

  it('shows every problem of an empty form at once, in page order', () => {
    const fields = gridFormProblems(emptyGridForm(), { today: TODAY }).map((p) => p.field);
    expect(fields).toEqual([
      'topic',
      'minAge',
      'maxAge',
      'groupings',
      'authors',
      'options-0-title',
      'options-1-title',
      'questions-0-text',
      'cells-q0-o0-answer',
      'cells-q0-o1-answer',
      'sources-0-title',
      'reviewBy',
    ]);
  });

  it('checks ages, the slug of a new grid, repeated options and source details', () => {
    const form = filledForm();
    form.minAge = '18';
    form.maxAge = '12';
    form.slug = 'Bad Slug';
    form.options[1]!.title = ' sleep DIARY ';
    form.sources[0]!.url = 'not a web address';
    form.sources[0]!.publisher = '';
    const problems = gridFormProblems(form, { today: TODAY });
    expect(problems.map((p) => [p.field, p.key])).toEqual([
      ['slug', 'admin-grids:problems.slugFormat'],
      ['minAge', 'validation:minAgeAboveMax'],
      ['options-1-title', 'admin-grids:problems.optionRepeated'],
      ['sources-0-publisher', 'admin-grids:problems.publisherRequired'],
      ['sources-0-url', 'validation:invalidUrl'],
    ]);
    form.slug = 'worry';
    form.minAge = '30';
    const again = gridFormProblems(form, { today: TODAY, takenSlugs: new Set(['worry']) });
    expect(again.slice(0, 2).map((p) => [p.field, p.key])).toEqual([
      ['slug', 'admin-grids:problems.slugTaken'],
      ['minAge', 'admin-grids:problems.age'],
    ]);
    // When editing, the slug is fixed and is not checked against the others.
    expect(
      gridFormProblems(form, { today: TODAY, takenSlugs: new Set(['worry']), editing: true }).map(
        (p) => p.field,
      ),
    ).not.toContain('slug');
  });
});
