/**
 * When the plan was agreed and when it will be looked at again, or that it is still a
 * draft; and, when the review date has come, that it is time to look at it again. In
 * words, not colour.
 */
import { useTranslation } from 'react-i18next';
import { isPlanReviewDue } from '../../../domain/safety-plan';
import type { PlanDates } from '../../../ui/safety-plan/bundle-view';
import { formatCalendarDate, todayOnDevice } from '../../../ui/format-date';

export function PlanStatus({ dates }: { dates: PlanDates }) {
  const { t, i18n } = useTranslation('my-safety-plan');
  const date = (d: string) => formatCalendarDate(d, i18n.language);
  const due = isPlanReviewDue(dates, todayOnDevice());
  return (
    <div className="nhsuk-inset-text" data-testid="plan-status">
      {dates.status === 'agreed' && dates.agreedOn ? (
        <p className="nhsuk-body nhsuk-u-margin-bottom-2">
          {t('status.agreed', { date: date(dates.agreedOn) })}
        </p>
      ) : (
        <p className="nhsuk-body nhsuk-u-margin-bottom-2">{t('status.draft')}</p>
      )}
      <p className="nhsuk-body nhsuk-u-margin-bottom-0">
        {dates.reviewBy
          ? t(due ? 'status.reviewDue' : 'status.reviewBy', { date: date(dates.reviewBy) })
          : t('status.noReview')}
      </p>
    </div>
  );
}
