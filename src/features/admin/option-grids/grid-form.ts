/**
 * The option-grid editor's pure logic (issue #5 item 6): what the inputs hold, how it
 * becomes a grid version's data and back, and the form's own rules.
 *
 * Decisions:
 * - Every option and question has a form-only `key` (o0, q0, …) so a cell stays with its
 *   row and column while rows are added and removed. Content ids are kept when editing
 *   (decisions and cell sources refer to them) and made from the title for new rows.
 * - A cell is either answered or ticked "not known"; a blank cell is a problem, never
 *   saved as a gap.
 * - The review date must be after today: a grid saved already overdue would be flagged
 *   at once. This is the form's rule, not the schema's (an old version stays valid).
 * - After the form's own rules pass, the domain schema checks the data too; anything it
 *   still finds is mapped to the field it is about.
 */
import {
  GROUPINGS,
  NAME_MAX,
  SHORT_TEXT_MAX,
  calendarDate,
  optionGridKind,
  webAddress,
  type Grouping,
  type OptionGridData,
} from '../../../domain';

export const LANGUAGE_CODES = ['en-GB', 'cy', 'ur'] as const;
export type GridLanguage = (typeof LANGUAGE_CODES)[number];

export const MAX_OPTIONS = 8;
export const MAX_QUESTIONS = 20;
export const MAX_SOURCES = 50;
export const MIN_AGE = 0;
export const MAX_AGE = 25;

export interface OptionRow {
  key: string;
  /** The content id; '' for a new option (made from the title on save). */
  id: string;
  title: string;
  /** The organisation's note on local availability (optional). */
  localNote: string;
}

export interface QuestionRow {
  key: string;
  id: string;
  text: string;
}

export interface CellValue {
  answer: string;
  notKnown: boolean;
  /** Sources named for this answer, kept from the version being edited. */
  sourceIds: string[];
}

export interface SourceRow {
  id: string;
  title: string;
  publisher: string;
  url: string;
  section: string;
}

/** What the inputs hold. */
export interface GridFormValues {
  topic: string;
  slug: string;
  minAge: string;
  maxAge: string;
  groupings: Grouping[];
  /** One author per line. */
  authors: string;
  options: OptionRow[];
  questions: QuestionRow[];
  /** By `cellKey(question.key, option.key)`. */
  cells: Record<string, CellValue>;
  sources: SourceRow[];
  reviewBy: string;
  exampleContent: boolean;
  language: GridLanguage;
}

/** Where a problem is, for the words around its message. */
export type ProblemPlace =
  | { list: 'options' | 'questions' | 'sources' | 'notes'; number: number }
  | { list: 'cells'; question: number; option: number };

export interface GridProblem {
  /** The id of the input (without the form's prefix), e.g. `options-1-title`. */
  field: string;
  /** A translation key with its namespace: `validation:required`, `admin-grids:problems.…`. */
  key: string;
  params?: Record<string, string | number>;
  place?: ProblemPlace;
}

export const cellKey = (questionKey: string, optionKey: string): string =>
  `${questionKey}-${optionKey}`;

export const emptyCell = (): CellValue => ({ answer: '', notKnown: false, sourceIds: [] });

/** A lower-case kebab-case id from a title: "CBT (in a group)" → "cbt-in-a-group". */
export function slugFromTitle(title: string, fallback = 'item'): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || fallback;
}

/** `base`, or `base-2`, `base-3`… whichever is not taken yet. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** The next unused form key with this prefix (o3 after o0…o2). */
export function nextKey(prefix: 'o' | 'q', used: readonly { key: string }[]): string {
  const numbers = used.map((r) => Number(r.key.slice(1))).filter((n) => Number.isInteger(n));
  return `${prefix}${Math.max(-1, ...numbers) + 1}`;
}

export const emptySource = (): SourceRow => ({
  id: '',
  title: '',
  publisher: '',
  url: '',
  section: '',
});

