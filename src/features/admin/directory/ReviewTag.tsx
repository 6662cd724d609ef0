import { useTranslation } from 'react-i18next';
import { reviewStatus } from './review-status';

/** "Review overdue" (red) or "Review due soon" (orange) beside a review date; nothing when fine. */
export function ReviewTag({ reviewBy, today }: { reviewBy: string; today: string }) {
  const { t } = useTranslation('admin-directory');
  const status = reviewStatus(reviewBy, today);
  if (status === 'ok') return null;
  return (
    <strong
      className={`nhsuk-tag ${status === 'overdue' ? 'nhsuk-tag--red' : 'nhsuk-tag--orange'} app-directory-tag`}
      data-testid={`review-${status}`}
    >
      {t(`tags.${status}`)}
    </strong>
  );
}
