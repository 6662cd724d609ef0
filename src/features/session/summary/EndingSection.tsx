/**
 * "Help is ending or moving": a tick that reveals the ending or transition plan (what
 * happens next, who to contact, how to come back; RESPECT "Transition support"). Each
 * is required once ticked (summary-form.ts); unticking clears the plan on save.
 */
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../ui/form/TextField';
import { TextAreaField } from '../../../ui/form/TextAreaField';
import type { SummaryFormValues } from './summary-form';
import { fieldId } from './summary-problems';

export interface EndingSectionProps {
  form: UseFormReturn<SummaryFormValues>;
  message: (field: 'whatNext' | 'whoToContact' | 'howToComeBack') => string | undefined;
  errorPrefix: string;
}

export function EndingSection({ form, message, errorPrefix }: EndingSectionProps) {
  const { t } = useTranslation('session-summary');
  const ending = useWatch({ control: form.control, name: 'helpEnding' });
  const revealId = fieldId('ending', 'reveal');
  return (
    <div className="nhsuk-form-group">
      <div className="nhsuk-checkboxes">
        <div className="nhsuk-checkboxes__item">
          <input
            className="nhsuk-checkboxes__input"
            id={fieldId('helpEnding')}
            type="checkbox"
            aria-controls={revealId}
            aria-expanded={ending}
            aria-describedby={fieldId('helpEnding', 'hint')}
            {...form.register('helpEnding')}
          />
          <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={fieldId('helpEnding')}>
            {t('ending.checkbox')}
          </label>
          <div className="nhsuk-hint nhsuk-checkboxes__hint" id={fieldId('helpEnding', 'hint')}>
            {t('ending.hint')}
          </div>
        </div>
        <div
          className={`nhsuk-checkboxes__conditional${ending ? '' : ' nhsuk-checkboxes__conditional--hidden'}`}
          id={revealId}
        >
          {ending && (
            <>
              <TextAreaField
                id={fieldId('whatNext')}
                label={t('ending.whatNext')}
                error={message('whatNext')}
                errorPrefix={errorPrefix}
                rows={3}
                {...form.register('whatNext')}
              />
              <TextField
                id={fieldId('whoToContact')}
                label={t('ending.whoToContact')}
                error={message('whoToContact')}
                errorPrefix={errorPrefix}
                autoComplete="off"
                {...form.register('whoToContact')}
              />
              <TextAreaField
                id={fieldId('howToComeBack')}
                label={t('ending.howToComeBack')}
                error={message('howToComeBack')}
                errorPrefix={errorPrefix}
                rows={3}
                {...form.register('howToComeBack')}
              />
            </>
          )}
        </div>
      </div>
    </div>
  );
}
