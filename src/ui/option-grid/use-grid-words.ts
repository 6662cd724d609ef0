/**
 * The words of an option grid in the person's language (issue #5 item 2).
 *
 * A bundled grid's words come from `locales/<language>/grid-<slug>.json`, like the rest
 * of the app, with the grid's own English as the fallback. A grid an organisation wrote
 * or edited is shown in the words its admin wrote (its `language` says which): those
 * versions are the service's own content, not ours to translate.
 */
import { useTranslation } from 'react-i18next';
import { gridNamespace } from '../../content/option-grids/bundled-grid';
import type { GridVersion } from '../../domain';

export interface GridWords {
  topic: string;
  option: (optionId: string) => string;
  question: (questionId: string) => string;
  /** The cell's answer, or undefined when the grid says it is not known. */
  answer: (questionId: string, optionId: string) => string | undefined;
}

export function useGridWords(grid: GridVersion): GridWords {
  const { data } = grid;
  const { t } = useTranslation(grid.bundled ? gridNamespace(data.slug) : 'common');
  const own = (key: string, fallback: string): string =>
    grid.bundled ? t(key, { defaultValue: fallback }) : fallback;
  return {
    topic: own('topic', data.topic),
    option: (id) => own(`options.${id}`, data.options.find((o) => o.id === id)?.title ?? id),
    question: (id) => own(`questions.${id}`, data.questions.find((q) => q.id === id)?.text ?? id),
    answer: (q, o) => {
      const cell = data.cells.find((c) => c.questionId === q && c.optionId === o);
      if (cell === undefined || cell.notKnown === true || cell.answer === undefined)
        return undefined;
      return own(`cells.${q}.${o}`, cell.answer);
    },
  };
}
