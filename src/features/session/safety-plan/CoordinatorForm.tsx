/**
 * The coordinator of the backup team, the person the young person chose and trusts
 * (THRIVE Getting Risk Support), and how to reach them: two fields on the plan's header.
 *
 * Design choices:
 * - Both optional: a plan can be drafted before the young person has chosen. Emptying a
 *   field clears it on the header rather than storing ''.
 * - A draft (`safety-plan-coordinator:<plan>`) keeps typed words, and the header's values
 *   are the starting point when there is none.
 */
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { localStore } from '../../../db';
import type { AnyRecord } from '../../../domain';
import { NotificationBanner } from '../../../ui/NotificationBanner';
import { Loading } from '../../../ui/Spinner';
import { ErrorSummary } from '../../../ui/form/ErrorSummary';
import { TextField } from '../../../ui/form/TextField';
import { domainResolver } from '../../../ui/form/domain-resolver';
import { useWordedProblems } from '../../../ui/form/useWordedProblems';
import { saveFailureMessage } from '../../../ui/form/save-failure';
import { useFormDraft } from '../use-form-draft';
import {
  COORDINATOR_FIELDS,
  coordinatorChanges,
  coordinatorFormSchema,
  type CoordinatorFormValues,
} from './safety-plan-forms';

const ID = 'coordinator';

export function CoordinatorForm({ caseId, plan }: { caseId: string; plan: AnyRecord }) {
  const { t } = useTranslation(['safety-plan', 'account', 'common']);
  const text = (field: string) => (typeof plan[field] === 'string' ? String(plan[field]) : '');
  const form = useForm<CoordinatorFormValues>({
    resolver: domainResolver(coordinatorFormSchema),
    // Checked again only on submit: a problem appearing while typing would move focus
    // to the error summary, out of the field being typed in.
    reValidateMode: 'onSubmit',
    defaultValues: {
      coordinatorName: text('coordinatorName'),
      coordinatorContact: text('coordinatorContact'),
    },
  });
  const draft = useFormDraft(form, `safety-plan-coordinator:${plan.id}`, caseId);
  const problems = useWordedProblems<CoordinatorFormValues, (typeof COORDINATOR_FIELDS)[number]>(
    'safety-plan',
    COORDINATOR_FIELDS,
    ID,
    form.formState.errors,
  );
  const [failure, setFailure] = useState<string>();
  const [saved, setSaved] = useState(false);

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(undefined);
    setSaved(false);
    try {
      await localStore().records.update('safety-plan', plan.id, coordinatorChanges(values));
      form.reset(values);
      await draft.clear();
      setSaved(true);
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
      data-testid="editor-coordinator"
    >
      <h2 className="nhsuk-heading-m" id={`${ID}-heading`}>
        {t('coordinator.heading')}
      </h2>
      <p className="nhsuk-hint">{t('coordinator.hint')}</p>
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
      {saved && !form.formState.isDirty && (
        <p className="nhsuk-body" role="status">
          {t('coordinator.saved')}
        </p>
      )}
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <TextField
          id={`${ID}-coordinatorName`}
          label={t('coordinator.name')}
          autoComplete="off"
          error={problems.fieldMessage('coordinatorName')}
          errorPrefix={errorPrefix}
          {...form.register('coordinatorName')}
        />
        <TextField
          id={`${ID}-coordinatorContact`}
          label={t('coordinator.contact')}
          hint={t('coordinator.contactHint')}
          autoComplete="off"
          error={problems.fieldMessage('coordinatorContact')}
          errorPrefix={errorPrefix}
          {...form.register('coordinatorContact')}
        />
        <button
          type="submit"
          className="nhsuk-button nhsuk-button--secondary"
          disabled={form.formState.isSubmitting}
        >
          {t('coordinator.save')}
        </button>
      </form>
    </section>
  );
}
