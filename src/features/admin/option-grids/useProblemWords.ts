import { useTranslation } from 'react-i18next';
import type { GridProblem } from './grid-form';

/**
 * A grid problem in words: the message beside the field, and in the error summary the
 * same message with the row it is about ("Option 2: Enter the option's name").
 */
export function useProblemWords() {
  const { t } = useTranslation(['admin-grids', 'validation']);
  const message = (problem: GridProblem): string => t(problem.key, problem.params ?? {});
  const summaryText = (problem: GridProblem): string => {
    const text = message(problem);
    const place = problem.place;
    if (!place) return text;
    switch (place.list) {
      case 'cells':
        return t('problems.inCell', {
          question: place.question,
          option: place.option,
          message: text,
        });
      case 'options':
        return t('problems.inOption', { number: place.number, message: text });
      case 'questions':
        return t('problems.inQuestion', { number: place.number, message: text });
      case 'sources':
        return t('problems.inSource', { number: place.number, message: text });
      case 'notes':
        return t('problems.inNote', { number: place.number, message: text });
    }
  };
  return { message, summaryText };
}
