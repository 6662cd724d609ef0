/**
 * The option grid as a table to compare side by side: options as columns, questions as
 * rows (issue #5 item 3).
 *
 * Design choices (phone and tablet):
 * - One real table on every screen size, scrolling sideways inside its own box with the
 *   question column and the option headings kept in view (sticky). Swipeable cards were
 *   the alternative: they hide the side-by-side comparison that is the point of a grid,
 *   and a table keeps the row and column headers a screen reader announces.
 * - Ruling an option out takes its column away (it can be ticked back); the young person
 *   stars the questions that matter most to them, and the starred rows stand out by a
 *   star and a border, not by colour alone.
 * - Each answer names its sources by number, matching the numbered list of sources.
 */
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { GridVersion } from '../../../domain';
import { CheckboxGroup } from '../../../ui/form/CheckboxGroup';
import type { GridWords } from '../../../ui/option-grid/use-grid-words';
import type { DecisionFormValues } from './decision-form';

interface CompareTableProps {
  idPrefix: string;
  grid: GridVersion;
  words: GridWords;
  form: UseFormReturn<DecisionFormValues>;
  error?: string | undefined;
  errorPrefix: string;
}

export function CompareTable({
  idPrefix,
  grid,
  words,
  form,
  error,
  errorPrefix,
}: CompareTableProps) {
  const { t } = useTranslation('options');
  const { data } = grid;
  const considered = form.watch('considered');
  const starred = form.watch('starred');
  const shown = data.options.filter((o) => considered.includes(o.id));
  const sourceNumber = new Map(data.sources.map((s, i) => [s.id, i + 1]));
  return (
    <>
      <CheckboxGroup
        id={`${idPrefix}-considered`}
        legend={t('compare.considered')}
        hint={t('compare.consideredHint')}
        error={error}
        errorPrefix={errorPrefix}
        registration={form.register('considered')}
        options={data.options.map((o) => ({ value: o.id, label: words.option(o.id) }))}
      />
      <p className="nhsuk-body-s app-options-table__hint" aria-hidden="true">
        {t('compare.scrollHint')}
      </p>
      {/* Focusable so the table can be scrolled sideways with the keyboard. */}
      <div
        className="app-options-table"
        role="region"
        aria-labelledby={`${idPrefix}-table-caption`}
        tabIndex={0}
      >
        <table className="app-options-table__table" data-testid="option-grid">
          <caption id={`${idPrefix}-table-caption`} className="nhsuk-u-visually-hidden">
            {t('compare.caption', { topic: words.topic })}
          </caption>
          <thead>
            <tr>
              <th scope="col" className="app-options-table__corner">
                {t('compare.questions')}
              </th>
              {shown.map((o) => {
                const local = data.localNotes?.find((n) => n.optionId === o.id);
                return (
                  <th key={o.id} scope="col">
                    {words.option(o.id)}
                    {local && (
                      <span className="app-options-table__local">
                        {t('compare.localNote', { note: local.note })}
                      </span>
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {data.questions.map((q) => {
              const isStarred = starred.includes(q.id);
              const starId = `${idPrefix}-star-${q.id}`;
              return (
                <tr key={q.id} className={isStarred ? 'app-options-table__starred' : undefined}>
                  <th scope="row">
                    {isStarred && (
                      <span className="app-options-table__star" aria-hidden="true">
                        ★{' '}
                      </span>
                    )}
                    {words.question(q.id)}
                    <span className="app-options-table__star-choice">
                      <input
                        id={starId}
                        type="checkbox"
                        value={q.id}
                        className="app-options-table__star-input"
                        {...form.register('starred')}
                      />
                      <label htmlFor={starId}>
                        {t('compare.star')}
                        <span className="nhsuk-u-visually-hidden">
                          {t('compare.starFor', { question: words.question(q.id) })}
                        </span>
                      </label>
                    </span>
                  </th>
                  {shown.map((o) => {
                    const answer = words.answer(q.id, o.id);
                    const cell = data.cells.find(
                      (c) => c.questionId === q.id && c.optionId === o.id,
                    );
                    const sources = (cell?.sourceIds ?? []).map((s) => sourceNumber.get(s));
                    return (
                      <td key={o.id}>
                        {answer ?? <em>{t('compare.notKnown')}</em>}
                        {sources.length > 0 && (
                          <span className="app-options-table__sources">
                            {t('compare.sourceNumbers', { numbers: sources.join(', ') })}
                          </span>
                        )}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
