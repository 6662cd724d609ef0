/**
 * The backup team in the editor (issue #7 item 1; THRIVE Getting Risk Support: "the
 * actions everyone, including the backup team, has agreed to take"): each person or
 * agency, their role, the action they agreed and when it applies, with a number; adding
 * and removing actions.
 *
 * Design choices:
 * - One `backup-team-action` record per action (order = max + 1), so actions added on two
 *   devices both survive; removing deletes the record.
 * - The add form keeps a draft (`backup-team-action:<plan>`) like every session form.
 */
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { telHref } from '../../../content/crisis-contacts';
import { localStore } from '../../../db';
import type { AnyRecord } from '../../../domain';
import { NotificationBanner } from '../../../ui/NotificationBanner';
import { Loading } from '../../../ui/Spinner';
import { ErrorMessage } from '../../../ui/form/ErrorMessage';
import { ErrorSummary } from '../../../ui/form/ErrorSummary';
import { TextAreaField } from '../../../ui/form/TextAreaField';
import { TextField } from '../../../ui/form/TextField';
import { domainResolver } from '../../../ui/form/domain-resolver';
import { useWordedProblems } from '../../../ui/form/useWordedProblems';
import { displayPhone } from '../../../ui/safety-plan/phone-display';
import { saveFailureMessage } from '../../../ui/form/save-failure';
import { useFormDraft } from '../use-form-draft';
import { ConfirmRemove } from './ConfirmRemove';
import {
  ACTION_FIELDS,
  actionDataFrom,
  actionFormSchema,
  emptyActionForm,
  nextOrder,
  type ActionFormValues,
} from './safety-plan-forms';

const ID = 'backup-action';

interface BackupTeamEditorProps {
  caseId: string;
  planId: string;
  actions: readonly AnyRecord[];
}

export function BackupTeamEditor({ caseId, planId, actions }: BackupTeamEditorProps) {
  const { t } = useTranslation(['safety-plan', 'account']);
  const [problem, setProblem] = useState<string>();
  const remove = async (id: string) => {
    setProblem(undefined);
    try {
      await localStore().records.remove('backup-team-action', id);
    } catch (error) {
      setProblem(saveFailureMessage(error, t));
    }
  };
  return (
    <section
      className="app-safety-plan-editor__section"
      aria-labelledby="backup-team-heading"
      data-testid="editor-backup-team"
    >
      <h2 className="nhsuk-heading-m" id="backup-team-heading">
        {t('backupTeam.heading')}
      </h2>
      <p className="nhsuk-hint">{t('backupTeam.hint')}</p>
      {problem && (
        <ErrorMessage role="alert" prefix={t('account:errorPrefix')}>
          {problem}
        </ErrorMessage>
      )}
      {actions.length === 0 ? (
        <p className="nhsuk-body">{t('backupTeam.none')}</p>
      ) : (
        <ul
          className="nhsuk-list app-safety-plan-editor__items"
          aria-label={t('backupTeam.heading')}
        >
          {actions.map((a) => {
            const who = String(a['who']);
            const phone = typeof a['phone'] === 'string' ? a['phone'] : undefined;
            return (
              <li key={a.id} className="app-safety-plan-editor__item" data-testid="editor-action">
                <p className="nhsuk-body nhsuk-u-margin-bottom-1">
                  <strong>{t('backupTeam.who', { who, role: String(a['role']) })}</strong>
                  {phone && (
                    <>
                      {' '}
                      <a href={telHref(phone)} dir="ltr">
                        {displayPhone(phone)}
                      </a>
                    </>
                  )}
                </p>
                <p className="nhsuk-body-s nhsuk-u-margin-bottom-1">
                  {t('backupTeam.when', { when: String(a['appliesWhen']) })}
                </p>
                <p className="nhsuk-body-s">
                  {t('backupTeam.action', { action: String(a['action']) })}
                </p>
                <ConfirmRemove what={who} onRemove={() => void remove(a.id)} />
              </li>
            );
          })}
        </ul>
      )}
      <AddActionForm caseId={caseId} planId={planId} actions={actions} />
    </section>
  );
}

function AddActionForm({ caseId, planId, actions }: BackupTeamEditorProps) {
  const { t } = useTranslation(['safety-plan', 'account', 'common']);
  const form = useForm<ActionFormValues>({
    resolver: domainResolver(actionFormSchema),
    // Checked again only on submit: a problem appearing while typing would move focus
    // to the error summary, out of the field being typed in.
    reValidateMode: 'onSubmit',
    defaultValues: emptyActionForm(),
  });
  const draft = useFormDraft(form, `backup-team-action:${planId}`, caseId);
  const problems = useWordedProblems<ActionFormValues, (typeof ACTION_FIELDS)[number]>(
    'safety-plan',
    ACTION_FIELDS,
    ID,
    form.formState.errors,
  );
  const [failure, setFailure] = useState<string>();
  const [added, setAdded] = useState<string>();

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(undefined);
    try {
      const order = nextOrder(actions.map((a) => Number(a['order'])));
      await localStore().records.create(
        'backup-team-action',
        caseId,
        actionDataFrom(values, planId, order),
      );
      setAdded(values.who.trim());
      form.reset(emptyActionForm());
      await draft.clear();
    } catch (error) {
      setFailure(saveFailureMessage(error, t));
    }
  });

  if (!draft.ready) return <Loading label={t('common:loading')} />;
  const errorPrefix = t('account:errorPrefix');
  const field = (name: 'who' | 'role' | 'phone', extra: Record<string, string> = {}) => (
    <TextField
      id={`${ID}-${name}`}
      label={t(`backupTeam.form.${name}`)}
      error={problems.fieldMessage(name)}
      errorPrefix={errorPrefix}
      {...extra}
      {...form.register(name)}
    />
  );
  const area = (name: 'action' | 'appliesWhen') => (
    <TextAreaField
      id={`${ID}-${name}`}
      label={t(`backupTeam.form.${name}`)}
      hint={t(`backupTeam.form.${name}Hint`)}
      rows={2}
      error={problems.fieldMessage(name)}
      errorPrefix={errorPrefix}
      {...form.register(name)}
    />
  );
  return (
    <div className="app-safety-plan-add">
      <h3 className="nhsuk-heading-s">{t('backupTeam.form.heading')}</h3>
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
        <p className="nhsuk-body" role="status">
          {t('backupTeam.added', { who: added })}
        </p>
      )}
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        {field('who')}
        {field('role')}
        {area('action')}
        {area('appliesWhen')}
        {field('phone', {
          type: 'tel',
          autoComplete: 'off',
          className: 'nhsuk-input--width-20',
          hint: t('item.phoneHint'),
        })}
        <button
          type="submit"
          className="nhsuk-button nhsuk-button--secondary"
          disabled={form.formState.isSubmitting}
        >
          {t('backupTeam.form.save')}
        </button>
      </form>
    </div>
  );
}
