import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { COLLABORATE_ENABLED } from '../../content';
import { useCaseRecords, useSignedInAccount } from '../../db';
import { collaborateRespondentFor, hasAnswered, type AnyRecord } from '../../domain';
import { formatCalendarDate } from '../../ui/format-date';

/** The case's latest finished session (latest date; the later written on a tie). */
function latestFinished(sessions: readonly AnyRecord[]): AnyRecord | undefined {
  return sessions
    .filter((s) => s.status === 'completed')
    .sort(
      (a, b) =>
        String(b.date).localeCompare(String(a.date)) || b.createdAt.localeCompare(a.createdAt),
    )[0];
}

/**
 * On My plan (issue #5 item 5): a short invitation to answer the three CollaboRATE
 * questions about the latest finished session, until this person has answered for it.
 * Only the latest session is offered: asking about older meetings would be hard to recall
 * (the measure's authors advise answering within a day or two). Nothing shows for staff,
 * when the service has switched CollaboRATE off, or when there is no finished session.
 */
export function CollaborateInvite({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation('collaborate');
  const account = useSignedInAccount();
  const sessions = useCaseRecords('session', caseId);
  const memberships = useCaseRecords('case-membership', caseId);
  const responses = useCaseRecords('collaborate-response', caseId);
  if (!COLLABORATE_ENABLED || !account || !sessions || !memberships || !responses) return null;
  const respondent = collaborateRespondentFor(memberships, account.userId, account.roles);
  const session = latestFinished(sessions);
  if (!respondent || !session) return null;
  if (hasAnswered(responses, session.id, respondent, account.userId)) return null;
  return (
    <div className="nhsuk-inset-text" data-testid="collaborate-invite">
      <h3 className="nhsuk-heading-s">{t('invite.title')}</h3>
      <p className="nhsuk-body">
        {t('invite.lead', { date: formatCalendarDate(String(session.date), i18n.language) })}
      </p>
      <Link
        className="nhsuk-button nhsuk-u-margin-bottom-0"
        to={`/my-plan/sessions/${session.id}/collaborate`}
      >
        {t('invite.link')}
      </Link>
    </div>
  );
}
