/**
 * Agreeing the grouping in a session: the three views, the agreed grouping chosen from
 * the five explained, why, who agreed and when to look again. Saving writes the decision
 * and the grouping history (save-grouping.ts).
 *
 * Design choices:
 * - What is typed is kept as a draft on this device (useFormDraft) until it is saved, so
 *   a tablet going to sleep loses nothing; the form appears once any draft is back.
 * - Problems show as NHS.UK asks: a summary at the top linking to each field and a message
 *   on the field; nothing typed is cleared.
 * - Opened again in the same session, the form shows that session's decision and saving
 *   updates it. A new session starts blank: the grouping agreed before is shown above it
 *   for reference, never pre-selected, because it is for the people present to choose.
 */
import { useRef, useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { localStore, type SeenClocks } from '../../../db';
import type { GroupingDecisionRecord, SessionRecord } from '../../../domain';
import { NotificationBanner } from '../../../ui/NotificationBanner';
import { Loading } from '../../../ui/Spinner';
import { ErrorSummary, type ErrorSummaryItem } from '../../../ui/form/ErrorSummary';
import { TextField } from '../../../ui/form/TextField';
import { domainResolver } from '../../../ui/form/domain-resolver';
import { formatCalendarDate, todayOnDevice } from '../../../ui/format-date';
import { useFormDraft } from '../use-form-draft';
import { AgreedByField } from './AgreedByField';
import { GroupingChoice } from './GroupingChoice';
import { TextAreaField } from '../../../ui/form/TextAreaField';
import { ViewsFields } from './ViewsFields';
import {
  emptyGroupingForm,
  groupingFormFrom,
  groupingFormSchema,
  type GroupingFormValues,
} from './grouping-form';
import { clocksOf, saveGrouping } from './save-grouping';
import { saveFailureMessage } from '../../../ui/form/save-failure';
import { useGroupingProblems } from './use-grouping-problems';

const ID = 'grouping';

export interface GroupingFormProps {
  caseId: string;
  session: SessionRecord;
  /** This session's decision, when one was saved. */
  existing: GroupingDecisionRecord | undefined;
  /** The case's current decision, for the history's "from". */
  latest: GroupingDecisionRecord | undefined;
  /** What the part shows above the form, below the error summary (which comes first). */
  children?: ReactNode;
}

export function GroupingForm({ caseId, session, existing, latest, children }: GroupingFormProps) {
  const { t, i18n } = useTranslation(['grouping', 'account', 'common', 'validation']);
  const [schema] = useState(
    () =>
      groupingFormSchema(
        existing?.agreedOn ?? todayOnDevice(),
      ) as unknown as z.ZodType<GroupingFormValues>,
  );
  const form = useForm<GroupingFormValues>({
    resolver: domainResolver(schema),
    defaultValues: existing ? groupingFormFrom(existing) : emptyGroupingForm(),
  });
  const draft = useFormDraft(form, `grouping:${session.id}`, caseId);
  const problems = useGroupingProblems(ID, form.formState.errors);
  const [failure, setFailure] = useState<string>();
  const [saved, setSaved] = useState(false);
  // The field versions the person is looking at, so an edit made meanwhile on another
  // device becomes a visible conflict rather than being overwritten.
  const seen = useRef<SeenClocks | undefined>(existing ? clocksOf(existing) : undefined);
  // What this form saved, until the live query brings it back (a quick second save must
  // update that decision, not create another).
  const savedHere = useRef<GroupingDecisionRecord | undefined>(undefined);

  const onSubmit = form.handleSubmit(async () => {
    setFailure(undefined);
    setSaved(false);
    try {
      const result = await saveGrouping(localStore().records, {
        caseId,
        sessionId: session.id,
        values: form.getValues(),
        existing: existing ?? savedHere.current,
        latest,
        today: todayOnDevice(),
        seen: seen.current,
      });
      savedHere.current = result.decision;
      seen.current = clocksOf(result.decision);
      form.reset(groupingFormFrom(result.decision));
      await draft.clear();
      setSaved(true);
    } catch (error) {
      setFailure(saveFailureMessage(error, t));
    }
  });

  if (!draft.ready) return <Loading label={t('common:loading')} />;

  const errorPrefix = t('account:errorPrefix');
  const summary: ErrorSummaryItem[] = [
    ...problems.summary,
    ...(failure ? [{ message: failure }] : []),
  ];
  const editing = existing ?? savedHere.current;
  return (
    <>
      <ErrorSummary
        title={problems.summaryTitle}
        items={summary}
        focusKey={form.formState.submitCount}
      />
      {draft.restored && (
        <NotificationBanner title={t('form.draftRestored')}>
          <p className="nhsuk-body">{t('form.draftRestoredText')}</p>
        </NotificationBanner>
      )}
      {children}
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <ViewsFields
          idPrefix={ID}
          register={form.register}
          fieldMessage={problems.fieldMessage}
          errorPrefix={errorPrefix}
        />
        {editing && (
          <p className="nhsuk-inset-text">
            {t('form.editingHint', {
              date: formatCalendarDate(editing.agreedOn, i18n.language),
            })}
          </p>
        )}
        <GroupingChoice
          id={`${ID}-grouping`}
          legend={t('form.grouping')}
          hint={t('form.groupingHint')}
          error={problems.fieldMessage('grouping')}
          errorPrefix={errorPrefix}
          registration={form.register('grouping')}
        />
        <TextAreaField
          id={`${ID}-reasons`}
          label={t('form.reasons')}
          hint={t('form.reasonsHint')}
          labelSize="s"
          error={problems.fieldMessage('reasons')}
          errorPrefix={errorPrefix}
          rows={5}
          {...form.register('reasons')}
        />
        <AgreedByField
          id={`${ID}-agreedBy`}
          error={problems.fieldMessage('agreedBy')}
          errorPrefix={errorPrefix}
          registration={form.register('agreedBy')}
        />
        <TextField
          id={`${ID}-reviewBy`}
          label={t('form.reviewBy')}
          type="date"
          className="nhsuk-input--width-10"
          error={problems.fieldMessage('reviewBy')}
          errorPrefix={errorPrefix}
          {...form.register('reviewBy')}
        />
        {saved && !form.formState.isDirty && (
          // Beside the button just pressed, so it is seen on a long page; gone once
          // something is changed again.
          <NotificationBanner title={t('form.saved')} variant="success" live>
            <p className="nhsuk-body">{t('form.savedText')}</p>
          </NotificationBanner>
        )}
        <button type="submit" className="nhsuk-button" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting
            ? t('form.saving')
            : editing
              ? t('form.saveChanges')
              : t('form.save')}
        </button>
      </form>
    </>
  );
}
