/**
 * Agreeing the safety plan (issue #7 item 4): the date it was agreed (today unless told,
 * never in the future), the date to review it, and who was there. Agreeing keeps a copy
 * of the plan as it is now (a `safety-plan-version`, the domain's agreementSnapshot) and
 * marks the plan agreed, in one transaction, so there is never an agreed plan without
 * its version nor a version the plan does not point to.
 *
 * Design choices:
 * - Who was there is a tick per role with an optional name each: the record keeps roles
 *   always and names only if written.
 * - The form keeps a draft (`safety-plan-agree:<plan>`); after agreeing it starts again
 *   from today, ready for the next review.
 */
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { localStore } from '../../../db';
import { CONTRIBUTOR_ROLES, type AnyRecord } from '../../../domain';
import {
  agreementSnapshot,
  type BackupTeamInput,
  type PlanHeaderInput,
  type PlanItemInput,
  type VersionOrderInput,
} from '../../../domain/safety-plan';
import { NotificationBanner } from '../../../ui/NotificationBanner';
import { Loading } from '../../../ui/Spinner';
import { CheckboxGroup } from '../../../ui/form/CheckboxGroup';
import { ErrorSummary } from '../../../ui/form/ErrorSummary';
import { TextField } from '../../../ui/form/TextField';
import { domainResolver } from '../../../ui/form/domain-resolver';
import { useWordedProblems } from '../../../ui/form/useWordedProblems';
import { todayOnDevice } from '../../../ui/format-date';
import { saveFailureMessage } from '../../../ui/form/save-failure';
import { useFormDraft } from '../use-form-draft';
import {
  AGREE_FIELDS,
  NAME_FIELD_FOR_ROLE,
  agreeFormSchema,
  emptyAgreeForm,
  presentFrom,
  type AgreeFormValues,
} from './safety-plan-forms';

const ID = 'agree';

interface AgreeFormProps {
  caseId: string;
  plan: AnyRecord;
  items: AnyRecord[];
  actions: AnyRecord[];
  versions: AnyRecord[];
}

export function AgreeForm({ caseId, plan, items, actions, versions }: AgreeFormProps) {
  const { t } = useTranslation(['safety-plan', 'account', 'common']);
  const [today] = useState(todayOnDevice);
  const [schema] = useState(() => agreeFormSchema(today) as unknown as z.ZodType<AgreeFormValues>);
  const form = useForm<AgreeFormValues>({
    resolver: domainResolver(schema),
    // Checked again only on submit: a problem appearing while typing would move focus
    // to the error summary, out of the field being typed in.
    reValidateMode: 'onSubmit',
    defaultValues: emptyAgreeForm(today),
  });
  const draft = useFormDraft(form, `safety-plan-agree:${plan.id}`, caseId);
  const problems = useWordedProblems<AgreeFormValues, (typeof AGREE_FIELDS)[number]>(
    'safety-plan',
    AGREE_FIELDS,
    ID,
    form.formState.errors,
  );
  const [failure, setFailure] = useState<string>();
  const [agreedVersion, setAgreedVersion] = useState<number>();
  const present = form.watch('present');
  const ticked = Array.isArray(present) ? present : [];

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(undefined);
    try {
      const store = localStore().records;
      const reviewBy = values.reviewBy;
      const snapshot = agreementSnapshot(
        plan as unknown as PlanHeaderInput & { id: string },
        items as unknown as PlanItemInput[],
        actions as unknown as BackupTeamInput[],
        versions as unknown as VersionOrderInput[],
        {
          agreedOn: values.agreedOn,
          reviewBy,
          present: presentFrom(values),
        },
      );
      await store.together(['safety-plan-version', 'safety-plan'], async () => {
        await store.create('safety-plan-version', caseId, { ...snapshot });
        await store.update('safety-plan', plan.id, {
          status: 'agreed',
          agreedOn: values.agreedOn,
          reviewBy,
        });
      });
      setAgreedVersion(snapshot.version);
      form.reset(emptyAgreeForm(todayOnDevice()));
      await draft.clear();
    } catch (error) {
      setFailure(saveFailureMessage(error, t));
    }
  });

  if (!draft.ready) return <Loading label={t('common:loading')} />;
  const errorPrefix = t('account:errorPrefix');
  return (
    <section
      className="app-safety-plan-editor__section"
      aria-labelledby={`${ID}-heading`}
      data-testid="agree-plan"
    >
      <h2 className="nhsuk-heading-m" id={`${ID}-heading`}>
        {t('agree.heading')}
      </h2>
      <p className="nhsuk-body">{t('agree.lead')}</p>
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
      {agreedVersion !== undefined && !form.formState.isDirty && (
        <NotificationBanner title={t('agree.agreed')} variant="success" live>
          <p className="nhsuk-body">{t('agree.agreedText', { version: agreedVersion })}</p>
        </NotificationBanner>
      )}
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <TextField
          id={`${ID}-agreedOn`}
          label={t('agree.agreedOn')}
          hint={t('agree.dateHint')}
          type="date"
          max={today}
          className="nhsuk-input--width-10"
          error={problems.fieldMessage('agreedOn')}
          errorPrefix={errorPrefix}
          {...form.register('agreedOn')}
        />
        <TextField
          id={`${ID}-reviewBy`}
          label={t('agree.reviewBy')}
          hint={t('agree.reviewByHint')}
          type="date"
          className="nhsuk-input--width-10"
          error={problems.fieldMessage('reviewBy')}
          errorPrefix={errorPrefix}
          {...form.register('reviewBy')}
        />
        <CheckboxGroup
          id={`${ID}-present`}
          legend={t('agree.present')}
          hint={t('agree.presentHint')}
          error={problems.fieldMessage('present')}
          errorPrefix={errorPrefix}
          options={CONTRIBUTOR_ROLES.map((role) => ({
            value: role,
            label: t(`roles.${role}`),
          }))}
          registration={form.register('present')}
        />
        {CONTRIBUTOR_ROLES.filter((role) => ticked.includes(role)).map((role) => {
          const field = NAME_FIELD_FOR_ROLE[role];
          return (
            <TextField
              key={role}
              id={`${ID}-${field}`}
              label={t(`agree.names.${role}`)}
              autoComplete="off"
              error={problems.fieldMessage(field)}
              errorPrefix={errorPrefix}
              {...form.register(field)}
            />
          );
        })}
        <button type="submit" className="nhsuk-button" disabled={form.formState.isSubmitting}>
          {t('agree.save')}
        </button>
      </form>
    </section>
  );
}