export function emptyGridForm(): GridFormValues {
  const options: OptionRow[] = [
    { key: 'o0', id: '', title: '', localNote: '' },
    { key: 'o1', id: '', title: '', localNote: '' },
  ];
  const questions: QuestionRow[] = [{ key: 'q0', id: '', text: '' }];
  return {
    topic: '',
    slug: '',
    minAge: '',
    maxAge: '',
    groupings: [],
    authors: '',
    options,
    questions,
    cells: { [cellKey('q0', 'o0')]: emptyCell(), [cellKey('q0', 'o1')]: emptyCell() },
    sources: [emptySource()],
    reviewBy: '',
    exampleContent: false,
    language: 'en-GB',
  };
}

/** A stored version as the editor shows it, to make the next version from. */
export function gridFormFrom(data: OptionGridData): GridFormValues {
  const options = data.options.map((o, i) => ({
    key: `o${i}`,
    id: o.id,
    title: o.title,
    localNote: data.localNotes?.find((n) => n.optionId === o.id)?.note ?? '',
  }));
  const questions = data.questions.map((q, i) => ({ key: `q${i}`, id: q.id, text: q.text }));
  const cells: Record<string, CellValue> = {};
  for (const q of questions) {
    for (const o of options) {
      const cell = data.cells.find((c) => c.questionId === q.id && c.optionId === o.id);
      cells[cellKey(q.key, o.key)] = {
        answer: cell?.answer ?? '',
        notKnown: cell?.notKnown === true,
        sourceIds: [...(cell?.sourceIds ?? [])],
      };
    }
  }
  return {
    topic: data.topic,
    slug: data.slug,
    minAge: String(data.audience.minAge),
    maxAge: String(data.audience.maxAge),
    groupings: [...data.audience.groupings],
    authors: data.authors.join('\n'),
    options,
    questions,
    cells,
    sources: data.sources.map((s) => ({
      id: s.id,
      title: s.title,
      publisher: s.publisher,
      url: s.url ?? '',
      section: s.section ?? '',
    })),
    reviewBy: data.reviewBy,
    exampleContent: data.exampleContent,
    language: data.language,
  };
}

/** Content ids for rows: kept where they exist, made unique from the title where new. */
function withIds<T extends { id: string }>(
  rows: readonly T[],
  title: (row: T) => string,
): string[] {
  const taken = new Set(rows.map((r) => r.id.trim()).filter(Boolean));
  return rows.map((row) => {
    const kept = row.id.trim();
    if (kept) return kept;
    const made = uniqueId(slugFromTitle(title(row)), taken);
    taken.add(made);
    return made;
  });
}

const authorLines = (authors: string): string[] =>
  authors
    .split('\n')
    .map((a) => a.trim())
    .filter(Boolean);

/** Sources that are not wholly blank (an "add another" left empty is ignored). */
const sourcesTyped = (sources: readonly SourceRow[]) =>
  sources.filter((s) => [s.title, s.publisher, s.url, s.section].some((v) => v.trim() !== ''));

export interface VersionFacts {
  /** The version number this save makes (nextVersion over the catalogue). */
  version: number;
  /** Today on this device (YYYY-MM-DD): the new version's publishedOn. */
  today: string;
  /** The id of the version this one was edited from. */
  basedOn?: string | undefined;
}

/**
 * The data of the version a form makes. Text is trimmed; empty optional fields are left
 * out; a new version is always published (editing a retired grid brings it back).
 */
