/**
 * How a bundled option grid is put together (issue #5 items 1–2).
 *
 * A grid's words live in `locales/<language>/grid-<slug>.json`, the same mechanism as the
 * rest of the app, so every grid can be read in every language the app ships. The English
 * file is the source: this builder takes its words and the grid's structure (ids, which
 * sources back which answer, who wrote it, when it must be reviewed) and makes one record
 * body that the domain schema checks. Nothing is typed twice.
 *
 * A cell listed in `notKnown` has no answer in any language: the evidence does not say,
 * and the grid says so rather than guess.
 */
import { optionGridKind, type OptionGridData } from '../../domain';

/** The words of one grid, as in `locales/<language>/grid-<slug>.json`. */
export interface GridText {
  topic: string;
  options: Record<string, string>;
  questions: Record<string, string>;
  /** questionId → optionId → the short plain answer. */
  cells: Record<string, Record<string, string>>;
}

/** Everything about a grid except its words. */
export interface GridStructure {
  /** A fixed UUIDv7: decisions refer to it, so it never changes. */
  id: string;
  slug: string;
  audience: OptionGridData['audience'];
  optionIds: string[];
  questionIds: string[];
  /** [questionId, optionId] pairs the evidence cannot answer. */
  notKnown?: [string, string][];
  /** questionId → optionId → source ids for that answer, where a cell has its own. */
  cellSources?: Record<string, Record<string, string[]>>;
  sources: OptionGridData['sources'];
  authors: string[];
  publishedOn: string;
  reviewBy: string;
  version: number;
}

/**
 * The questions young people ask about any kind of help (issue #5 item 2), the rows of
 * every bundled grid, in this order. Their words are in each grid's own locale file.
 */
export const YOUNG_PEOPLES_QUESTIONS = [
  'what-is-it',
  'how-long',
  'how-soon-better',
  'what-might-be-hard',
  'what-others-say',
  'if-it-does-not-work',
];

/** Who wrote the bundled grids and when: the first edition, reviewed yearly. */
export const FIRST_EDITION = {
  authors: ['OurPlan development team (example content, not clinically reviewed)'],
  publishedOn: '2026-12-02',
  reviewBy: '2027-12-02',
  version: 1,
} as const satisfies Pick<GridStructure, 'authors' | 'publishedOn' | 'reviewBy' | 'version'>;

/** A grid shipped with the app: its record body plus its fixed id. */
export interface BundledGrid {
  id: string;
  data: OptionGridData;
}

/** The i18next namespace holding a bundled grid's words. */
export const gridNamespace = (slug: string): string => `grid-${slug}`;

export function bundledGrid(text: GridText, s: GridStructure): BundledGrid {
  const notKnown = new Set((s.notKnown ?? []).map(([q, o]) => `${q}\u0000${o}`));
  const cells = s.questionIds.flatMap((questionId) =>
    s.optionIds.map((optionId) => {
      const sourceIds = s.cellSources?.[questionId]?.[optionId];
      const withSources = sourceIds === undefined ? {} : { sourceIds };
      if (notKnown.has(`${questionId}\u0000${optionId}`)) {
        return { questionId, optionId, notKnown: true as const, ...withSources };
      }
      return { questionId, optionId, answer: text.cells[questionId]?.[optionId], ...withSources };
    }),
  );
  const data = optionGridKind.data.parse({
    topic: text.topic,
    slug: s.slug,
    audience: s.audience,
    options: s.optionIds.map((id) => ({ id, title: text.options[id] })),
    questions: s.questionIds.map((id) => ({ id, text: text.questions[id] })),
    cells,
    sources: s.sources,
    authors: s.authors,
    publishedOn: s.publishedOn,
    reviewBy: s.reviewBy,
    version: s.version,
    exampleContent: true,
    language: 'en-GB',
  });
  return { id: s.id, data };
}
