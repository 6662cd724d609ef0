/**
 * The Current View part of a session (issue #4, "Current View (optional)"): the form's
 * items as radios, saved as one `current-view` record for this session, and below it, live
 * from the presenting-problem ratings, what the payment-systems rules would point towards,
 * worded as a prompt for discussion.
 *
 * Design choices:
 * - One record per session, found by its `sessionId`; saving again updates it with only the
 *   fields that changed, against the versions seen when the form opened (so a change
 *   synced from another device meanwhile becomes a visible conflict, not a silent loss).
 * - What is typed is kept as a draft (useFormDraft) until it is saved.
 * - The suggestion is computed from the form as it is now, saved or not; it never sets
 *   the grouping (that is agreed in the grouping part).
 */
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CURRENT_VIEW_CONTENT } from '../../../content';
import { localStore, useCaseRecords, type SeenClocks } from '../../../db';
import {
  COMPLEXITY_ANSWERS,
  CONTEXTUAL_PROBLEM_IDS,
  EDUCATION_ITEM_IDS,
  PROBLEM_RATINGS,
  ValidationError,
  suggestGrouping,
  type AnyRecord,
  type CurrentViewData,
} from '../../../domain';
import { ErrorSummary, type ErrorSummaryItem } from '../../../ui/form/ErrorSummary';
import { todayOnDevice } from '../../../ui/format-date';
import { NotificationBanner } from '../../../ui/NotificationBanner';
import { Loading } from '../../../ui/Spinner';
import type { SessionPartProps } from '../session-part';
import { useFormDraft } from '../use-form-draft';
import { ChoiceRow } from './ChoiceRow';
import {
  answered,
  currentViewDataFrom,
  currentViewResolver,
  formValuesFrom,
  isRating,
  missingRequired,
  type CurrentViewFormValues,
  type RequiredGroup,
} from './current-view-form';
import { SuggestionPanel } from './SuggestionPanel';
import './current-view.scss';

const CONTENT = CURRENT_VIEW_CONTENT;
const PREFIX = 'current-view';
const DATA_FIELDS = [
  'presentingProblems',
  'contextualProblems',
  'education',
  'complexityFactors',
] as const;

export function CurrentViewPart({ caseId, session }: SessionPartProps) {
  const { t } = useTranslation(['current-view', 'common']);
  const records = useCaseRecords('current-view', caseId);
  if (records === undefined) return <Loading label={t('common:loading')} />;
  // Two devices may each have made one for this session: the latest written is shown.
  const existing = records
    .filter((r) => r.sessionId === session.id)
    .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1))[0];
  return <CurrentViewForm caseId={caseId} sessionId={session.id} existing={existing} />;
}

interface Base {
  id: string;
  seen: SeenClocks;
  values: Record<string, unknown>;
}

const baseFrom = (record: AnyRecord): Base => ({
  id: record.id,
  seen: Object.fromEntries(
    Object.entries(record.clock).map(([field, clock]) => [field, [clock]]),
  ) as SeenClocks,
  values: record as Record<string, unknown>,
});

