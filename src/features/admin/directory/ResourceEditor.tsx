/**
 * The form for one of the organisation's own resources: what it is, who it is for, how
 * to reach it, and when it must be checked again.
 *
 * Design choices:
 * - One page of fieldsets, in the order school staff read a suggestion (what, for whom,
 *   how to reach it), so the admin fills in what people will see.
 * - Problems are shown as NHS.UK asks: a summary at the top linking to each field, and a
 *   message on the field; nothing typed is ever cleared (react-hook-form keeps it).
 * - Topic and help names come from CORE's `signposting-topics` words, and groupings from
 *   `grouping`, so the editor and /support always use the same names.
 * - Saving writes on this device first (works offline); the sync takes it further.
 */
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { GROUPINGS, SIGNPOSTING_TOPICS, SUPPORT_WISHES } from '../../../domain';
import { CheckboxGroup } from '../../../ui/form/CheckboxGroup';
import { ErrorSummary } from '../../../ui/form/ErrorSummary';
import { TextAreaField } from '../../../ui/form/TextAreaField';
import { TextField } from '../../../ui/form/TextField';
import { saveFailureMessage } from '../../../ui/form/save-failure';
import { useWordedProblems } from '../../../ui/form/useWordedProblems';
import { todayOnDevice } from '../../../ui/format-date';
import { RadioGroup } from '../../../ui/form/RadioGroup';
import { saveResource } from './directory-store';
import {
  RESOURCE_COSTS,
  RESOURCE_FIELDS,
  RESOURCE_ID_PREFIX,
  resourceChanges,
  resourceFieldId,
  resourceResolver,
  type ResourceField,
  type ResourceFormValues,
} from './resource-form';

/** Every namespace the editor reads: its page loads them all at once. */
export const EDITOR_NAMESPACES = [
  'admin-directory',
  'signposting-topics',
  'grouping',
  'validation',
  'account',
  'common',
] as const;

export interface ResourceEditorProps {
  start: ResourceFormValues;
  /** The resource being changed; none means saving makes one. */
  existingId?: string | undefined;
  /** Where Cancel goes. */
  cancelTo: string;
}

