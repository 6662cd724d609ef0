import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatCalendarDate } from '../../../ui/format-date';
import type { TimelineEntry } from './timeline';

/**
 * The case's timeline, newest first (order from timeline.ts). Every entry is rendered: a
 * case with 50 sessions is a short list, and a practitioner scrolling back through a
 * case should not have to ask for more. Sessions link to their summary. People's own
 * words sit in <bdi>, so English reasons read right inside an Urdu page and vice versa.
 */
export function Timeline({ caseId, entries }: { caseId: string; entries: TimelineEntry[] }) {
  const { t, i18n } = useTranslation('cases');
  const date = (d: string) => formatCalendarDate(d, i18n.language);
  const grouping = (g: string) => t(`groupings.${g}`);

  const describe = (e: TimelineEntry) => {
    switch (e.kind) {
      case 'session':
        return (
          <>
            <p className="app-timeline__title">
              {t('overview.timeline.session', { status: t(`overview.sessionStatus.${e.status}`) })}
            </p>
            <Link
              to={`/practitioner/cases/${encodeURIComponent(caseId)}/sessions/${encodeURIComponent(e.id)}/summary`}
            >
              {t('overview.timeline.sessionSummary', { date: date(e.date) })}
            </Link>
          </>
        );
      case 'grouping':
        return (
          <>
            <p className="app-timeline__title">
              {e.from === null
                ? t('overview.timeline.groupingFirst', { to: grouping(e.to) })
                : e.from === e.to
                  ? t('overview.timeline.groupingSame', { to: grouping(e.to) })
                  : t('overview.timeline.groupingChanged', {
                      from: grouping(e.from),
                      to: grouping(e.to),
                    })}
            </p>
            <p className="nhsuk-body-s">
              {t('overview.timeline.why')} <bdi className="app-own-words">{e.reasons}</bdi>
            </p>
          </>
        );
      case 'decision':
        return (
          <>
            <p className="app-timeline__title">
              {t(
                e.chosen ? 'overview.timeline.decisionChosen' : 'overview.timeline.decisionNotYet',
              )}
            </p>
            <p className="nhsuk-body-s">
              {t('overview.timeline.why')} <bdi className="app-own-words">{e.reasons}</bdi>
            </p>
          </>
        );
      case 'goal':
        return (
          <>
            <p className="app-timeline__title">{t('overview.timeline.goal')}</p>
            <p className="nhsuk-body-s">
              <bdi className="app-own-words">{e.text}</bdi>{' '}
              <strong className="nhsuk-tag nhsuk-tag--white">
                {t(`overview.goalStatus.${e.status}`)}
              </strong>
            </p>
          </>
        );
      case 'safety-plan':
        return (
          <>
            <p className="app-timeline__title">
              {t(
                e.agreed
                  ? 'overview.timeline.safetyPlanAgreed'
                  : 'overview.timeline.safetyPlanDraft',
              )}
            </p>
            {e.reviewBy && (
              <p className="nhsuk-body-s">
                {t('overview.timeline.safetyPlanReviewBy', { date: date(e.reviewBy) })}
              </p>
            )}
          </>
        );
      case 'current-view':
        return (
          <>
            <p className="app-timeline__title">{t('overview.timeline.currentView')}</p>
            <p className="nhsuk-body-s">
              {t('overview.timeline.problemsRated', { count: e.problemsRated })}
            </p>
          </>
        );
    }
  };

  return (
    <section aria-labelledby="overview-timeline">
      <h2 className="nhsuk-heading-m" id="overview-timeline">
        {t('overview.timeline.title')}
      </h2>
      {entries.length === 0 ? (
        <p className="nhsuk-body">{t('overview.timeline.empty')}</p>
      ) : (
        <ol className="app-timeline" data-testid="timeline">
          {entries.map((e) => (
            <li key={`${e.kind}:${e.id}`} className="app-timeline__item" data-kind={e.kind}>
              <time className="app-timeline__date" dateTime={e.date}>
                {date(e.date)}
              </time>
              <div>{describe(e)}</div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
