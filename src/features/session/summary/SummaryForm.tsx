/**
 * The session summary form. Rules and mapping live in summary-form.ts; this file wires
 * them to the screen.
 *
 * Design choices:
 * - Two ways to save: "Save" keeps the session's status; "Save and finish the session"
 *   marks it completed, which also needs a date that is not in the future. The rules
 *   depend on which button was pressed, so the resolver reads the context from a ref.
 * - Typed text is kept on this device as a draft (useFormDraft, key `summary:<sessionId>`)
 *   and put back after a reload; the screen says so, and offers to go back to the record.
 * - Only changed fields are written, each with the version seen when the form opened, so
 *   another device's edit of a different field merges and of the same field is kept as a
 *   conflict rather than lost. The case's next review date follows the summary's.
 */
import { useCallback, useRef, useState } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import {
  ValidationError,
  type Grouping,
  type SessionData,
  type SessionRecord,
} from '../../../domain';
import { localStore, type SeenClocks } from '../../../db';
import { ErrorSummary } from '../../../ui/form/ErrorSummary';
import { TextField } from '../../../ui/form/TextField';
import { domainResolver } from '../../../ui/form/domain-resolver';
import { todayOnDevice } from '../../../ui/format-date';
import { NotificationBanner } from '../../../ui/NotificationBanner';
import { Loading } from '../../../ui/Spinner';
import { useFormDraft } from '../use-form-draft';
import { ActionRows } from './ActionRows';
import { AgreementSection } from './AgreementSection';
import { AttendeesFieldset } from './AttendeesFieldset';
import { EndingSection } from './EndingSection';
import { TextAreaField } from '../../../ui/form/TextAreaField';
import {
  caseReviewChange,
  sessionChanges,
  summaryFormFrom,
  summaryFormSchema,
  type SummaryContext,
  type SummaryFormValues,
} from './summary-form';
import { fieldId, useSummaryProblems } from './summary-problems';

export interface SummaryFormProps {
  caseId: string;
  session: SessionRecord;
  grouping: Grouping | undefined;
}

/** What the form was opened on: the values it compares with and the versions it saw. */
interface Opened {
  values: Partial<SessionData>;
  seen: SeenClocks;
}

function openedFrom(record: SessionRecord): Opened {
  return {
    values: record as unknown as Partial<SessionData>,
    seen: Object.fromEntries(
      Object.entries(record.clock).map(([field, clock]) => [field, [clock]]),
    ),
  };
}

function failureMessage(error: unknown, t: TFunction): string {
  if (error instanceof ValidationError && error.problems[0]) {
    const problem = error.problems[0];
    return `${t('saveFailed')} ${t(`validation:${problem.key}`, problem.params)}`;
  }
  // Storage problems are explained in full by the shell's storage banner.
  return t('saveFailed');
}