export function gridDataFrom(form: GridFormValues, facts: VersionFacts): OptionGridData {
  const optionIds = withIds(form.options, (o) => o.title);
  const questionIds = withIds(form.questions, (q) => q.text);
  const sources = sourcesTyped(form.sources);
  const sourceIds = withIds(sources, (s) => s.title);
  const known = new Set(sourceIds);
  const cells = form.questions.flatMap((q, qi) =>
    form.options.map((o, oi) => {
      const cell = form.cells[cellKey(q.key, o.key)] ?? emptyCell();
      const ids = cell.sourceIds.filter((id) => known.has(id));
      const base = { questionId: questionIds[qi]!, optionId: optionIds[oi]! };
      const withSources = ids.length > 0 ? { sourceIds: ids } : {};
      return cell.notKnown
        ? { ...base, notKnown: true as const, ...withSources }
        : { ...base, answer: cell.answer.trim(), ...withSources };
    }),
  );
  const localNotes = form.options.flatMap((o, i) =>
    o.localNote.trim() ? [{ optionId: optionIds[i]!, note: o.localNote.trim() }] : [],
  );
  return {
    topic: form.topic.trim(),
    slug: form.slug.trim() || slugFromTitle(form.topic, 'grid'),
    audience: {
      minAge: Number(form.minAge.trim()),
      maxAge: Number(form.maxAge.trim()),
      groupings: GROUPINGS.filter((g) => form.groupings.includes(g)),
    },
    options: form.options.map((o, i) => ({ id: optionIds[i]!, title: o.title.trim() })),
    questions: form.questions.map((q, i) => ({ id: questionIds[i]!, text: q.text.trim() })),
    cells,
    sources: sources.map((s, i) => {
      const url = s.url.trim();
      const section = s.section.trim();
      return {
        id: sourceIds[i]!,
        title: s.title.trim(),
        publisher: s.publisher.trim(),
        ...(url ? { url } : {}),
        ...(section ? { section } : {}),
      };
    }),
    ...(facts.basedOn ? { basedOn: facts.basedOn } : {}),
    status: 'published',
    ...(localNotes.length > 0 ? { localNotes } : {}),
    authors: authorLines(form.authors),
    publishedOn: facts.today,
    reviewBy: form.reviewBy.trim(),
    version: facts.version,
    exampleContent: form.exampleContent,
    language: form.language,
  };
}

/** The same grid, retired, as the next version. Versions are never rewritten. */
export function retiredVersion(
  from: { id: string; data: OptionGridData },
  version: number,
): OptionGridData {
  return { ...from.data, basedOn: from.id, version, status: 'retired' };
}

/** The same grid, reviewed today and due again on `reviewBy`, as the next version. */
export function reviewedVersion(
  from: { id: string; data: OptionGridData },
  facts: { version: number; today: string; reviewBy: string },
): OptionGridData {
  return {
    ...from.data,
    basedOn: from.id,
    version: facts.version,
    publishedOn: facts.today,
    reviewBy: facts.reviewBy,
    status: 'published',
  };
}

/** The form's rule for a review date: a real date after today. */
export function reviewDateProblem(reviewBy: string, today: string): string | undefined {
  const value = reviewBy.trim();
  if (value === '') return 'admin-grids:problems.reviewByRequired';
  if (!calendarDate.safeParse(value).success) return 'validation:invalidDate';
  if (value <= today) return 'admin-grids:problems.reviewByNotFuture';
  return undefined;
}

function textProblem(
  value: string,
  max: number,
  requiredKey: string,
): GridProblem['key'] | undefined {
  const v = value.trim();
  if (v === '') return requiredKey;
  if (v.length > max) return 'validation:tooLong';
  return undefined;
}

function ageProblem(value: string): string | undefined {
  const v = value.trim();
  if (v === '') return 'admin-grids:problems.ageRequired';
  const n = Number(v);
  if (!/^\d+$/.test(v) || n < MIN_AGE || n > MAX_AGE) return 'admin-grids:problems.age';
  return undefined;
}

export interface FormRulesContext {
  today: string;
  /** Slugs already used by other grids (a new grid must not take one). */
  takenSlugs?: ReadonlySet<string>;
  /** True when the slug is fixed (editing an existing grid). */
  editing?: boolean;
}

