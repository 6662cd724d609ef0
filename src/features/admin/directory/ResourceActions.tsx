/**
 * "Mark as reviewed" (a new review date, after today: the same rule as the editor) and
 * "Retire" / "Bring back" for one resource. Each writes on this device at once.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DirectoryResourceRecord } from '../../../domain';
import { ErrorSummary } from '../../../ui/form/ErrorSummary';
import { TextField } from '../../../ui/form/TextField';
import { saveFailureMessage } from '../../../ui/form/save-failure';
import { todayOnDevice } from '../../../ui/format-date';
import { reviewDateProblem } from '../crisis-contacts/crisis-list-form';
import { markResourceReviewed, setResourceStatus } from './directory-store';

export type ActionNotice = 'reviewed' | 'retired' | 'restored' | undefined;

const REVIEW_ID = 'directory-review-date';

export interface ResourceActionsProps {
  resource: DirectoryResourceRecord;
  onDone: (notice: ActionNotice) => void;
}

export function ResourceActions({ resource, onDone }: ResourceActionsProps) {
  const { t } = useTranslation(['admin-directory', 'validation', 'account', 'common']);
  const [reviewBy, setReviewBy] = useState('');
  const [problem, setProblem] = useState<string>();
  const [failure, setFailure] = useState<string>();
  const [attempts, setAttempts] = useState(0);
  const [busy, setBusy] = useState(false);
  const retired = resource.status === 'retired';

  const run = async (write: () => Promise<void>, notice: ActionNotice) => {
    setFailure(undefined);
    setBusy(true);
    try {
      await write();
      onDone(notice);
    } catch (error) {
      setFailure(saveFailureMessage(error, t));
    } finally {
      setBusy(false);
    }
  };

  const markReviewed = () => {
    setAttempts((n) => n + 1);
    onDone(undefined);
    const found = reviewDateProblem(reviewBy, todayOnDevice());
    const words = found
      ? t(`admin-directory:errors.reviewBy.${found.key}`, {
          defaultValue: t(`validation:${found.key}`),
        })
      : undefined;
    setProblem(words);
    if (found) return;
    const date = reviewBy.trim();
    void run(async () => {
      await markResourceReviewed(resource.id, date);
      setReviewBy('');
    }, 'reviewed');
  };

  const summary = [
    ...(problem ? [{ fieldId: REVIEW_ID, message: problem }] : []),
    ...(failure ? [{ message: failure }] : []),
  ];

  return (
    <section aria-labelledby="directory-actions-heading">
      <h2 className="nhsuk-heading-m" id="directory-actions-heading">
        {t('actions.title')}
      </h2>
      <ErrorSummary title={t('validation:summaryTitle')} items={summary} focusKey={attempts} />
      {!retired && (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            markReviewed();
          }}
          aria-labelledby="directory-review-heading"
        >
          <h3 className="nhsuk-heading-s" id="directory-review-heading">
            {t('actions.reviewTitle')}
          </h3>
          <p className="nhsuk-body">{t('actions.reviewLead')}</p>
          <TextField
            id={REVIEW_ID}
            label={t('actions.newReviewBy')}
            hint={t('editor.reviewByHint')}
            type="date"
            className="nhsuk-input--width-10"
            value={reviewBy}
            onChange={(e) => setReviewBy(e.target.value)}
            error={problem}
            errorPrefix={t('account:errorPrefix')}
          />
          <button type="submit" className="nhsuk-button nhsuk-button--secondary" disabled={busy}>
            {t('actions.markReviewed')}
          </button>
        </form>
      )}
      <h3 className="nhsuk-heading-s">
        {retired ? t('actions.restoreTitle') : t('actions.retireTitle')}
      </h3>
      <p className="nhsuk-body">{retired ? t('actions.restoreLead') : t('actions.retireLead')}</p>
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary"
        disabled={busy}
        onClick={() =>
          void run(
            () => setResourceStatus(resource.id, retired ? 'active' : 'retired'),
            retired ? 'restored' : 'retired',
          )
        }
      >
        {retired ? t('actions.restore') : t('actions.retire')}
      </button>
    </section>
  );
}
