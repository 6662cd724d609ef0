/**
 * Adding one item to one section of the safety plan (issue #7 item 1): the words, a phone
 * number for people and services, and who is adding it.
 *
 * Design choices:
 * - Each section has its own form and its own draft (`safety-plan-item:<plan>:<section>`),
 *   so what is typed in one section is never lost by a problem, a save or a reload in
 *   another, and two people can add to different sections on different devices.
 * - In hand-over mode (`audience` young-person) the young person is writing, so "who is
 *   adding it" is not asked: it is them.
 * - The new item goes after the section's others (order = max + 1).
 */
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { localStore } from '../../../db';
import { CONTRIBUTOR_ROLES, type AnyRecord, type SafetyPlanSection } from '../../../domain';
import { NotificationBanner } from '../../../ui/NotificationBanner';
import { Loading } from '../../../ui/Spinner';
import { ErrorMessage } from '../../../ui/form/ErrorMessage';
import { ErrorSummary } from '../../../ui/form/ErrorSummary';
import { TextAreaField } from '../../../ui/form/TextAreaField';
import { TextField } from '../../../ui/form/TextField';
import { domainResolver } from '../../../ui/form/domain-resolver';
import { useWordedProblems } from '../../../ui/form/useWordedProblems';
import { saveFailureMessage } from '../../../ui/form/save-failure';
import { useFormDraft } from '../use-form-draft';
import {
  ITEM_FIELDS,
  emptyItemForm,
  hasPhone,
  itemDataFrom,
  itemFormSchema,
  nextOrder,
  type ItemFormValues,
} from './safety-plan-forms';
import type { Audience } from './audience';

interface AddItemFormProps {
  caseId: string;
  planId: string;
  section: SafetyPlanSection;
  /** The section's items now, for the new one's order. */
  items: readonly AnyRecord[];
  audience: Audience;
  /** The section's title, so the form's heading and button say which section. */
  sectionTitle: string;
}

export function AddItemForm({
  caseId,
  planId,
  section,
  items,
  audience,
  sectionTitle,
}: AddItemFormProps) {
  const { t } = useTranslation(['safety-plan', 'account', 'common']);
  const id = `${audience === 'young-person' ? 'yp' : 'sp'}-${section}`;
  const fixedRole = audience === 'young-person' ? 'young-person' : '';
  const form = useForm<ItemFormValues>({
    resolver: domainResolver(itemFormSchema),
    // Checked again only on submit: a problem appearing while typing would move focus
    // to the error summary, out of the field being typed in.
    reValidateMode: 'onSubmit',
    defaultValues: emptyItemForm(fixedRole),
  });
  const draft = useFormDraft(form, `safety-plan-item:${planId}:${section}`, caseId);
  const problems = useWordedProblems<ItemFormValues, (typeof ITEM_FIELDS)[number]>(
    'safety-plan',
    ITEM_FIELDS,
    id,
    form.formState.errors,
  );
  const [failure, setFailure] = useState<string>();
  const [added, setAdded] = useState<string>();
  const words = audience === 'young-person' ? 'youngPerson' : 'practitioner';

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(undefined);
    try {
      const order = nextOrder(items.map((i) => Number(i['order'])));
      const data = itemDataFrom(
        fixedRole ? { ...values, addedByRole: fixedRole } : values,
        planId,
        section,
        order,
      );
      await localStore().records.create('safety-plan-item', caseId, data);
      setAdded(values.text.trim());
      form.reset(emptyItemForm(fixedRole));
      await draft.clear();
    } catch (error) {
      setFailure(saveFailureMessage(error, t));
    }
  });

  if (!draft.ready) return <Loading label={t('common:loading')} />;
  const errorPrefix = t('account:errorPrefix');
  const roleError = problems.fieldMessage('addedByRole');
  return (
    <div className="app-safety-plan-add">
      <ErrorSummary
        title={problems.summaryTitle}
        items={[...problems.summary, ...(failure ? [{ message: failure }] : [])]}
        focusKey={form.formState.submitCount}
      />
      {draft.restored && (
        <NotificationBanner title={t('draftRestored')}>
          <p className="nhsuk-body">{t('draftRestoredText')}</p>
        </NotificationBanner>
      )}
      {added && !form.formState.isDirty && (
        <p className="nhsuk-body app-safety-plan-add__added" role="status">
          {t('item.added', { text: added })}
        </p>
      )}
      <form
        onSubmit={(e) => void onSubmit(e)}
        noValidate
        aria-label={t('item.formLabel', { section: sectionTitle })}
      >
        <TextAreaField
          id={`${id}-text`}
          label={t(`item.${words}.text`)}
          hint={t(`item.${words}.textHint`)}
          labelSize="s"
          rows={2}
          error={problems.fieldMessage('text')}
          errorPrefix={errorPrefix}
          {...form.register('text')}
        />
        {hasPhone(section) && (
          <TextField
            id={`${id}-phone`}
            label={t(`item.${words}.phone`)}
            hint={t('item.phoneHint')}
            type="tel"
            autoComplete="off"
            className="nhsuk-input--width-20"
            error={problems.fieldMessage('phone')}
            errorPrefix={errorPrefix}
            {...form.register('phone')}
          />
        )}
        {!fixedRole && (
          <div className={`nhsuk-form-group${roleError ? ' nhsuk-form-group--error' : ''}`}>
            <fieldset
              className="nhsuk-fieldset"
              aria-describedby={roleError ? `${id}-addedByRole-error` : undefined}
            >
              <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
                {t('item.practitioner.addedByRole')}
              </legend>
              {roleError && (
                <ErrorMessage id={`${id}-addedByRole-error`} prefix={errorPrefix}>
                  {roleError}
                </ErrorMessage>
              )}
              <div className="nhsuk-radios nhsuk-radios--inline">
                {CONTRIBUTOR_ROLES.map((role, index) => {
                  const inputId = index === 0 ? `${id}-addedByRole` : `${id}-addedByRole-${role}`;
                  return (
                    <div key={role} className="nhsuk-radios__item">
                      <input
                        className="nhsuk-radios__input"
                        id={inputId}
                        type="radio"
                        value={role}
                        {...form.register('addedByRole')}
                      />
                      <label className="nhsuk-label nhsuk-radios__label" htmlFor={inputId}>
                        {t(`roles.${role}`)}
                      </label>
                    </div>
                  );
                })}
              </div>
            </fieldset>
          </div>
        )}
        <button
          type="submit"
          className="nhsuk-button nhsuk-button--secondary"
          disabled={form.formState.isSubmitting}
        >
          {t(`item.${words}.save`)}
          <span className="nhsuk-u-visually-hidden">{`: ${sectionTitle}`}</span>
        </button>
      </form>
    </div>
  );
}
