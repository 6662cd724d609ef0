/**
 * Rating a goal in the session (issue #6 item 2): 0–10, who gave the rating (usually the
 * young person; a carer for a family goal), and a few words. Append-only: each rating is
 * a new record, and a mistaken one is corrected on the goal's page, never edited.
 */
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { localStore } from '../../../db';
import { CONTRIBUTOR_ROLES, SHORT_TEXT_MAX } from '../../../domain';
import { ErrorSummary } from '../../../ui/form/ErrorSummary';
import { ScaleField } from '../../../ui/form/ScaleField';
import { TextField } from '../../../ui/form/TextField';
import { domainResolver } from '../../../ui/form/domain-resolver';
import { useWordedProblems } from '../../../ui/form/useWordedProblems';
import { saveFailureMessage } from '../../../ui/form/save-failure';

interface RatingValues {
  rating: string;
  ratedBy: string;
  comment: string;
}
const FIELDS = ['rating', 'ratedBy', 'comment'] as const;

const ratingSchema = z.strictObject({
  rating: z.string().regex(/^(10|[0-9])$/, { message: 'chooseRating' }),
  ratedBy: z.enum(CONTRIBUTOR_ROLES, { message: 'notAnOption' }),
  comment: z.string().max(SHORT_TEXT_MAX, { message: 'tooLong' }),
}) as unknown as z.ZodType<RatingValues>;

interface RateInSessionProps {
  caseId: string;
  goalId: string;
  goalText: string;
}

export function RateInSession({ caseId, goalId, goalText }: RateInSessionProps) {
  const { t } = useTranslation(['goals', 'account']);
  const id = `rate-${goalId}`;
  const form = useForm<RatingValues>({
    resolver: domainResolver(ratingSchema),
    defaultValues: { rating: '', ratedBy: 'young-person', comment: '' },
  });
  const problems = useWordedProblems<RatingValues, (typeof FIELDS)[number]>(
    'goals',
    FIELDS,
    id,
    form.formState.errors,
  );
  const [failure, setFailure] = useState<string>();
  const [saved, setSaved] = useState(false);
  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(undefined);
    try {
      await localStore().records.create('goal-rating', caseId, {
        goalId,
        rating: Number(values.rating),
        ratedOn: new Date().toISOString(),
        ratedBy: values.ratedBy,
        ...(values.comment.trim() ? { comment: values.comment.trim() } : {}),
      });
      form.reset({ rating: '', ratedBy: values.ratedBy, comment: '' });
      setSaved(true);
    } catch (error) {
      setFailure(saveFailureMessage(error, t));
    }
  });
  const errorPrefix = t('account:errorPrefix');
  return (
    <form className="app-goals-rate" onSubmit={(e) => void onSubmit(e)} noValidate>
      <ErrorSummary
        title={problems.summaryTitle}
        items={[...problems.summary, ...(failure ? [{ message: failure }] : [])]}
        focusKey={form.formState.submitCount}
      />
      <ScaleField
        id={`${id}-rating`}
        legend={t('rate.legend', { goal: goalText })}
        minLabel={t('scale.min')}
        maxLabel={t('scale.max')}
        min={0}
        max={10}
        error={problems.fieldMessage('rating')}
        errorPrefix={errorPrefix}
        registration={form.register('rating')}
      />
      <div className="nhsuk-form-group">
        <label className="nhsuk-label" htmlFor={`${id}-ratedBy`}>
          {t('rate.ratedBy')}
        </label>
        <select className="nhsuk-select" id={`${id}-ratedBy`} {...form.register('ratedBy')}>
          {CONTRIBUTOR_ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`raters.${role}`)}
            </option>
          ))}
        </select>
      </div>
      <TextField
        id={`${id}-comment`}
        label={t('rate.comment')}
        error={problems.fieldMessage('comment')}
        errorPrefix={errorPrefix}
        {...form.register('comment')}
      />
      {saved && !form.formState.isDirty && (
        <p className="nhsuk-body app-goals-rate__saved" role="status">
          {t('rate.saved')}
        </p>
      )}
      <button
        type="submit"
        className="nhsuk-button nhsuk-button--secondary"
        disabled={form.formState.isSubmitting}
      >
        {t('rate.save')}
      </button>
    </form>
  );
}