export function ResourceEditor({ start, existingId, cancelTo }: ResourceEditorProps) {
  const { t } = useTranslation(EDITOR_NAMESPACES);
  const navigate = useNavigate();
  const form = useForm<ResourceFormValues>({
    defaultValues: start,
    resolver: resourceResolver(() => todayOnDevice()),
    shouldFocusError: false,
  });
  const problems = useWordedProblems<ResourceFormValues, ResourceField>(
    'admin-directory',
    RESOURCE_FIELDS,
    RESOURCE_ID_PREFIX,
    form.formState.errors,
  );
  const [failure, setFailure] = useState<string>();
  const errorPrefix = t('account:errorPrefix');

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(undefined);
    try {
      const id = await saveResource(resourceChanges(values), existingId);
      await navigate('/admin/directory', { state: { saved: id } });
    } catch (error) {
      setFailure(saveFailureMessage(error, t));
    }
  });

  const field = (name: ResourceField) => ({
    id: resourceFieldId(name),
    label: t(`editor.${name}`),
    error: problems.fieldMessage(name),
    errorPrefix,
  });
  const optional = (name: ResourceField) => ({
    ...field(name),
    label: t('editor.optional', { label: t(`editor.${name}`) }),
  });
  const yesNo = [
    { value: 'yes', label: t('editor.yes') },
    { value: 'no', label: t('editor.no') },
    { value: '', label: t('editor.notSaid') },
  ];

  return (
    <>
      <ErrorSummary
        title={problems.summaryTitle}
        items={[...problems.summary, ...(failure ? [{ message: failure }] : [])]}
        focusKey={form.formState.submitCount}
      />
      <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="resource-editor">
        <fieldset className="nhsuk-fieldset app-directory-fieldset">
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
            {t('editor.about')}
          </legend>
          <TextField {...field('name')} autoComplete="off" {...form.register('name')} />
          <TextAreaField
            {...field('description')}
            hint={t('editor.descriptionHint')}
            rows={3}
            {...form.register('description')}
          />
          <CheckboxGroup
            {...field('groupings')}
            legend={t('editor.groupings')}
            hint={t('editor.groupingsHint')}
            options={GROUPINGS.map((g) => ({
              value: g,
              label: t(`grouping:groupings.${g}.name`),
            }))}
            registration={form.register('groupings')}
          />
          <CheckboxGroup
            {...field('topics')}
            legend={t('editor.topics')}
            hint={t('editor.topicsHint')}
            options={SIGNPOSTING_TOPICS.map((id) => ({
              value: id,
              label: t(`signposting-topics:topics.${id}`),
            }))}
            registration={form.register('topics')}
          />
          <CheckboxGroup
            {...field('offers')}
            legend={t('editor.offers')}
            hint={t('editor.offersHint')}
            options={SUPPORT_WISHES.map((id) => ({
              value: id,
              label: t(`signposting-topics:wishes.${id}`),
            }))}
            registration={form.register('offers')}
          />
        </fieldset>

        <fieldset className="nhsuk-fieldset app-directory-fieldset">
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
            {t('editor.ages')}
          </legend>
          <div className="nhsuk-hint">{t('editor.agesHint')}</div>
          <TextField
            {...field('minAge')}
            inputMode="numeric"
            className="nhsuk-input--width-2"
            {...form.register('minAge')}
          />
          <TextField
            {...field('maxAge')}
            inputMode="numeric"
            className="nhsuk-input--width-2"
            {...form.register('maxAge')}
          />
        </fieldset>

        <fieldset className="nhsuk-fieldset app-directory-fieldset">
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
            {t('editor.contact')}
          </legend>
          <div className="nhsuk-hint">{t('editor.contactHint')}</div>
          <TextField
            {...optional('phone')}
            type="tel"
            autoComplete="off"
            className="nhsuk-input--width-20"
            {...form.register('phone')}
          />
          <TextField
            {...optional('url')}
            hint={t('editor.urlHint')}
            type="url"
            autoComplete="off"
            spellCheck={false}
            {...form.register('url')}
          />
          <TextField
            {...optional('email')}
            type="email"
            autoComplete="off"
            spellCheck={false}
            {...form.register('email')}
          />
          <TextAreaField {...optional('address')} rows={2} {...form.register('address')} />
          <RadioGroup
            {...field('walkIn')}
            legend={t('editor.walkIn')}
            options={yesNo}
            registration={form.register('walkIn')}
            inline
          />
          <RadioGroup
            {...field('selfReferral')}
            legend={t('editor.selfReferral')}
            options={yesNo}
            registration={form.register('selfReferral')}
            inline
          />
          <TextAreaField
            {...optional('howToRefer')}
            hint={t('editor.howToReferHint')}
            rows={3}
            {...form.register('howToRefer')}
          />
          <TextField
            {...optional('openingHours')}
            hint={t('editor.openingHoursHint')}
            autoComplete="off"
            {...form.register('openingHours')}
          />
          <RadioGroup
            {...field('cost')}
            legend={t('editor.cost')}
            options={RESOURCE_COSTS.map((c) => ({ value: c, label: t(`cost.${c}`) }))}
            registration={form.register('cost')}
          />
          <TextField
            {...optional('languages')}
            hint={t('editor.languagesHint')}
            autoComplete="off"
            {...form.register('languages')}
          />
        </fieldset>

        <fieldset className="nhsuk-fieldset app-directory-fieldset">
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
            {t('editor.review')}
          </legend>
          <TextField
            {...field('reviewBy')}
            hint={t('editor.reviewByHint')}
            type="date"
            className="nhsuk-input--width-10"
            {...form.register('reviewBy')}
          />
          <div className="nhsuk-form-group">
            <div className="nhsuk-checkboxes">
              <div className="nhsuk-checkboxes__item">
                <input
                  className="nhsuk-checkboxes__input"
                  id={resourceFieldId('exampleContent')}
                  type="checkbox"
                  {...form.register('exampleContent')}
                />
                <label
                  className="nhsuk-label nhsuk-checkboxes__label"
                  htmlFor={resourceFieldId('exampleContent')}
                >
                  {t('editor.exampleContent')}
                </label>
              </div>
            </div>
          </div>
        </fieldset>

        <div className="nhsuk-button-group">
          <button type="submit" className="nhsuk-button" disabled={form.formState.isSubmitting}>
            {t('editor.save')}
          </button>
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary"
            onClick={() => void navigate(cancelTo)}
          >
            {t('editor.cancel')}
          </button>
        </div>
      </form>
    </>
  );
}
