import { useTranslation } from 'react-i18next';
import { useCaseRecords } from '../../../db';
import type { AnyRecord } from '../../../domain';
import { formatCalendarDate, todayOnDevice } from '../../../ui/format-date';

/** The earliest planned session from today on, if the care team has put one in. */
function nextPlanned(sessions: readonly AnyRecord[], today: string): AnyRecord | undefined {
  return sessions
    .filter((s) => !s.deleted && s['status'] === 'planned' && String(s['date']) >= today)
    .sort((a, b) => String(a['date']).localeCompare(String(b['date'])))[0];
}

/**
 * "Next time we meet" (issue #8 item 1): the next planned meeting, when there is one, and
 * when the plan will next be looked at together (the case's review date).
 */
export function NextMeeting({ id, caseRecord }: { id: string; caseRecord: AnyRecord }) {
  const { t, i18n } = useTranslation('homes');
  const sessions = useCaseRecords('session', caseRecord.id);
  const date = (d: string) => formatCalendarDate(d, i18n.language);
  const planned = sessions ? nextPlanned(sessions, todayOnDevice()) : undefined;
  const review = caseRecord['nextReviewOn'];
  return (
    <section id={id} aria-labelledby={`${id}-title`}>
      <h3 className="nhsuk-heading-s" id={`${id}-title`}>
        {t('myPlan.nextMeeting.title')}
      </h3>
      {planned && (
        <p className="nhsuk-body" data-testid="my-plan-next-meeting">
          {t('myPlan.nextMeeting.planned', { date: date(String(planned['date'])) })}
        </p>
      )}
      <p className="nhsuk-body" data-testid="my-plan-review">
        {typeof review === 'string'
          ? t('myPlan.nextReview', { date: date(review) })
          : t('myPlan.noReview')}
      </p>
    </section>
  );
}