export function SummaryForm({ caseId, session, grouping }: SummaryFormProps) {
  const { t } = useTranslation(['session-summary', 'validation', 'common', 'account']);
  const opened = useRef<Opened>(openedFrom(session));
  const context = useRef<SummaryContext>({
    grouping,
    finishing: false,
    status: session.status,
    today: todayOnDevice(),
  });
  context.current = { ...context.current, grouping, status: session.status };
  const suggestion = t('comeBack.suggestion');

  // Stable for the form's life; reads the rules for the button pressed from the ref.
  const resolver = useCallback<Resolver<SummaryFormValues>>(
    (values, ctx, options) =>
      domainResolver(summaryFormSchema(context.current))(values, ctx, options),
    [],
  );
  const form = useForm<SummaryFormValues>({
    resolver,
    defaultValues: summaryFormFrom(
      session as unknown as Partial<SessionData>,
      grouping,
      suggestion,
    ),
  });
  const draft = useFormDraft(form, `summary:${session.id}`, caseId);
  const problems = useSummaryProblems(form.formState.errors);
  const [failure, setFailure] = useState<string>();
  const [savedAs, setSavedAs] = useState<'saved' | 'finished'>();

  const save = async () => {
    setFailure(undefined);
    setSavedAs(undefined);
    const values = form.getValues();
    const ctx = context.current;
    try {
      const { records } = localStore();
      const changes = sessionChanges(values, ctx, opened.current.values);
      // The session and the case's next review are saved together or not at all.
      const saved = await records.together(['session', 'case'], async () => {
        let written = session;
        if (Object.keys(changes).length > 0) {
          written = (await records.update(
            'session',
            session.id,
            changes,
            opened.current.seen,
          )) as unknown as SessionRecord;
        }
        const caseRecord = await records.get('case', caseId);
        const review = caseRecord ? caseReviewChange(values, caseRecord.nextReviewOn) : undefined;
        if (review) await records.update('case', caseId, review);
        return written;
      });
      opened.current = openedFrom(saved);
      form.reset(
        summaryFormFrom(saved as unknown as Partial<SessionData>, ctx.grouping, suggestion),
      );
      await draft.clear();
      setSavedAs(ctx.finishing ? 'finished' : 'saved');
    } catch (error) {
      setFailure(failureMessage(error, t));
    }
  };

  const submit = (finishing: boolean) => {
    context.current = { ...context.current, finishing, today: todayOnDevice() };
    void form.handleSubmit(save)();
  };

  const discardDraft = async () => {
    form.reset(summaryFormFrom(opened.current.values, context.current.grouping, suggestion));
    await draft.clear();
  };

  if (!draft.ready) return <Loading label={t('common:loading')} />;

  const values = form.getValues();
  const errorPrefix = t('account:errorPrefix');
  const attendeesProblem = problems.listProblem('attendees');
  const actionsProblem = problems.listProblem('actions');
  const summaryItems = [...problems.summary(values), ...(failure ? [{ message: failure }] : [])];
  const busy = form.formState.isSubmitting;

  return (
    <>
      {draft.restored && (
        <NotificationBanner title={t('draftRestored.title')}>
          <p className="nhsuk-body">{t('draftRestored.body')}</p>
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
            onClick={() => void discardDraft()}
          >
            {t('draftRestored.discard')}
          </button>
        </NotificationBanner>
      )}
      {savedAs && <NotificationBanner title={t(savedAs)} variant="success" live />}
      {session.status === 'completed' && !savedAs && (
        <p className="nhsuk-body">{t('completedNote')}</p>
      )}
      <ErrorSummary
        title={problems.summaryTitle}
        items={summaryItems}
        focusKey={form.formState.submitCount}
      />
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit(false);
        }}
      >
        <TextField
          id={fieldId('date')}
          label={t('date')}
          error={problems.fieldMessage('date')}
          errorPrefix={errorPrefix}
          type="date"
          className="nhsuk-input--width-10"
          {...form.register('date')}
        />
        <AttendeesFieldset
          form={form}
          problem={{ row: attendeesProblem.row, text: problems.listText('attendees', values) }}
          errorPrefix={errorPrefix}
        />
        <TextAreaField
          id={fieldId('decided')}
          label={t('decided.label')}
          error={problems.fieldMessage('decided')}
          errorPrefix={errorPrefix}
          {...form.register('decided')}
        />
        {session.nextSteps && (
          <div className="nhsuk-inset-text">
            <h2 className="nhsuk-heading-xs">{t('legacyNextSteps')}</h2>
            <p className="app-summary-text">{session.nextSteps}</p>
          </div>
        )}
        <ActionRows
          form={form}
          problem={actionsProblem}
          listText={problems.listText('actions', values)}
          errorPrefix={errorPrefix}
        />
        <TextField
          id={fieldId('nextReviewOn')}
          label={t('nextReviewOn.label')}
          hint={t('nextReviewOn.hint')}
          error={problems.fieldMessage('nextReviewOn')}
          errorPrefix={errorPrefix}
          type="date"
          className="nhsuk-input--width-10"
          {...form.register('nextReviewOn')}
        />
        <TextAreaField
          id={fieldId('summary')}
          label={t('summary.label')}
          hint={t('summary.hint')}
          error={problems.fieldMessage('summary')}
          errorPrefix={errorPrefix}
          rows={5}
          {...form.register('summary')}
        />
        <TextAreaField
          id={fieldId('plainWordsSummary')}
          label={t('plainWordsSummary.label')}
          hint={t('plainWordsSummary.hint')}
          error={problems.fieldMessage('plainWordsSummary')}
          errorPrefix={errorPrefix}
          rows={5}
          {...form.register('plainWordsSummary')}
        />
        <AgreementSection
          form={form}
          grouping={grouping}
          caseId={caseId}
          sessionId={session.id}
          message={problems.fieldMessage}
          errorPrefix={errorPrefix}
        />
        <EndingSection form={form} message={problems.fieldMessage} errorPrefix={errorPrefix} />
        <div className="app-summary-buttons">
          <button type="submit" className="nhsuk-button" disabled={busy}>
            {busy ? t('saving') : t('save')}
          </button>
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary"
            disabled={busy}
            onClick={() => submit(true)}
          >
            {t('finish')}
          </button>
        </div>
      </form>
    </>
  );
}
