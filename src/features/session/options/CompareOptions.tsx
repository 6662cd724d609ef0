/**
 * Comparing the options of one grid together and recording the decision (issue #5 items
 * 3–4). The young person rules options out, stars the questions that matter most to them
 * and adds their own; the practitioner adds a note per option; then they record what they
 * chose (or that they have not decided yet), who took part and when to look again.
 *
 * Design choices:
 * - Everything typed is kept as a draft on this device until it is saved (useFormDraft).
 * - The decision stores the grid's id and version, so it always shows what was compared,
 *   even after the organisation publishes a new version of the grid.
 * - Saving again in the same session changes that decision rather than adding another.
 */
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { z } from 'zod';
import { localStore, useCaseRecords } from '../../../db';
import type {
  GridVersion,
  OptionGridDecisionData,
  OptionGridDecisionRecord,
  SessionRecord,
} from '../../../domain';
import { NotificationBanner } from '../../../ui/NotificationBanner';
import { Loading } from '../../../ui/Spinner';
import { ErrorSummary, type ErrorSummaryItem } from '../../../ui/form/ErrorSummary';
import { domainResolver } from '../../../ui/form/domain-resolver';
import { todayOnDevice } from '../../../ui/format-date';
import { useGridWords } from '../../../ui/option-grid/use-grid-words';
import { useFormDraft } from '../use-form-draft';
import { CompareTable } from './CompareTable';
import { DecisionFields } from './DecisionFields';
import { GridAbout } from './GridAbout';
import { OptionNotes } from './OptionNotes';
import { OwnQuestions } from './OwnQuestions';
import {
  decisionDataFrom,
  decisionFormFrom,
  decisionFormSchema,
  emptyDecisionForm,
  type DecisionFormValues,
} from './decision-form';
import { useDecisionProblems } from './use-decision-problems';
import { saveFailureMessage } from '../../../ui/form/save-failure';

export const DECISION_FORM_ID = 'decision';

interface CompareOptionsProps {
  caseId: string;
  session: SessionRecord;
  grid: GridVersion;
  existing: OptionGridDecisionRecord | undefined;
}

export function CompareOptions({ caseId, session, grid, existing }: CompareOptionsProps) {
  const { t } = useTranslation(['options', 'grouping', 'account', 'common']);
  const words = useGridWords(grid);
  const goals = useCaseRecords('goal', caseId);
  const decidedOn = existing?.decidedOn ?? todayOnDevice();
  const [schema] = useState(
    () => decisionFormSchema(grid.data, decidedOn) as unknown as z.ZodType<DecisionFormValues>,
  );
  const form = useForm<DecisionFormValues>({
    resolver: domainResolver(schema),
    defaultValues: existing ? decisionFormFrom(grid.data, existing) : emptyDecisionForm(grid.data),
  });
  const draft = useFormDraft(form, `options:${session.id}:${grid.id}`, caseId);
  const problems = useDecisionProblems(DECISION_FORM_ID, form.formState.errors);
  const [failure, setFailure] = useState<string>();
  const [saved, setSaved] = useState(false);
  // What this form saved, until the live query brings it back: a quick second save must
  // change that decision, not add another.
  const savedHere = useRef<OptionGridDecisionRecord | undefined>(undefined);

  const onSubmit = form.handleSubmit(async () => {
    setFailure(undefined);
    setSaved(false);
    const before = existing ?? savedHere.current;
    const data: OptionGridDecisionData = decisionDataFrom(form.getValues(), {
      gridId: grid.id,
      grid: grid.data,
      sessionId: session.id,
      decidedOn,
      before: before?.decidedWith,
    });
    try {
      const { records } = localStore();
      const record = before
        ? await records.update('option-grid-decision', before.id, data)
        : await records.create('option-grid-decision', caseId, data);
      savedHere.current = record as OptionGridDecisionRecord;
      form.reset(decisionFormFrom(grid.data, data));
      await draft.clear();
      setSaved(true);
    } catch (error) {
      setFailure(saveFailureMessage(error, t));
    }
  });

  if (!draft.ready || goals === undefined) return <Loading label={t('common:loading')} />;

  const summary: ErrorSummaryItem[] = [
    ...problems.summary,
    ...(failure ? [{ message: failure }] : []),
  ];
  const editing = existing ?? savedHere.current;
  const errorPrefix = t('account:errorPrefix');
  return (
    <div className="app-options">
      <p className="nhsuk-body">
        <Link to="?">{t('compare.otherGrids')}</Link>
      </p>
      <ErrorSummary
        title={problems.summaryTitle}
        items={summary}
        focusKey={form.formState.submitCount}
      />
      {draft.restored && (
        <NotificationBanner title={t('grouping:form.draftRestored')}>
          <p className="nhsuk-body">{t('grouping:form.draftRestoredText')}</p>
        </NotificationBanner>
      )}
      <h2 className="nhsuk-heading-l">{words.topic}</h2>
      <GridAbout grid={grid} />
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <CompareTable
          idPrefix={DECISION_FORM_ID}
          grid={grid}
          words={words}
          form={form}
          error={problems.fieldMessage('considered')}
          errorPrefix={errorPrefix}
        />
        <OwnQuestions
          idPrefix={DECISION_FORM_ID}
          form={form}
          error={problems.fieldMessage('newQuestion')}
          errorPrefix={errorPrefix}
        />
        <OptionNotes grid={grid} words={words} form={form} idPrefix={DECISION_FORM_ID} />
        <DecisionFields
          idPrefix={DECISION_FORM_ID}
          grid={grid}
          words={words}
          form={form}
          goals={goals}
          fieldMessage={problems.fieldMessage}
          errorPrefix={errorPrefix}
        />
        {saved && !form.formState.isDirty && (
          <NotificationBanner title={t('decision.saved')} variant="success" live>
            <p className="nhsuk-body">{t('decision.savedText')}</p>
          </NotificationBanner>
        )}
        <button type="submit" className="nhsuk-button" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting
            ? t('decision.saving')
            : editing
              ? t('decision.saveChanges')
              : t('decision.save')}
        </button>
      </form>
    </div>
  );
}