/**
 * Every problem with the form, in page order, so all are shown at once. Empty when the
 * form can be saved.
 */
export function gridFormProblems(form: GridFormValues, ctx: FormRulesContext): GridProblem[] {
  const problems: GridProblem[] = [];
  const add = (field: string, key: string | undefined, extra: Partial<GridProblem> = {}) => {
    if (key) problems.push({ field, key, ...extra });
  };
  const tooLong = (max: number) => ({ params: { maximum: max } });

  add(
    'topic',
    textProblem(form.topic, NAME_MAX, 'admin-grids:problems.topicRequired'),
    tooLong(NAME_MAX),
  );
  if (!ctx.editing) {
    const slug = form.slug.trim() || slugFromTitle(form.topic, '');
    if (form.slug.trim() !== '' && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug))
      add('slug', 'admin-grids:problems.slugFormat');
    else if (slug.length > 64) add('slug', 'validation:tooLong', { params: { maximum: 64 } });
    else if (slug && ctx.takenSlugs?.has(slug)) add('slug', 'admin-grids:problems.slugTaken');
  }
  const minAgeKey = ageProblem(form.minAge);
  const maxAgeKey = ageProblem(form.maxAge);
  add('minAge', minAgeKey);
  add('maxAge', maxAgeKey);
  if (!minAgeKey && !maxAgeKey && Number(form.minAge) > Number(form.maxAge))
    add('minAge', 'validation:minAgeAboveMax');
  if (form.groupings.length === 0) add('groupings', 'admin-grids:problems.groupingsRequired');

  const authors = authorLines(form.authors);
  if (authors.length === 0) add('authors', 'admin-grids:problems.authorsRequired');
  else if (authors.length > 20) add('authors', 'validation:tooMany', { params: { maximum: 20 } });
  else if (authors.some((a) => a.length > NAME_MAX))
    add('authors', 'validation:tooLong', tooLong(NAME_MAX));

  if (form.options.length < 2) add('options', 'validation:tooFew', { params: { minimum: 2 } });
  const optionTitles = new Set<string>();
  form.options.forEach((o, i) => {
    const place = { list: 'options' as const, number: i + 1 };
    const key = textProblem(o.title, NAME_MAX, 'admin-grids:problems.optionTitleRequired');
    const title = o.title.trim().toLowerCase();
    if (key) add(`options-${i}-title`, key, { ...tooLong(NAME_MAX), place });
    else if (optionTitles.has(title))
      add(`options-${i}-title`, 'admin-grids:problems.optionRepeated', { place });
    optionTitles.add(title);
  });
  if (form.questions.length < 1) add('questions', 'validation:tooFew', { params: { minimum: 1 } });
  form.questions.forEach((q, i) => {
    const place = { list: 'questions' as const, number: i + 1 };
    const key = textProblem(q.text, SHORT_TEXT_MAX, 'admin-grids:problems.questionRequired');
    add(`questions-${i}-text`, key, { ...tooLong(SHORT_TEXT_MAX), place });
  });
  form.questions.forEach((q, qi) =>
    form.options.forEach((o, oi) => {
      const cell = form.cells[cellKey(q.key, o.key)] ?? emptyCell();
      const place = { list: 'cells' as const, question: qi + 1, option: oi + 1 };
      const field = `cells-${q.key}-${o.key}-answer`;
      if (cell.notKnown && cell.answer.trim() !== '')
        add(field, 'admin-grids:problems.answerAndNotKnown', { place });
      else if (!cell.notKnown && cell.answer.trim() === '')
        add(field, 'validation:answerOrNotKnown', { place });
      else if (cell.answer.trim().length > SHORT_TEXT_MAX)
        add(field, 'validation:tooLong', { ...tooLong(SHORT_TEXT_MAX), place });
    }),
  );
  form.options.forEach((o, i) => {
    if (o.localNote.trim().length > SHORT_TEXT_MAX)
      add(`options-${i}-localNote`, 'validation:tooLong', {
        ...tooLong(SHORT_TEXT_MAX),
        place: { list: 'notes', number: i + 1 },
      });
  });

  const typed = form.sources
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => [s.title, s.publisher, s.url, s.section].some((v) => v.trim() !== ''));
  if (typed.length === 0) add('sources-0-title', 'validation:needsSource');
  typed.forEach(({ s, i }) => {
    const place = { list: 'sources' as const, number: i + 1 };
    add(
      `sources-${i}-title`,
      textProblem(s.title, SHORT_TEXT_MAX, 'admin-grids:problems.sourceTitleRequired'),
      { ...tooLong(SHORT_TEXT_MAX), place },
    );
    add(
      `sources-${i}-publisher`,
      textProblem(s.publisher, NAME_MAX, 'admin-grids:problems.publisherRequired'),
      { ...tooLong(NAME_MAX), place },
    );
    if (s.url.trim() && !webAddress.safeParse(s.url.trim()).success)
      add(`sources-${i}-url`, 'validation:invalidUrl', { place });
    if (s.section.trim().length > NAME_MAX)
      add(`sources-${i}-section`, 'validation:tooLong', { ...tooLong(NAME_MAX), place });
  });
  add('reviewBy', reviewDateProblem(form.reviewBy, ctx.today));
  return problems;
}