function CurrentViewForm(props: {
  caseId: string;
  sessionId: string;
  existing: AnyRecord | undefined;
}) {
  const { t } = useTranslation(['current-view', 'validation', 'common']);
  const form = useForm<CurrentViewFormValues>({
    resolver: currentViewResolver,
    defaultValues: formValuesFrom(CONTENT, props.existing as Partial<CurrentViewData> | undefined),
  });
  const draft = useFormDraft(form, `current-view:${props.sessionId}`, props.caseId);
  // The record as it was when the form opened (or was last saved here).
  const [base, setBase] = useState<Base | undefined>(() =>
    props.existing ? baseFrom(props.existing) : undefined,
  );
  const [failure, setFailure] = useState<string>();
  const [saved, setSaved] = useState(false);

  const ratings = useWatch({ control: form.control, name: 'presentingProblems' });
  const suggestion = suggestGrouping(
    CONTENT.presentingProblems,
    answered(
      ratings,
      CONTENT.presentingProblems.map((p) => p.id),
      isRating,
    ),
  );

  const errorPrefix = t('form.errorPrefix');
  const errors = form.formState.errors;
  const itemName = (group: RequiredGroup, id: string) => t(`${group}.${id}`);
  const errorOf = (group: RequiredGroup, id: string) =>
    errors[group]?.[id] ? t('form.chooseRating', { item: itemName(group, id) }) : undefined;
  const rowId = (group: string, id: string) => `${PREFIX}-${group}-${id}`;

  const summary: ErrorSummaryItem[] = [
    ...missingRequired(form.getValues())
      .filter(({ group, id }) => errors[group]?.[id])
      .map(({ group, id }) => ({
        fieldId: `${rowId(group, id)}-${PROBLEM_RATINGS[0]}`,
        message: t('form.chooseRating', { item: itemName(group, id) }),
      })),
    ...(failure ? [{ message: failure }] : []),
  ];

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(undefined);
    setSaved(false);
    const store = localStore().records;
    // A record made on another device since the form opened: update that one.
    const target = base ?? (props.existing ? baseFrom(props.existing) : undefined);
    try {
      let record: AnyRecord;
      if (target) {
        const data = currentViewDataFrom(CONTENT, values, {
          completedOn: String(target.values.completedOn),
          sessionId: props.sessionId,
        });
        const changes = Object.fromEntries(
          DATA_FIELDS.filter(
            (field) => JSON.stringify(data[field]) !== JSON.stringify(target.values[field]),
          ).map((field) => [field, data[field]]),
        );
        record =
          Object.keys(changes).length > 0
            ? await store.update('current-view', target.id, changes, base ? base.seen : undefined)
            : (target.values as AnyRecord);
      } else {
        const data = currentViewDataFrom(CONTENT, values, {
          completedOn: todayOnDevice(),
          sessionId: props.sessionId,
        });
        record = await store.create('current-view', props.caseId, data);
      }
      setBase(baseFrom(record));
      await draft.clear();
      setSaved(true);
    } catch (error) {
      setFailure(
        error instanceof ValidationError && error.problems[0]
          ? t(`validation:${error.problems[0].key}`, error.problems[0].params)
          : t('common:storageProblem.title'),
      );
    }
  });

  if (!draft.ready) return <Loading label={t('common:loading')} />;

  const ratingLabel = (option: string) => t(`ratings.${option}`);
  const answerLabel = (option: string) => t(`answers.${option}`);
  return (
    <>
      <ErrorSummary
        title={t('validation:summaryTitle')}
        items={summary}
        focusKey={form.formState.submitCount}
      />
      {saved && <NotificationBanner title={t('saved')} variant="success" live />}
      {draft.restored && <p className="nhsuk-inset-text app-cv-restored">{t('restored')}</p>}
      <p className="nhsuk-body-l">{t('intro')}</p>
      <div className="nhsuk-warning-callout app-cv-example">
        <h2 className="nhsuk-warning-callout__label">
          <span role="text">{t('exampleContentTitle')}</span>
        </h2>
        <p className="nhsuk-body">{t('exampleContent')}</p>
      </div>
      <form className="app-cv-form" onSubmit={(e) => void onSubmit(e)} noValidate>
        <Section id="presentingProblems">
          {CONTENT.presentingProblems.map((p) => (
            <ChoiceRow
              key={p.id}
              id={rowId('presentingProblems', p.id)}
              label={t(`presentingProblems.${p.id}`)}
              hint={p.examples ? t(`presentingProblemExamples.${p.id}`) : undefined}
              options={PROBLEM_RATINGS}
              optionLabel={ratingLabel}
              field={form.register(`presentingProblems.${p.id}`)}
              errorPrefix={errorPrefix}
            />
          ))}
        </Section>
        <Section id="contextualProblems" required>
          {CONTEXTUAL_PROBLEM_IDS.map((id) => (
            <ChoiceRow
              key={id}
              id={rowId('contextualProblems', id)}
              label={t(`contextualProblems.${id}`)}
              options={PROBLEM_RATINGS}
              optionLabel={ratingLabel}
              field={form.register(`contextualProblems.${id}`)}
              required
              error={errorOf('contextualProblems', id)}
              errorPrefix={errorPrefix}
            />
          ))}
        </Section>
        <Section id="education" required>
          {EDUCATION_ITEM_IDS.map((id) => (
            <ChoiceRow
              key={id}
              id={rowId('education', id)}
              label={t(`education.${id}`)}
              options={PROBLEM_RATINGS}
              optionLabel={ratingLabel}
              field={form.register(`education.${id}`)}
              required
              error={errorOf('education', id)}
              errorPrefix={errorPrefix}
            />
          ))}
        </Section>
        <Section id="complexityFactors" columns={COMPLEXITY_ANSWERS.length}>
          {CONTENT.complexityFactors.map((f) => (
            <ChoiceRow
              key={f.id}
              id={rowId('complexityFactors', f.id)}
              label={t(`complexityFactors.${f.id}`)}
              options={COMPLEXITY_ANSWERS}
              optionLabel={answerLabel}
              field={form.register(`complexityFactors.${f.id}`)}
              errorPrefix={errorPrefix}
            />
          ))}
        </Section>
        <button type="submit" className="nhsuk-button" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? t('form.saving') : t('form.save')}
        </button>
      </form>
      <SuggestionPanel suggestion={suggestion} />
    </>
  );
}

/** A titled group of rows, with its hint and, when its items must be answered, a tag. */
function Section(props: {
  id: 'presentingProblems' | 'contextualProblems' | 'education' | 'complexityFactors';
  required?: boolean;
  columns?: number;
  children: React.ReactNode;
}) {
  const { t } = useTranslation('current-view');
  const titleId = `${PREFIX}-${props.id}-title`;
  return (
    <section
      className={`app-cv-section${props.columns === 3 ? ' app-cv-section--three' : ''}`}
      aria-labelledby={titleId}
    >
      <h2 className="nhsuk-heading-m app-cv-section__title" id={titleId}>
        {t(`sections.${props.id}`)}
        {props.required && (
          <strong className="nhsuk-tag nhsuk-tag--blue app-cv-section__tag">
            {t('form.required')}
          </strong>
        )}
      </h2>
      <p className="nhsuk-hint">{t(`sections.${props.id}Hint`)}</p>
      {props.children}
    </section>
  );
}
