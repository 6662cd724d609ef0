import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { GridVersion } from '../../../domain';
import type { GridWords } from '../../../ui/option-grid/use-grid-words';
import type { DecisionFormValues } from './decision-form';

interface OptionNotesProps {
  idPrefix: string;
  grid: GridVersion;
  words: GridWords;
  form: UseFormReturn<DecisionFormValues>;
}

/**
 * The practitioner's note on each option still considered ("available locally: group
 * starts in May"): what the grid cannot know about this service or this young person.
 */
export function OptionNotes({ idPrefix, grid, words, form }: OptionNotesProps) {
  const { t } = useTranslation('options');
  const considered = form.watch('considered');
  return (
    <details
      className="nhsuk-details app-options-notes"
      open={form.getValues('notes').some((n) => n !== '')}
    >
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">{t('notes.heading')}</span>
      </summary>
      <div className="nhsuk-details__text">
        {grid.data.options.map((o, i) =>
          considered.includes(o.id) ? (
            <div key={o.id} className="nhsuk-form-group">
              <label className="nhsuk-label" htmlFor={`${idPrefix}-note-${i}`}>
                {t('notes.label', { option: words.option(o.id) })}
              </label>
              <textarea
                className="nhsuk-textarea"
                id={`${idPrefix}-note-${i}`}
                rows={2}
                {...form.register(`notes.${i}`)}
              />
            </div>
          ) : null,
        )}
      </div>
    </details>
  );
}
