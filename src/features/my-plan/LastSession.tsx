import { useTranslation } from 'react-i18next';
import { useCaseRecords } from '../../db';
import type { AnyRecord, OutcomeAgreement, SessionAction } from '../../domain';
import { formatCalendarDate } from '../../ui/format-date';

/** The latest finished session that has something written for the young person. */
function latestShared(sessions: readonly AnyRecord[]): AnyRecord | undefined {
  return sessions
    .filter(
      (s) =>
        s.status === 'completed' &&
        (typeof s.plainWordsSummary === 'string' ||
          Array.isArray(s.actions) ||
          s.outcome !== undefined ||
          typeof s.comeBack === 'string'),
    )
    .sort((a, b) => String(b.date).localeCompare(String(a.date)))[0];
}

/**
 * The session summary as the young person sees it on their plan (issue #4: the summary is
 * "shareable with the young person's view of the plan"): what we talked about in plain
 * words, who does what next, and what happens if things don't get better. The server
 * sends a young person only these fields (never the care team's summary) and a carer
 * none of them, so a carer's phone shows nothing here.
 */
export function LastSession({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation('homes');
  const sessions = useCaseRecords('session', caseId);
  const session = sessions ? latestShared(sessions) : undefined;
  if (!session) return null;
  const actions = Array.isArray(session.actions) ? (session.actions as SessionAction[]) : [];
  const outcome = session.outcome as OutcomeAgreement | undefined;
  const date = (d: string) => formatCalendarDate(d, i18n.language);
  return (
    <section aria-labelledby={`last-session-${caseId}`} data-testid="my-plan-last-session">
      <h3 className="nhsuk-heading-s" id={`last-session-${caseId}`}>
        {t('myPlan.lastSession.title', { date: date(String(session.date)) })}
      </h3>
      {typeof session.plainWordsSummary === 'string' && session.plainWordsSummary !== '' && (
        <p className="nhsuk-body">{session.plainWordsSummary}</p>
      )}
      {actions.length > 0 && (
        <>
          <h4 className="nhsuk-heading-xs">{t('myPlan.lastSession.next')}</h4>
          <ul className="nhsuk-list nhsuk-list--bullet">
            {actions.map((a, i) => (
              <li key={i}>
                {a.by
                  ? t('myPlan.lastSession.actionBy', { who: a.who, what: a.what, date: date(a.by) })
                  : t('myPlan.lastSession.action', { who: a.who, what: a.what })}
              </li>
            ))}
          </ul>
        </>
      )}
      {outcome && (
        <>
          <h4 className="nhsuk-heading-xs">{t('myPlan.lastSession.ifNotBetter')}</h4>
          <p className="nhsuk-body">{outcome.ifNotBetter}</p>
        </>
      )}
      {typeof session.comeBack === 'string' && session.comeBack !== '' && (
        <>
          <h4 className="nhsuk-heading-xs">{t('myPlan.lastSession.comeBack')}</h4>
          <p className="nhsuk-body">{session.comeBack}</p>
        </>
      )}
    </section>
  );
}