/** Where a schema problem's path points in the form, for the problems the rules above miss. */
function fieldForPath(path: readonly PropertyKey[], form: GridFormValues): GridProblem {
  const [head, index, part] = path;
  const i = typeof index === 'number' ? index : 0;
  switch (head) {
    case 'audience':
      return {
        field: index === 'maxAge' ? 'maxAge' : index === 'groupings' ? 'groupings' : 'minAge',
        key: '',
      };
    case 'options':
      return { field: `options-${i}-title`, key: '', place: { list: 'options', number: i + 1 } };
    case 'questions':
      return { field: `questions-${i}-text`, key: '', place: { list: 'questions', number: i + 1 } };
    case 'sources':
      return {
        field: `sources-${i}-${part === 'publisher' || part === 'url' || part === 'section' ? part : 'title'}`,
        key: '',
        place: { list: 'sources', number: i + 1 },
      };
    case 'cells': {
      const perRow = Math.max(1, form.options.length);
      const qi = Math.floor(i / perRow);
      const oi = i % perRow;
      const q = form.questions[qi];
      const o = form.options[oi];
      return q && o
        ? {
            field: `cells-${q.key}-${o.key}-answer`,
            key: '',
            place: { list: 'cells', question: qi + 1, option: oi + 1 },
          }
        : { field: 'topic', key: '' };
    }
    case 'localNotes':
      return { field: 'options-0-localNote', key: '' };
    case 'authors':
    case 'reviewBy':
    case 'topic':
    case 'slug':
      return { field: head, key: '' };
    default:
      return { field: 'topic', key: '' };
  }
}

export type GridFormResult =
  { ok: true; data: OptionGridData } | { ok: false; problems: GridProblem[] };

/** The form's rules, then the domain schema over the data it makes. */
export function checkGridForm(
  form: GridFormValues,
  ctx: FormRulesContext & VersionFacts,
): GridFormResult {
  const problems = gridFormProblems(form, ctx);
  if (problems.length > 0) return { ok: false, problems };
  const data = gridDataFrom(form, ctx);
  const parsed = optionGridKind.data.safeParse(data);
  if (parsed.success) return { ok: true, data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => {
      const at = fieldForPath(issue.path, form);
      const params: Record<string, string | number> = {};
      for (const [k, v] of Object.entries(issue as unknown as Record<string, unknown>)) {
        if (typeof v === 'number' && (k === 'minimum' || k === 'maximum')) params[k] = v;
      }
      return { ...at, key: `validation:${issue.message}`, params };
    }),
  };
}
