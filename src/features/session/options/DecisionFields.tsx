import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PARTICIPANT_ROLES, type AnyRecord, type GridVersion } from '../../../domain';
import { CheckboxGroup } from '../../../ui/form/CheckboxGroup';
import { TextAreaField } from '../../../ui/form/TextAreaField';
import { TextField } from '../../../ui/form/TextField';
import type { GridWords } from '../../../ui/option-grid/use-grid-words';
import type { DecisionFormValues } from './decision-form';
import type { DecisionField } from './use-decision-problems';

interface DecisionFieldsProps {
  idPrefix: string;
  grid: GridVersion;
  words: GridWords;
  form: UseFormReturn<DecisionFormValues>;
  goals: readonly AnyRecord[];
  fieldMessage: (field: DecisionField) => string | undefined;
  errorPrefix: string;
}

/** What was decided, in whose words, by whom, and when to look at it again. */
export function DecisionFields({
  idPrefix,
  grid,
  words,
  form,
  goals,
  fieldMessage,
  errorPrefix,
}: DecisionFieldsProps) {
  const { t } = useTranslation(['options', 'grouping']);
  const considered = form.watch('considered');
  const chosenId = `${idPrefix}-chosen`;
  const live = goals.filter((g) => g['status'] !== 'ended');
  return (
    <section aria-labelledby={`${idPrefix}-decision-heading`}>
      <h2 className="nhsuk-heading-m" id={`${idPrefix}-decision-heading`}>
        {t('decision.heading')}
      </h2>
      <CheckboxGroup
        id={chosenId}
        legend={t('decision.chosen')}
        hint={t('decision.chosenHint')}
        error={fieldMessage('chosen')}
        errorPrefix={errorPrefix}
        registration={form.register('chosen')}
        options={grid.data.options
          .filter((o) => considered.includes(o.id))
          .map((o) => ({ value: o.id, label: words.option(o.id) }))}
      >
        <div className="nhsuk-checkboxes__divider">{t('decision.or')}</div>
        <div className="nhsuk-checkboxes__item">
          <input
            className="nhsuk-checkboxes__input"
            id={`${chosenId}-not-decided`}
            type="checkbox"
            {...form.register('notDecided')}
          />
          <label
            className="nhsuk-label nhsuk-checkboxes__label"
            htmlFor={`${chosenId}-not-decided`}
          >
            {t('decision.notDecided')}
          </label>
        </div>
      </CheckboxGroup>
      <TextAreaField
        id={`${idPrefix}-whatMattersMost`}
        label={t('decision.whatMattersMost')}
        hint={t('decision.whatMattersMostHint')}
        labelSize="s"
        error={fieldMessage('whatMattersMost')}
        errorPrefix={errorPrefix}
        rows={3}
        {...form.register('whatMattersMost')}
      />
      <TextAreaField
        id={`${idPrefix}-youngPersonWords`}
        label={t('decision.youngPersonWords')}
        hint={t('decision.youngPersonWordsHint')}
        labelSize="s"
        error={fieldMessage('youngPersonWords')}
        errorPrefix={errorPrefix}
        rows={3}
        {...form.register('youngPersonWords')}
      />
      <TextAreaField
        id={`${idPrefix}-reasons`}
        label={t('decision.reasons')}
        hint={t('decision.reasonsHint')}
        labelSize="s"
        error={fieldMessage('reasons')}
        errorPrefix={errorPrefix}
        rows={4}
        {...form.register('reasons')}
      />
      <CheckboxGroup
        id={`${idPrefix}-decidedWith`}
        legend={t('decision.decidedWith')}
        error={fieldMessage('decidedWith')}
        errorPrefix={errorPrefix}
        registration={form.register('decidedWith')}
        options={PARTICIPANT_ROLES.map((role) => ({
          value: role,
          label: t(`grouping:participants.${role}`),
        }))}
      />
      {live.length > 0 && (
        <CheckboxGroup
          id={`${idPrefix}-goalIds`}
          legend={t('decision.goals')}
          errorPrefix={errorPrefix}
          registration={form.register('goalIds')}
          options={live.map((g) => ({ value: g.id, label: String(g['text']) }))}
        />
      )}
      <TextField
        id={`${idPrefix}-reviewOn`}
        label={t('decision.reviewOn')}
        hint={t('decision.reviewOnHint')}
        type="date"
        className="nhsuk-input--width-10"
        error={fieldMessage('reviewOn')}
        errorPrefix={errorPrefix}
        {...form.register('reviewOn')}
      />
    </section>
  );
}
